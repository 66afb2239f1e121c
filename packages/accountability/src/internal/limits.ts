/**
 * The documented size limits of the inputs the pure functions take from a plain JavaScript
 * caller (the schemas of `@unsms/accountability/schema` hold decoded input to the same):
 * a framework of at most 100 000 roles, each with at most 1 000 lines, appointers and
 * consulted roles; an arrangement of at most 100 000 people, organizations, appointments
 * and SMT members. Above them a function answers with an error, not with work.
 *
 * @internal
 */
export const limits = { roles: 100_000, perRole: 1_000, arrangementList: 100_000 } as const;

/** `value` is a non-null object. @internal */
export const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;
