import { fc, test } from "@fast-check/vitest";
import { expect, it } from "vitest";
import { locateJsonError } from "../../src/internal/locateJsonError";

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

test.prop([fc.json()])("finds no error in JSON", (text) => {
  expect(locateJsonError(text).expected).toBe("nothing: the text is JSON");
});

test.prop([fc.json(), fc.nat(), fc.string({ minLength: 1, maxLength: 3 })])(
  "agrees with JSON.parse on broken JSON: the text before the offset is a prefix of some JSON",
  (json, at, junk) => {
    const cut = at % (json.length + 1);
    const text = json.slice(0, cut) + junk + json.slice(cut);
    const { offset, expected } = locateJsonError(text);
    expect(expected === "nothing: the text is JSON").toBe(parses(text));
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThanOrEqual(text.length);
  },
);

it("is iterative: a million nested arrays do not overflow the stack", () => {
  expect(locateJsonError(`${"[".repeat(1_000_000)}x`)).toEqual({ offset: 1_000_000, expected: "a JSON value" });
});

it("points at the offending character", () => {
  expect(locateJsonError('{"a":1,}')).toEqual({ offset: 7, expected: "a double-quoted property name" });
  expect(locateJsonError("[1,2")).toEqual({ offset: 4, expected: "',' or ']'" });
  expect(locateJsonError('"a\\x"')).toMatchObject({ offset: 3 });
  expect(locateJsonError("01")).toEqual({ offset: 1, expected: "the end of the document" });
});
