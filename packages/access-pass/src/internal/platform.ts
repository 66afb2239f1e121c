import type { WebCryptoKey } from "../keys/WebCryptoKey";

/** The part of WebCrypto's `SubtleCrypto` used here. @internal */
export interface Subtle {
  sign(algorithm: { name: string }, key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: { name: string }, key: WebCryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>;
  exportKey(
    format: "jwk",
    key: WebCryptoKey,
  ): Promise<{ readonly kty?: string; readonly crv?: string; readonly x?: string }>;
  importKey(
    format: "jwk",
    jwk: object,
    algorithm: { name: string },
    extractable: boolean,
    usages: ReadonlyArray<string>,
  ): Promise<WebCryptoKey>;
}

interface Globals {
  readonly btoa: (binary: string) => string;
  readonly atob: (text: string) => string;
  readonly TextEncoder: new () => { encode(text: string): Uint8Array };
  readonly TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
  readonly crypto?: { readonly subtle?: Subtle };
}

/** @internal */
export const platform = globalThis as unknown as Globals;

// Marked pure: an app that imports neither `utf8` nor `fromUtf8` drops them.
const encoder = /* @__PURE__ */ new platform.TextEncoder();
const decoder = /* @__PURE__ */ new platform.TextDecoder("utf-8", { fatal: true });

/** UTF-8 bytes of a text. @internal */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** The text of UTF-8 bytes, or undefined when they are not valid UTF-8. @internal */
export const fromUtf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
};

/** WebCrypto's `subtle`, or undefined where there is none (an insecure browser context). @internal */
export const subtle = (): Subtle | undefined => platform.crypto?.subtle;
