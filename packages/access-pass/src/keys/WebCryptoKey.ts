/**
 * The part of a WebCrypto `CryptoKey` that the web entry reads, typed here so that the
 * package's types need neither `@types/node` nor the DOM library (the browser's `CryptoKey`,
 * and Node's `webcrypto.CryptoKey`, are both one).
 *
 * @example
 * ```ts
 * import type { WebCryptoKey } from "@unsms/access-pass/web"
 *
 * const pair = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair
 * const key: WebCryptoKey = pair.publicKey
 * console.log(key.type, key.algorithm.name, key.usages) // "public" "Ed25519" ["verify"]
 * ```
 *
 * @category web
 * @since 0.2.0
 */
export interface WebCryptoKey {
  /** `"public"` or `"private"` for an Ed25519 key (`"secret"` is a symmetric key, never a pass key). */
  readonly type: string;
  /** Whether `crypto.subtle.exportKey` may export the key. */
  readonly extractable: boolean;
  /** The key's algorithm; the web entry uses only `"Ed25519"` keys. */
  readonly algorithm: { readonly name: string };
  /** What the key may do: `"sign"` for a private key, `"verify"` for a public one. */
  readonly usages: ReadonlyArray<string>;
}
