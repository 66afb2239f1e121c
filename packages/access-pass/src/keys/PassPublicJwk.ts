/**
 * An Ed25519 public key as a JSON Web Key (RFC 7517, RFC 8037 §2): what a pass office
 * publishes for its checkpoints and for other systems (Python, Java, .NET all read it).
 * `kid` is the key's RFC 7638 thumbprint, the id every token it signs carries.
 *
 * @example
 * ```ts
 * import type { PassPublicJwk } from "@unsms/access-pass"
 *
 * const jwk: PassPublicJwk = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo", kid: "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k", alg: "EdDSA", use: "sig" }
 * console.log(jwk.crv) // "Ed25519"
 * ```
 *
 * @category keys
 * @since 0.2.0
 */
export interface PassPublicJwk {
  /** The key type: `"OKP"`, an octet key pair (RFC 8037 §2). */
  readonly kty: "OKP";
  /** The curve: `"Ed25519"`, the only one pass tokens are signed with. */
  readonly crv: "Ed25519";
  /** The 32-byte public key, base64url. */
  readonly x: string;
  /** The key id tokens carry: the RFC 7638 thumbprint. */
  readonly kid: string;
  /** The signing algorithm of the tokens: `"EdDSA"` (RFC 8037 §3.1). */
  readonly alg: "EdDSA";
  /** What the key is for: `"sig"`, checking signatures, never encryption. */
  readonly use: "sig";
}

/**
 * A JWK Set (RFC 7517 §5) of trusted pass office keys: a checkpoint's trust store, all the
 * keys in force during a rotation.
 *
 * @example
 * ```ts
 * import type { PassJwks } from "@unsms/access-pass"
 *
 * const empty: PassJwks = { keys: [] }
 * console.log(empty.keys.length) // 0
 * ```
 *
 * @category keys
 * @since 0.2.0
 */
export interface PassJwks {
  /** The trusted public keys, each told by its `kid`. */
  readonly keys: ReadonlyArray<PassPublicJwk>;
}
