import * as Result from "effect/Result";
import type * as z from "zod";
import { DecodeError } from "../errors/DecodeError";
import type { Issue } from "../errors/Issue";
import { makeIssues } from "../errors/makeIssues";
import { describeThrown } from "../errors/describeThrown";
import { describeValue } from "../errors/describeValue";
import { toIssues } from "../internal/toIssues";

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
  let issues: Array<Issue>;
  try {
    const parsed = schema.safeParse(input, { reportInput: true });
    if (parsed.success) return Result.succeed(parsed.data);
    issues = toIssues(parsed.error.issues, input);
  } catch (cause) {
    issues = [
      {
        path: "$",
        expected: "a plain JSON value",
        received: describeValue(input),
        message: `$: could not be checked: ${describeThrown(cause)}`,
      },
    ];
  }
  return Result.fail(new DecodeError(makeIssues("the input is invalid", issues)));
};
