import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { utf8ErrorOffset } from "../../src/internal/utf8ErrorOffset";

const valid = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 12 }),
  fc
    .tuple(fc.string({ unit: "binary", maxLength: 6 }), fc.uint8Array({ maxLength: 3 }), fc.nat())
    .map(([text, junk, at]) => {
      const encoded = new TextEncoder().encode(text);
      const cut = at % (encoded.length + 1);
      return new Uint8Array([...encoded.slice(0, cut), ...junk, ...encoded.slice(cut)]);
    }),
);

test.prop([bytes])("agrees with the WHATWG decoder, and everything before the offset is valid", (input) => {
  const offset = utf8ErrorOffset(input);
  expect(offset === -1).toBe(valid(input));
  if (offset !== -1) expect(valid(input.slice(0, offset))).toBe(true);
});
