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

// The value of each base64url character by its code (-1 for any other ASCII character),
// built on the first decode: nothing is built at import.
let sextets: Int8Array | undefined;

const sextetTable = (): Int8Array => {
  const table = new Int8Array(128).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  for (let i = 0; i < 64; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
};

/**
 * Canonical base64url into `bytes` (room for `(text.length * 3) >> 2` of them), in plain
 * JavaScript: no padding, only the 64 characters, and no stray bits in the last character,
 * so that two texts never decode to the same bytes. The number of bytes, or -1.
 * Not `atob` or Node's `Buffer`: on the Xeon of an earlier bench their SIMD decoders made
 * the Ed25519 verification right after them about 6 µs slower (docs/performance.md), and
 * neither is canonical. A table of the 64 characters, not comparisons: half the time.
 */
const decodeCanonical = (text: string, bytes: Uint8Array): number => {
  const table = (sextets ??= sextetTable());
  const length = text.length;
  const tail = length % 4;
  if (tail === 1) return -1;
  let j = 0;
  let i = 0;
  for (const whole = length - tail; i < whole; i += 4) {
    const ca = text.charCodeAt(i);
    const cb = text.charCodeAt(i + 1);
    const cc = text.charCodeAt(i + 2);
    const cd = text.charCodeAt(i + 3);
    // any code past ASCII first: the table is indexed by the low 7 bits
    if ((ca | cb | cc | cd) > 127) return -1;
    const a = table[ca]!;
    const b = table[cb]!;
    const c = table[cc]!;
    const d = table[cd]!;
    if ((a | b | c | d) < 0) return -1;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    bytes[j++] = n >> 16;
    bytes[j++] = (n >> 8) & 255;
    bytes[j++] = n & 255;
  }
  if (tail === 0) return j;
  const ca = text.charCodeAt(i);
  const cb = text.charCodeAt(i + 1);
  const cc = tail === 3 ? text.charCodeAt(i + 2) : 65; // "A", 0
  if ((ca | cb | cc) > 127) return -1;
  const a = table[ca]!;
  const b = table[cb]!;
  const c = table[cc]!;
  if ((a | b | c) < 0) return -1;
  // the bits past the last whole byte must be zero: 4 of b with two characters, 2 of c with three
  if (tail === 2 ? (b & 15) !== 0 : (c & 3) !== 0) return -1;
  bytes[j++] = (a << 2) | (b >> 4);
  if (tail === 3) bytes[j++] = ((b & 15) << 4) | (c >> 2);
  return j;
};

/** Bytes of a binary string (one code unit per byte). @internal */
export const binaryToBytes = (binary: string): Uint8Array => {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** Canonical base64url to bytes, or undefined. @internal */
export const decodeBytes = (text: string): Uint8Array | undefined => {
  const bytes = new Uint8Array((text.length * 3) >> 2);
  return decodeCanonical(text, bytes) < 0 ? undefined : bytes;
};

/** The longest decoded text that goes through {@link scratchOf}: a whole token's worth. */
const SCRATCH_BYTES = 6144;
let scratch: Uint8Array | undefined;

/**
 * Room for `size` bytes that are turned into text before anything else runs: one buffer
 * kept between calls for up to {@link SCRATCH_BYTES}, so that a token's payload is not a
 * new array each time (an array of more than 64 bytes lives outside V8's heap, and its
 * allocation and collection cost more than its decoding), a new one beyond.
 */
const scratchOf = (size: number): Uint8Array =>
  size > SCRATCH_BYTES ? new Uint8Array(size) : (scratch ??= new Uint8Array(SCRATCH_BYTES));

/** Canonical base64url of UTF-8 to its text, or undefined. @internal */
export const decodeText = (text: string): string | undefined => {
  const bytes = scratchOf((text.length * 3) >> 2);
  const length = decodeCanonical(text, bytes);
  return length < 0 ? undefined : fromUtf8(bytes.subarray(0, length));
};
