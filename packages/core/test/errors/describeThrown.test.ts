import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { describeThrown } from "../../src/index";
import { buildHostile, hostileRecipe } from "../../../../tools/vitest/hostile";
import { unreadableExceptions } from "../support/unreadableExceptions";

describe("describeThrown", () => {
  it("says an Error's name and message, and describes anything else as describeValue does", () => {
    expect(describeThrown(new TypeError("not a function"))).toBe("TypeError: not a function");
    expect(describeThrown(new Error("x".repeat(1000)))).toBe(`Error: ${"x".repeat(193)}`);
    expect(describeThrown("oops")).toBe('"oops"');
    expect(describeThrown(42)).toBe("42");
    expect(describeThrown(undefined)).toBe("nothing (missing)");
  });
  it("never throws on an exception that cannot be read", () => {
    const [proxy, throwingMessage] = unreadableExceptions();
    const symbolMessage = Object.assign(new Error("x"), { message: Symbol("m") });
    expect(describeThrown(proxy)).toBe("an unreadable exception");
    expect(describeThrown(throwingMessage)).toBe("an unreadable exception");
    expect(describeThrown(symbolMessage)).toBe("an unreadable exception");
  });
  test.prop([
    fc.oneof(
      hostileRecipe,
      fc.string({ maxLength: 400 }).map((message) => ({ plain: new Error(message) })),
    ),
  ])("never throws, and describes any value in a short text", (recipe) => {
    const text = describeThrown(buildHostile(recipe));
    expect(typeof text === "string" && text.length <= 201).toBe(true);
  });
});
