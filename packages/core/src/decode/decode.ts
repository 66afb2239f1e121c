import * as Result from "effect/Result";
import * as z from "zod";
import { DecodeError } from "../errors/DecodeError";
import type { Issue } from "../errors/Issue";
import { makeIssues } from "../errors/makeIssues";
import { describeThrown } from "../errors/describeThrown";
import { describeValue } from "../errors/describeValue";
import { BUDGET, capLists, makeBudget, type BudgetContext } from "../internal/capLists";
import { countIssues, toIssues } from "../internal/toIssues";
import { MAX_ISSUES } from "../errors/MAX_ISSUES";

/**
 * zod's parse, as `safeParse` runs it, with the issues left raw: they are finished one by
 * one, only those listed. Undefined for a schema whose checks are asynchronous, which
 * `safeParse` refuses with zod's `$ZodAsyncError`.
 */
const run = (
  schema: z.core.$ZodType,
  value: unknown,
  ctx: BudgetContext,
):
  | { readonly value: unknown; readonly issues: ReadonlyArray<z.core.$ZodRawIssue>; readonly ctx: BudgetContext }
  | undefined => {
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (!(result instanceof Promise)) return { value: result.value, issues: result.issues, ctx };
  result.then(undefined, () => undefined);
  return undefined;
};

/** The one issue of an input whose check threw (or could not run): what was thrown. */
const unchecked = (input: unknown, cause: unknown): Array<Issue> => [
  {
    path: "$",
    expected: "a plain JSON value",
    received: describeValue(input),
    message: `$: could not be checked: ${describeThrown(cause)}`,
  },
];

const finalizer =
  (ctx: BudgetContext) =>
  (issue: z.core.$ZodRawIssue | z.core.$ZodIssue): z.core.$ZodIssue =>
    z.core.util.finalizeIssue(issue as z.core.$ZodRawIssue, ctx, z.core.config());

/**
 * The boundary between untyped input and typed values: checks `input` against a zod
 * schema and returns the typed value, or a {@link DecodeError} listing every problem with
 * its path, what was expected and what was received. It never throws, whatever the input:
 * when the schema's work throws (a getter of the input, a revoked proxy, a refinement), the
 * error has one issue at `$` whose message says what was thrown ({@link @unsms/core!index.describeThrown | describeThrown}).
 * A refinement's issue (zod's `custom`: `refine`, `superRefine`, `check`) is read like the
 * others: its `message` is what was expected there, so word it that way (`"a number <= count"`),
 * and what was received is the value the input holds at the issue's path, whatever value the
 * refinement itself was handed (for a cross-field check, the whole object).
 * The first {@link @unsms/core!index.MAX_ISSUES | MAX_ISSUES} problems are listed and every one
 * is counted (`omitted`, the message's count). Work stays proportional to the input however
 * many problems it has: the elements of the schema's lists (reached from its root through
 * objects and optional, nullable or defaulted values) keep their problems only until
 * `MAX_ISSUES` are kept, then are checked and counted without keeping any, and only the
 * problems listed are worded. The schema itself is not changed (a private copy of its list
 * nodes is parsed), so its JSON Schema and its own `safeParse` stay those of plain zod.
 *
 * @example
 * ```ts
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 * import * as z from "zod"
 *
 * const Participant = z.object({ id: z.string(), headcount: z.number().int().min(0) })
 * const result = decode(Participant, { id: "UNDP", headcount: -4 })
 * if (Result.isFailure(result)) {
 *   for (const issue of result.failure.issues) console.log(issue.path, issue.expected, issue.received)
 *   // "$.headcount" "a number >= 0" "-4"
 * }
 *
 * // a cross-field check: its message says what was expected at its path
 * const Period = z
 *   .object({ from: z.number(), to: z.number() })
 *   .refine((period) => period.from <= period.to, { message: "a number >= from", path: ["to"] })
 * const period = decode(Period, { from: 5, to: 3 })
 * if (Result.isFailure(period)) console.log(period.failure.issues[0]?.message) // "$.to: expected a number >= from, received 3"
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decode = <S extends z.ZodType>(schema: S, input: unknown): Result.Result<z.output<S>, DecodeError> => {
  let issues: ReadonlyArray<Issue>;
  let found: number | undefined;
  try {
    const budget = makeBudget(MAX_ISSUES);
    const capped = run(capLists(schema, countIssues), input, { async: false, reportInput: true, [BUDGET]: budget });
    if (capped === undefined) issues = unchecked(input, new z.core.$ZodAsyncError());
    else if (capped.issues.length === 0) return Result.succeed(capped.value as z.output<S>);
    else {
      let listing = toIssues(capped.issues, input, finalizer(capped.ctx), MAX_ISSUES);
      let omitted = budget.omitted;
      const plain = listing.complete ? undefined : run(schema, input, { async: false, reportInput: true });
      if (plain !== undefined) {
        // a problem only counted fell among the first MAX_ISSUES (not expected: issues come in
        // the order they are found): the whole schema again, every problem kept
        listing = toIssues(plain.issues, input, finalizer(plain.ctx), MAX_ISSUES);
        omitted = 0;
      }
      issues = listing.issues;
      found = listing.found + omitted;
    }
  } catch (cause) {
    // The capped parse uses zod's core internals (`_zod.run`, `util.clone`,
    // `util.finalizeIssue`): should a later zod 4 change them, its public `safeParse` decides,
    // as before the cap; what the input itself throws (a revoked proxy) is thrown again there.
    try {
      const parsed = schema.safeParse(input, { reportInput: true });
      if (parsed.success) return Result.succeed(parsed.data);
      const listing = toIssues(parsed.error.issues, input, undefined, MAX_ISSUES);
      issues = listing.issues;
      found = listing.found;
    } catch (again) {
      issues = unchecked(input, again === undefined ? cause : again);
    }
  }
  return Result.fail(new DecodeError(makeIssues("the input is invalid", issues, found)));
};
