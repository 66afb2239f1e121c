import { Buffer, isUtf8 } from "node:buffer";

/**
 * Base64url of UTF-8 to text with node's Buffer (faster than `atob` on the verification
 * path), or undefined when the bytes are not UTF-8. Used for a payload whose exact text the
 * signature already covers, so no canonical check is needed.
 *
 * @internal
 */
export const nodeDecodeText = (text: string): string | undefined => {
  const bytes = Buffer.from(text, "base64url");
  return isUtf8(bytes) ? bytes.toString("utf8") : undefined;
};

/** Canonical base64url to bytes with node's Buffer, or undefined. @internal */
export const nodeDecodeBytes = (text: string): Uint8Array | undefined => {
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : undefined;
};
