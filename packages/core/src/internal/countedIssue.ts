import type * as z from "zod";

const COUNT: unique symbol = Symbol("unsms.countedIssues");

/**
 * One zod issue that stands for `count` problems a refinement found past the ones it
 * reported ({@link boundedRefinement}): `decode` counts it as `count` problems and words none
 * of them; zod's own `safeParse` shows it as one issue whose message gives the count.
 *
 * @internal
 */
export const countedIssue = (count: number): z.core.$ZodRawIssue =>
  ({
    code: "custom",
    input: undefined,
    path: [],
    message: `${count} more problems of the same check, counted and not listed`,
    [COUNT]: count,
  }) as unknown as z.core.$ZodRawIssue;

/**
 * How many problems a {@link countedIssue} stands for (finalized by zod or not: its own
 * properties are copied), or `undefined` for any other issue.
 *
 * @internal
 */
export const countOf = (issue: unknown): number | undefined => {
  const count = typeof issue === "object" && issue !== null ? (issue as { [COUNT]?: unknown })[COUNT] : undefined;
  return typeof count === "number" ? count : undefined;
};
