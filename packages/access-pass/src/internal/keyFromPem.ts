import { makeIssue, readOrElse, describeValue } from "@unsms/core";
import * as Result from "effect/Result";
import { PassKeyError } from "../keys/PassKeyError";
import { pemBlocks } from "./pemBlocks";

/** What a PEM reader reads: the block type, the key's format and the argument it names. @internal */
export interface PemKind {
  readonly type: "PRIVATE KEY" | "PUBLIC KEY";
  readonly format: "PKCS #8" | "SPKI";
  readonly path: "privateKey" | "publicKey";
}

/**
 * The key of the one PEM block of `kind` a text holds — blocks read by their type, never
 * by a comment — made by `make` from the block's text, or a {@link PassKeyError}: not a
 * text, no block or more than one, another type, or a block `make` cannot read (it may
 * throw: node's parsers do). Never throws.
 *
 * @internal
 */
export const keyFromPem = <K>(
  pem: unknown,
  kind: PemKind,
  make: (block: string) => Result.Result<K, PassKeyError>,
): Result.Result<K, PassKeyError> => {
  const refuse = (message: string, received: string) =>
    Result.fail(
      new PassKeyError({
        ...makeIssue(kind.path, `one -----BEGIN ${kind.type}----- block (${kind.format}) of an Ed25519 key`, received),
        message,
      }),
    );
  if (typeof pem !== "string") return refuse("a PEM key is a text", describeValue(pem));
  const blocks = pemBlocks(pem);
  const types = blocks.map((b) => b.type).join(", ");
  const block = blocks.length === 1 && blocks[0]!.type === kind.type ? blocks[0]!.text : undefined;
  if (block === undefined)
    return refuse(`expected exactly one ${kind.type} block, found ${types || "none"}`, types || "no PEM block");
  return readOrElse(
    () => make(block),
    () =>
      refuse(`the ${kind.type} block does not hold a readable ${kind.format} key`, `an unreadable ${kind.type} block`),
  );
};
