import { describeValue } from "@unsms/core";
import * as Result from "effect/Result";
import { PassKeyError } from "../keys/PassKeyError";
import { decodeBytes } from "./base64url";

/** A trusted Ed25519 key of a JWK Set: its `x` and, if the set names one, its `kid`. @internal */
export interface JwksEntry {
  readonly x: string;
  readonly kid: string | undefined;
}

/** The most keys a trust store holds (and a JWK Set is written with). @internal */
export const MAX_JWKS_KEYS = 1000;

const refuse = (
  message: string,
  path: string,
  expected: string,
  received: string,
): Result.Result<never, PassKeyError> =>
  Result.fail(new PassKeyError({ message: `${path}: ${message}`, path, expected, received }));

/**
 * The Ed25519 public keys of a JWK Set (its JSON text or the parsed value), each checked
 * structurally: `kty` "OKP", `crv` "Ed25519", a canonical 32-byte `x`, no private part
 * (`d`), and `alg`/`use` if present "EdDSA"/"sig". Anything else is a {@link PassKeyError}
 * naming the key: a trust store is all good or refused. Never throws.
 *
 * @internal
 */
export const readJwks = (jwks: unknown): Result.Result<ReadonlyArray<JwksEntry>, PassKeyError> => {
  let value = jwks;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return refuse("a JWK Set is a JSON object", "$", '{"keys": [...]}', "text that is not JSON");
    }
  }
  try {
    if (typeof value !== "object" || value === null || !Array.isArray((value as { keys?: unknown }).keys))
      return refuse("a JWK Set is an object with a keys array", "$.keys", '{"keys": [...]}', describeValue(value));
    const keys = (value as { keys: Array<unknown> }).keys;
    if (keys.length > MAX_JWKS_KEYS)
      return refuse(`at most ${MAX_JWKS_KEYS} keys`, "$.keys", `at most ${MAX_JWKS_KEYS} keys`, `${keys.length} keys`);
    const entries: Array<JwksEntry> = [];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as Record<string, unknown> | null;
      const path = `$.keys[${i}]`;
      if (typeof key !== "object" || key === null)
        return refuse("a key is an object", path, "an Ed25519 JWK", describeValue(key));
      const { kty, crv, x, d, kid, alg, use } = key;
      if (kty !== "OKP" || crv !== "Ed25519")
        return refuse(
          "pass tokens use Ed25519 keys only",
          path,
          'kty "OKP", crv "Ed25519"',
          `kty ${JSON.stringify(kty)}, crv ${JSON.stringify(crv)}`,
        );
      if (d !== undefined)
        return refuse(
          "a trust store holds public keys only: this key has its private part (d)",
          `${path}.d`,
          "no d",
          "a private key",
        );
      if (typeof x !== "string" || decodeBytes(x)?.length !== 32)
        return refuse(
          "x must be 32 bytes in canonical base64url",
          `${path}.x`,
          "43 base64url characters",
          typeof x === "string" ? `${x.length} characters` : typeof x,
        );
      if (alg !== undefined && alg !== "EdDSA")
        return refuse("alg, if given, must be EdDSA", `${path}.alg`, "EdDSA", JSON.stringify(alg));
      if (use !== undefined && use !== "sig")
        return refuse("use, if given, must be sig", `${path}.use`, "sig", JSON.stringify(use));
      if (kid !== undefined && (typeof kid !== "string" || kid.length === 0 || kid.length > 128))
        return refuse("kid must be a string of 1 to 128 characters", `${path}.kid`, "a key id", describeValue(kid));
      entries.push({ x, kid });
    }
    return Result.succeed(entries);
  } catch {
    return refuse("the JWK Set cannot be read", "$", '{"keys": [...]}', "an unreadable value");
  }
};

/**
 * Where the id of the JWK Set's key `index` comes from: its `kid` (`$.keys[i].kid`), else its
 * `x`, whose thumbprint is the id (`$.keys[i].x`), for the check that ids are unique.
 *
 * @internal
 */
export const jwksKeyPath = (entries: ReadonlyArray<JwksEntry>, index: number): string =>
  `$.keys[${index}].${entries[index]?.kid === undefined ? "x" : "kid"}`;
