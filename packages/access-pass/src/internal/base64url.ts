/**
 * base64url without padding, on the platform's `btoa`/`atob` (Node 16+, browsers, workers).
 * Decoding is strict: only canonical text decodes (no padding, no stray bits), so that two
 * different texts never decode to the same bytes.
 *
 * @internal
 */
export const encodeAscii = (ascii: string): string => btoa(ascii).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

/** @internal */
export const encodeBytes = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return encodeAscii(binary);
};

const alphabet = /^[A-Za-z0-9_-]*$/;

/** The decoded binary string, or undefined when the text is not canonical base64url. @internal */
export const decodeToBinary = (text: string): string | undefined => {
  if (text.length % 4 === 1 || !alphabet.test(text)) return undefined;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return undefined;
  }
  return encodeAscii(binary) === text ? binary : undefined;
};

/** @internal */
export const binaryToBytes = (binary: string): Uint8Array => {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};
