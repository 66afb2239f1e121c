import { Buffer } from "node:buffer";

/** Canonical base64url to bytes with node's Buffer, or undefined. @internal */
export const nodeDecodeBytes = (text: string): Uint8Array | undefined => {
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : undefined;
};

/**
 * base64url to a binary (latin1) string with node's Buffer. Used for a payload whose exact
 * text the signature already covers, so no canonical check is needed. @internal
 */
export const nodeDecodeBinary = (text: string): string | undefined => Buffer.from(text, "base64url").toString("latin1");
