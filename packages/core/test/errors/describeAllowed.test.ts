import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { describeAllowed, describeValue } from "../../src/index";

describe("describeAllowed", () => {
  it("lists a short list whole and cuts a long one after 12", () => {
    expect(describeAllowed(["a", "b"])).toBe('one of "a", "b"');
    expect(describeAllowed([1, 2n, null])).toBe("one of 1, 2n, null");
    const many = Array.from({ length: 500 }, (_, i) => `v${i}`);
    expect(describeAllowed(many)).toBe(
      `one of ${many
        .slice(0, 12)
        .map((v) => `"${v}"`)
        .join(", ")}, … (and 488 more)`,
    );
    expect(describeAllowed([])).toBe("no value (none is allowed)");
  });

  it("describes only the values it lists, with the caller's description", () => {
    const seen: Array<number> = [];
    const text = describeAllowed(
      Array.from({ length: 100_000 }, (_, i) => i),
      (i) => {
        seen.push(i);
        return `#${i}`;
      },
    );
    expect(seen).toHaveLength(12);
    expect(text).toBe("one of #0, #1, #2, #3, #4, #5, #6, #7, #8, #9, #10, #11, … (and 99988 more)");
  });

  it("answers, never throws, for what a plain JS caller may pass", () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(describeAllowed(proxy)).toBe("one of the allowed values");
    expect(
      describeAllowed(["a"], () => {
        throw new Error("no");
      }),
    ).toBe("one of the allowed values");
    expect(describeAllowed(["a"], (() => 7) as never)).toBe("one of 7");
  });

  test.prop([fc.array(fc.jsonValue(), { maxLength: 40 })])(
    "the first 12 values, each as describeValue says, then how many more",
    (values) => {
      const listed = `one of ${values.slice(0, 12).map(describeValue).join(", ")}`;
      if (values.length === 0) expect(describeAllowed(values)).toBe("no value (none is allowed)");
      else if (values.length <= 12) expect(describeAllowed(values)).toBe(listed);
      else expect(describeAllowed(values)).toBe(`${listed}, … (and ${values.length - 12} more)`);
    },
  );
});
