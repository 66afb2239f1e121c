import { fromUtf8, platform, utf8 } from "./platform";

/**
 * base64url without padding: encoding on the platform's `btoa` (Node ≥ 20, browsers,
 * workers), decoding in plain JavaScript (`decodeCanonical`). Decoding is strict: only
 * canonical text decodes (no padding, no stray bits), so that two different texts never
 * decode to the same bytes.
 *
 * @internal
 */
const encodeBinary = (binary: string): string =>
  platform.btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

/** @internal */
export const encodeBytes = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return encodeBinary(binary);
};

/** base64url of the UTF-8 of a text. @internal */
export const encodeText = (text: string): string => encodeBytes(utf8(text));

/** The value of a base64url character, or -1 (arithmetic, so that no table is built at import). */
const sextet = (code: number): number =>
  code >= 65 && code <= 90
    ? code - 65
    : code >= 97 && code <= 122
      ? code - 71
      : code >= 48 && code <= 57
        ? code + 4
        : code === 45
          ? 62
          : code === 95
            ? 63
            : -1;

/**
 * Canonical base64url to bytes, in plain JavaScript: no padding, only the 64 characters,
 * and no stray bits in the last character, so that two texts never decode to the same bytes.
 * Not `atob` or Node's `Buffer`: their SIMD decoders leave the processor in a state that
 * made the Ed25519 verification right after them about 6 µs slower on an AVX-512 machine
 * (`verifyPassToken` 1.15× the bare verification, docs/performance.md).
 */
const decodeCanonical = (text: string): Uint8Array | undefined => {
  const length = text.length;
  const tail = length % 4;
  if (tail === 1) return undefined;
  const bytes = new Uint8Array((length * 3) >> 2);
  let j = 0;
  let i = 0;
  for (const whole = length - tail; i < whole; i += 4) {
    const a = sextet(text.charCodeAt(i));
    const b = sextet(text.charCodeAt(i + 1));
    const c = sextet(text.charCodeAt(i + 2));
    const d = sextet(text.charCodeAt(i + 3));
    if ((a | b | c | d) < 0) return undefined;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[j++] = n >> 16;
    bytes[j++] = (n >> 8) & 255;
    bytes[j++] = n & 255;
  }
  if (tail === 0) return bytes;
  const a = sextet(text.charCodeAt(i));
  const b = sextet(text.charCodeAt(i + 1));
  const c = tail === 3 ? sextet(text.charCodeAt(i + 2)) : 0;
  if ((a | b | c) < 0) return undefined;
  // the bits past the last whole byte must be zero: 4 of b with two characters, 2 of c with three
  if (tail === 2 ? (b & 15) !== 0 : (c & 3) !== 0) return undefined;
  bytes[j++] = (a << 2) | (b >> 4);
  if (tail === 3) bytes[j] = ((b & 15) << 4) | (c >> 2);
  return bytes;
};

/** Bytes of a binary string (one code unit per byte). @internal */
export const binaryToBytes = (binary: string): Uint8Array => {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** Canonical base64url to bytes, or undefined. @internal */
export const decodeBytes = (text: string): Uint8Array | undefined => decodeCanonical(text);

/** Canonical base64url of UTF-8 to its text, or undefined. @internal */
export const decodeText = (text: string): string | undefined => {
  const bytes = decodeCanonical(text);
  return bytes === undefined ? undefined : fromUtf8(bytes);
};
