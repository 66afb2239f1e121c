import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { MAX_ISSUES } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import { failureIssues } from "../../../../tools/vitest/failureIssues";

/**
 * A list schema whose string issues are counted as zod finishes them: zod calls a schema's
 * own error map once for each issue it turns into a message, so the count is the number of
 * issues made into messages (deterministic, unlike time or heap).
 */
const counted = () => {
  const made = { count: 0 };
  const text = z.string({
    error: () => {
      made.count += 1;
      return undefined;
    },
  });
  const Element = z.strictObject({ id: text, headcount: z.number().int().min(0) });
  const Request = z.strictObject({ currency: z.string().length(3), participants: z.array(Element).max(1_000_000) });
  return { made, Request };
};

/** The issues, count and summary of a failed decode. */
const failure = (result: Result.Result<unknown, { issues: unknown; omitted: number; message: string }>) =>
  Result.isFailure(result)
    ? { issues: result.failure.issues, omitted: result.failure.omitted, message: result.failure.message }
    : undefined;

describe("decode of input with many problems", () => {
  it("lists the first MAX_ISSUES of 400 000 problems, counts them all, and makes no more than it lists", () => {
    const { made, Request } = counted();
    const input = { currency: "USD", participants: Array.from({ length: 200_000 }, () => ({})) };
    const result = failure(decode(Request, input));
    const expected = Array.from({ length: MAX_ISSUES / 2 }, (_, i) => [
      { path: `$.participants[${i}].id`, expected: "string", received: "nothing (missing)" },
      { path: `$.participants[${i}].headcount`, expected: "number", received: "nothing (missing)" },
    ]).flat();
    expect(result?.issues).toEqual(expected.map((issue): unknown => expect.objectContaining(issue)));
    expect(result?.omitted).toBe(400_000 - MAX_ISSUES);
    expect(result?.message).toBe(
      "the input is invalid: 400000 problems; first: $.participants[0].id: expected string, received nothing (missing)",
    );
    // before: every one of the 200 000 `id` issues was made into a message
    expect(made.count).toBeLessThanOrEqual(MAX_ISSUES);
  });

  const element = fc.oneof(
    fc.constant({ id: "UNDP", headcount: 1 }),
    fc.constant({}),
    fc.constant({ id: "UNDP", headcount: 1, extra: 1, more: 2 }),
    fc.constant({ id: 4, headcount: -1 }),
    fc.constant("text"),
    fc.constant(null),
  );

  test.prop([fc.array(element, { maxLength: 400 }), fc.constantFrom("USD", "US", 5)])(
    "gives the issues, count and summary of the whole list, and makes no more than it lists",
    (mixed, currency) => {
      const { made, Request } = counted();
      // more than MAX_ISSUES `id` problems in all, wherever the listing stops
      const input = { currency, participants: [...mixed, ...Array.from({ length: MAX_ISSUES + 1 }, () => ({}))] };
      const result = failure(decode(Request, input));
      // a lazy schema is decoded whole, every problem kept: the answer before the cap
      const whole = failure(
        decode(
          z.lazy(() => Request),
          input,
        ),
      );
      expect(result).toEqual(whole);
      made.count = 0;
      decode(Request, input);
      expect(made.count).toBeLessThanOrEqual(MAX_ISSUES);
    },
  );
});

describe("decode when zod's internals are not what the cap expects", () => {
  it("zod's public safeParse decides, as before the cap: a valid input decodes, an invalid one lists its problems", () => {
    const plain = z.string().max(3);
    // a schema whose internals are not those the cap reads (as a later zod's might be), whose safeParse is zod's own
    const changed = {
      _zod: {
        def: { type: "renamed" },
        run: () => {
          throw new TypeError("internals changed");
        },
      },
      safeParse: (input: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) => plain.safeParse(input, params),
    } as unknown as typeof plain;
    expect(decode(changed, "abc")).toEqual(Result.succeed("abc"));
    expect(failureIssues(decode(changed, "abcd"))).toEqual(failureIssues(decode(plain, "abcd")));
  });
});
