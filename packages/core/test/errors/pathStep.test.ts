import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { pathStep } from "../../src/index";

describe("pathStep", () => {
  it("writes each kind of key in the one path grammar", () => {
    expect(pathStep("participants")).toBe(".participants");
    expect(pathStep("_x$1")).toBe("._x$1");
    expect(pathStep("ngo-annual")).toBe('["ngo-annual"]');
    expect(pathStep("1st")).toBe('["1st"]');
    expect(pathStep("")).toBe('[""]');
    expect(pathStep('say "hi"')).toBe('["say \\"hi\\""]');
    expect(pathStep("caf\u00E9")).toBe('["caf\u00E9"]');
    expect(pathStep(2)).toBe("[2]");
    expect(pathStep(Symbol("key"))).toBe("[Symbol(key)]");
  });

  it("describes a plain JS caller's key of another kind, and never throws", () => {
    const hostile = {
      toString: () => {
        throw new Error("no");
      },
    };
    expect(pathStep(hostile as unknown as PropertyKey)).toBe("[an object]");
    expect(pathStep(undefined as unknown as PropertyKey)).toBe("[nothing (missing)]");
  });

  test.prop([fc.string()])("a string key reads back: `.key` is the key, `[…]` is its JSON", (key) => {
    const step = pathStep(key);
    if (step.startsWith(".")) {
      expect(step.slice(1)).toBe(key);
      expect(key).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
    } else expect(JSON.parse(step.slice(1, -1))).toBe(key);
  });
});
