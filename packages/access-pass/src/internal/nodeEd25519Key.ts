import { KeyObject } from "node:crypto";
import { makeIssue, readOrElse } from "@unsms/core";
import * as Result from "effect/Result";
import { PassKeyError } from "../keys/PassKeyError";

const describe = (key: unknown): string =>
  readOrElse(
    () =>
      key instanceof KeyObject
        ? `${key.type} ${key.asymmetricKeyType ?? "secret"}`
        : key === null
          ? "null"
          : typeof key,
    () => "unreadable",
  );

/**
 * `key` if it is a node:crypto Ed25519 `KeyObject` of the given type, else a
 * {@link PassKeyError} naming what it is (an RSA, EC, Ed448 or secret key, another type, a
 * value that cannot be read). Never throws.
 *
 * @internal
 */
export const nodeEd25519Key = (
  key: unknown,
  type: "private" | "public",
  verb: "signed" | "verified",
): Result.Result<KeyObject, PassKeyError> =>
  readOrElse(
    () => key instanceof KeyObject && key.type === type && key.asymmetricKeyType === "ed25519",
    () => false,
  )
    ? Result.succeed(key as KeyObject)
    : Result.fail(
        new PassKeyError({
          ...makeIssue(`${type}Key`, `an Ed25519 ${type} key`, describe(key)),
          message: `pass tokens are ${verb} with Ed25519 ${type} keys only, not a ${describe(key)} key`,
        }),
      );

/** The key id of a checked pass office key, or a {@link PassKeyError}. @internal */
export const checkedKeyId = (keyId: unknown): Result.Result<string, PassKeyError> =>
  typeof keyId === "string" && keyId.length > 0
    ? Result.succeed(keyId)
    : Result.fail(
        new PassKeyError({
          ...makeIssue("keyId", "the key id of a key of makeSigningKey or makeVerifyingKey", typeof keyId),
          message: "a pass office key has a key id",
        }),
      );
