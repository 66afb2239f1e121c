import { fromUtf8, platform, utf8 } from "./platform";

/**
 * base64url without padding, on the platform's `btoa`/`atob` (Node ≥ 20, browsers,
 * workers). Decoding is strict: only canonical text decodes (no padding, no stray bits), so
 * that two different texts never decode to the same bytes.
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

const alphabet = /^[A-Za-z0-9_-]*$/;

/** The decoded binary string, or undefined when the text is not canonical base64url. @internal */
const decodeToBinary = (text: string): string | undefined => {
  if (text.length % 4 === 1 || !alphabet.test(text)) return undefined;
  let binary: string;
  try {
    binary = platform.atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return undefined;
  }
  return encodeBinary(binary) === text ? binary : undefined;
};

/** @internal */
export const binaryToBytes = (binary: string): Uint8Array => {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

/** Canonical base64url to bytes, or undefined. @internal */
export const decodeBytes = (text: string): Uint8Array | undefined => {
  const binary = decodeToBinary(text);
  return binary === undefined ? undefined : binaryToBytes(binary);
};

/** Canonical base64url of UTF-8 to its text, or undefined. @internal */
export const decodeText = (text: string): string | undefined => {
  const binary = decodeToBinary(text);
  return binary === undefined ? undefined : fromUtf8(binaryToBytes(binary));
};
