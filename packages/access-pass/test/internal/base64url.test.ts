import { fc, test } from "@fast-check/vitest";
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { decodeBytes, decodeText, encodeBytes } from "../../src/internal/base64url";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Node's reading of a text, kept only where the text is canonical base64url (the oracle). */
const canonicalByNode = (text: string): Uint8Array | undefined => {
  if (![...text].every((character) => alphabet.includes(character))) return undefined;
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? new Uint8Array(bytes) : undefined;
};

describe("base64url, decoded in plain JavaScript", () => {
  it("decodes canonical text and refuses the rest", () => {
    expect(decodeBytes("")).toEqual(new Uint8Array([]));
    expect(decodeBytes("AA")).toEqual(new Uint8Array([0]));
    expect(decodeBytes("_-8")).toEqual(new Uint8Array([255, 239]));
    expect(decodeBytes("AB")).toBeUndefined(); // a stray bit after the last byte
    expect(decodeBytes("AAB")).toBeUndefined();
    expect(decodeBytes("A")).toBeUndefined(); // no byte has 6 bits
    expect(decodeBytes("AA==")).toBeUndefined(); // no padding
    expect(decodeBytes("+/8")).toBeUndefined(); // base64, not base64url
    expect(decodeText("eyJhIjoiw6kifQ")).toBe('{"a":"é"}');
    expect(decodeText("_w")).toBeUndefined(); // 0xff is not UTF-8
    expect(decodeBytes("QŁ")).toBeUndefined();
    expect(decodeBytes("QUFB\u0141")).toBeUndefined();
  });
  // texts up to the kept buffer's 6 144 bytes and past it, in every order
  const long = ["a".repeat(6143), "é".repeat(3072), `${"é".repeat(3072)}a`, "ü".repeat(4500)];
  test.prop([
    fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom(...long)), {
      minLength: 1,
      maxLength: 4,
    }),
  ])(
    "decodes texts of any length one after the other, each to its own text (one buffer kept for short ones)",
    (texts) => {
      const encoded = texts.map((text) => Buffer.from(text).toString("base64url"));
      expect(encoded.map((text) => decodeText(text))).toEqual(texts);
      expect(decodeText(`${encoded[0]!}_w`)).toBeUndefined();
    },
  );
  test.prop([fc.uint8Array({ maxLength: 300 })])("decodes what is encoded, byte for byte", (bytes) => {
    expect(decodeBytes(encodeBytes(bytes))).toEqual(bytes);
    expect(decodeBytes(Buffer.from(bytes).toString("base64url"))).toEqual(bytes);
  });
  // "Ł" (U+0141) and "Á" (U+00C1) share their low 7 bits with "A": the table is not read past ASCII
  test.prop([fc.string({ unit: fc.constantFrom(...alphabet, "=", "+", "/", ".", "é", "Ł", "Á"), maxLength: 24 })])(
    "decodes exactly the texts Node reads back to themselves, to the same bytes",
    (text) => {
      expect(decodeBytes(text)).toEqual(canonicalByNode(text));
    },
  );
});
