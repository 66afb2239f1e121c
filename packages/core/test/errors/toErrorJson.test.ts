import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { describeValue, toErrorJson } from "../../src/index";

const codeOf = (value: unknown): string => toErrorJson(value as never).error.code;

describe("toErrorJson", () => {
  it("gives an error's tag as its code", () => {
    expect(toErrorJson({ _tag: "Rejected", message: "the pass has expired" })).toEqual({
      error: { code: "Rejected", message: "the pass has expired", issues: [] },
    });
  });

  it("answers UnreadableError for a value whose _tag is not a non-empty string", () => {
    for (const value of [
      1,
      {},
      "oops",
      { _tag: 5 },
      { _tag: "" },
      null,
      undefined,
      new Error("x"),
      [],
      { _tag: ["A"] },
    ])
      expect(codeOf(value), describeValue(value)).toBe("UnreadableError");
  });

  test.prop([
    fc.oneof(
      fc.anything({ withBigInt: true }),
      fc.record(
        {
          _tag: fc.oneof(fc.string(), fc.anything()),
          message: fc.anything(),
          issues: fc.anything(),
          omitted: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    ),
  ])("any value: the code is its non-empty string _tag or UnreadableError, and nothing is thrown", (value) => {
    const { _tag: tag, issues } =
      typeof value === "object" && value !== null
        ? (value as { readonly _tag?: unknown; readonly issues?: unknown })
        : {};
    const code = codeOf(value);
    if (typeof tag !== "string" || tag === "") expect(code).toBe("UnreadableError");
    // issues that cannot be read make the whole error unreadable
    else if (issues === undefined) expect(code).toBe(tag);
    else expect([tag, "UnreadableError"]).toContain(code);
  });
});
