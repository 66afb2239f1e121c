import type { Command } from "commander";
import * as Result from "effect/Result";
import { AccessPass, parseInstant, type TaggedErrorLike } from "@unsms/sdk";
import { AccessPass as AccessPassSchemas, decode, PassIdSchema } from "@unsms/sdk/schema";
import * as PassNode from "@unsms/access-pass/node";
import type { CommandContext } from "../CommandContext";
import { InputError, UsageError } from "../internal/CliError";
import { fileError } from "../internal/fileError";
import { renamePath } from "../internal/renamePath";
import { renderTable } from "../internal/renderTable";
import { type ListChecked, maxListAgeOption, revocationListAt } from "../internal/revocationListAt";
import type { Outcome } from "../Outcome";

/**
 * What the pass commands share: instants through core's `parseInstant`, the signing key,
 * the trust store (PEM files or a JWK Set), the checkpoint, and issuing a pass from a
 * request (for `pass issue` and `pass card`).
 *
 * @internal
 */
export const instantOption = (
  text: string | undefined,
  fallback: Date,
  flag: string,
): Result.Result<Date, TaggedErrorLike> => (text === undefined ? Result.succeed(fallback) : parseInstant(text, flag));

/** The bytes of a binary file (a photo, a scanned card), or an exit-2 error naming it. @internal */
export const readBytes = async (
  context: CommandContext,
  path: string,
  flag: string,
): Promise<Result.Result<Uint8Array, InputError>> => {
  if (context.io.readFileBytes === undefined)
    return Result.fail(
      new InputError({
        message: "this host cannot read binary files",
        path: flag,
        expected: "a CliIo with readFileBytes",
        received: "none",
      }),
    );
  try {
    return Result.succeed(await context.io.readFileBytes(path));
  } catch (cause) {
    return Result.fail(fileError({ action: "read", source: JSON.stringify(path), flag, cause }));
  }
};

/** @internal */
export const readSigningKey = async (
  context: CommandContext,
  path: string,
): Promise<Result.Result<PassNode.PassSigningKey, TaggedErrorLike>> => {
  const text = await context.readTextFile(path, "--key");
  return Result.flatMap(text, (pem) =>
    Result.mapError(PassNode.signingKeyFromPem(pem), (error) => renamePath(error, "privateKey", "--key")),
  );
};

/** The trusted keys of one PEM file (SPKI) or JWK Set file, told apart by its content. @internal */
const trustedKeysOf = (
  path: string,
  text: string,
): Result.Result<ReadonlyArray<PassNode.PassVerifyingKey>, InputError> =>
  Result.mapError(
    text.trimStart().startsWith("{")
      ? PassNode.verifyingKeysFromJwks(text)
      : Result.map(PassNode.verifyingKeyFromPem(text), (key) => [key]),
    (failure) =>
      new InputError({
        message: `${path}: ${failure.message}`,
        path: "--keys",
        expected: failure.expected,
        received: failure.received,
      }),
  );

/** The checkpoint options of `pass verify` and `pass scan`. @internal */
export interface CheckpointOptions {
  readonly keys: ReadonlyArray<string>;
  readonly revoked?: string;
  readonly zone?: string;
  readonly station?: string;
  readonly skew?: string;
  readonly maxListAge?: string;
  readonly at?: string;
}

/**
 * `command` with the checkpoint options of `pass verify` and `pass scan` ({@link CheckpointOptions}),
 * declared once so that the two gates take and describe the same options.
 *
 * @internal
 */
export const withCheckpointOptions = (command: Command): Command =>
  command
    .requiredOption(
      "--keys <files...>",
      "the trusted public keys: PEM files (SPKI) or JWK Set files, all of them during a key rotation",
    )
    .option(
      "--revoked <file>",
      "the signed revocation list (unsms pass revocations); without it revocation is not checked",
    )
    .option(
      "--max-list-age <seconds>",
      "refuse (exit 2) a revocation list issued longer ago than this before --at (default: no limit)",
    )
    .option("--zone <zone>", "the checkpoint's zone (default: not checked)")
    .option("--station <station>", "the checkpoint's duty station (default: not checked)")
    .option("--at <iso-time>", "the time of the check, RFC 3339 with an offset (default: now)")
    .option("--skew <seconds>", `the clock-skew tolerance in seconds (default ${AccessPass.defaultClockSkewSeconds})`);

/** The checkpoint of the options: trusted keys, the opened revocation list, zone, station, skew. @internal */
export const readCheckpoint = async (
  context: CommandContext,
  options: CheckpointOptions,
): Promise<Result.Result<PassNode.Checkpoint, TaggedErrorLike>> => {
  const keyFiles = await Promise.all(options.keys.map((path) => context.readTextFile(path, "--keys")));
  const revoked = options.revoked === undefined ? undefined : await context.readTextFile(options.revoked, "--revoked");
  return Result.gen(() => checkpointOf(options, keyFiles, revoked));
};

/** The steps of {@link readCheckpoint} once its files are read. */
function* checkpointOf(
  options: CheckpointOptions,
  keyFiles: ReadonlyArray<Result.Result<string, TaggedErrorLike>>,
  revoked: Result.Result<string, TaggedErrorLike> | undefined,
) {
  // a skew the checkpoint would refuse is a usage error (exit 2), never a genuine pass refused as malformed
  if (
    options.skew !== undefined &&
    !(/^\d{1,5}$/.test(options.skew) && Number(options.skew) <= AccessPass.maxClockSkewSeconds)
  )
    return yield* Result.fail(
      new UsageError({
        message: `--skew must be a whole number of seconds from 0 to ${AccessPass.maxClockSkewSeconds} (got ${JSON.stringify(options.skew)})`,
      }),
    );
  yield* maxListAgeOption(options.maxListAge, options.revoked);
  const trustedKeys: Array<PassNode.PassVerifyingKey> = [];
  for (const [i, path] of options.keys.entries())
    trustedKeys.push(...(yield* trustedKeysOf(path, yield* keyFiles[i]!)));
  const revocations =
    revoked === undefined
      ? AccessPass.noRevocationList()
      : yield* Result.mapError(PassNode.openRevocationList(yield* revoked, trustedKeys), (error) =>
          renamePath(error, "list", "--revoked"),
        );
  return {
    trustedKeys,
    revocations,
    ...(options.zone === undefined ? {} : { zone: options.zone }),
    ...(options.station === undefined ? {} : { dutyStation: options.station }),
    ...(options.skew === undefined ? {} : { clockSkewSeconds: Number(options.skew) }),
  };
}

/**
 * The revocation list of a checkpoint checked against the time of the check (issued no later
 * than `at` plus the skew, and no longer ago than `--max-list-age`): when it was issued and
 * the key that signed it, `undefined` when no `--revoked` list was given.
 *
 * @internal
 */
const checkedRevocationList = (
  options: CheckpointOptions,
  checkpoint: PassNode.Checkpoint,
  at: Date,
): Result.Result<ListChecked | undefined, TaggedErrorLike> =>
  options.revoked === undefined
    ? Result.succeed(undefined)
    : Result.flatMap(maxListAgeOption(options.maxListAge, options.revoked), (maxAge) =>
        revocationListAt(
          checkpoint.revocations,
          at,
          options.skew === undefined ? AccessPass.defaultClockSkewSeconds : Number(options.skew),
          maxAge,
        ),
      );

/** What a gate found of a token: the revocation list it checked (`undefined` without one), and the pass or its refusal. @internal */
export interface GateCheck {
  readonly list: ListChecked | undefined;
  readonly verified: Result.Result<AccessPass.PassClaims, AccessPass.PassRefused>;
}

/**
 * A token checked at a checkpoint at `at`: the revocation list first (issued after the check,
 * or older than `--max-list-age`, it is a usage error before any pass is read), then the token.
 * A refused pass is a success of this check (the gate's answer, exit 1), a bad list a failure.
 *
 * @internal
 */
export const checkAtGate = (
  options: CheckpointOptions,
  checkpoint: PassNode.Checkpoint,
  at: Date,
  token: string,
): Result.Result<GateCheck, TaggedErrorLike> =>
  Result.map(checkedRevocationList(options, checkpoint, at), (list) => ({
    list,
    verified: PassNode.verifyPassToken(token, checkpoint, at),
  }));

/** The options of a command that issues a pass from a request. @internal */
export interface IssueOptions {
  readonly input?: string;
  readonly key: string;
  readonly serial?: string;
  readonly at?: string;
  readonly policy?: string;
  readonly register?: string;
}

/** A pass issued and signed, or the unmet requirements (exit 1), or an input error. @internal */
export type Issued =
  | {
      readonly issued: true;
      readonly pass: AccessPass.Pass;
      readonly token: string;
      readonly keyId: string;
      readonly policy: AccessPass.PassPolicy;
    }
  | {
      readonly issued: false;
      /** How many problems were found and not listed (core's MAX_ISSUES). */
      readonly omitted: number;
      readonly issues: ReadonlyArray<{
        readonly path: string;
        readonly expected: string;
        readonly received: string;
        readonly message: string;
      }>;
    };

/**
 * Reads the request, policy, register and key, issues the pass and signs its token. The
 * files are read first; their results then compose in one `Result.gen`, in the order the
 * errors are reported: `--at`, the request, the policy, the register, the serial, the key.
 *
 * @internal
 */
export const issueFromOptions = async (
  context: CommandContext,
  options: IssueOptions,
): Promise<Result.Result<Issued, TaggedErrorLike>> => {
  const at = instantOption(options.at, context.io.now(), "--at");
  const request = await context.readDecoded(options.input, (input) =>
    decode(AccessPassSchemas.PassRequestSchema, input),
  );
  const policy =
    options.policy === undefined
      ? Result.succeed(AccessPass.defaultPassPolicy)
      : await context.readDecoded(options.policy, (input) => decode(AccessPassSchemas.PassPolicySchema, input));
  const register =
    options.register === undefined
      ? Result.succeed<AccessPass.PassRegister>([])
      : await context.readDecoded(options.register, (input) => decode(AccessPassSchemas.PassRegisterSchema, input));
  const key = await readSigningKey(context, options.key);
  return Result.gen(() => issuedPass(options, { at, request, policy, register, key }));
};

/** What {@link issueFromOptions} read, each a value or the error of reading it. */
interface IssueInputs {
  readonly at: Result.Result<Date, TaggedErrorLike>;
  readonly request: Result.Result<AccessPass.PassRequest, TaggedErrorLike>;
  readonly policy: Result.Result<AccessPass.PassPolicy, TaggedErrorLike>;
  readonly register: Result.Result<AccessPass.PassRegister, TaggedErrorLike>;
  readonly key: Result.Result<PassNode.PassSigningKey, TaggedErrorLike>;
}

/** The steps of {@link issueFromOptions} once its files are read. */
function* issuedPass(
  options: IssueOptions,
  { at, request, policy, register, key }: IssueInputs,
): Generator<Result.Result<unknown, TaggedErrorLike>, Issued> {
  const issuedAt = yield* at;
  const [requested, rules, passes] = [yield* request, yield* policy, yield* register];
  const serial = yield* decode(
    PassIdSchema,
    options.serial ?? `P-${issuedAt.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`,
  );
  const signing = yield* key;
  const issued = AccessPass.issuePass(requested, rules, issuedAt, serial, passes);
  if (Result.isFailure(issued))
    return { issued: false, issues: issued.failure.issues, omitted: issued.failure.omitted };
  return {
    issued: true,
    pass: issued.success,
    token: PassNode.signPassToken(issued.success, signing),
    keyId: signing.keyId,
    policy: rules,
  };
}

/** The refusal of `pass issue` and `pass card`: exit 1 with every unmet requirement (the first 100 listed). @internal */
export const refusedOutcome = ({ issues, omitted }: Extract<Issued, { issued: false }>): Outcome => {
  const count = issues.length + omitted;
  return {
    exitCode: 1,
    json: { issued: false, issues, omitted },
    text: `pass refused: ${count} unmet requirement${count === 1 ? "" : "s"}${omitted > 0 ? ` (the first ${issues.length} listed)` : ""}\n${renderTable(
      ["path", "expected", "received"],
      issues.map((i) => [i.path, i.expected, i.received]),
    )}`,
  };
};

/** The readable table of a pass or of a token's claims. @internal */
export const passText = (pass: AccessPass.PassClaims & Partial<Pick<AccessPass.Pass, "holder" | "issuedAt">>): string =>
  renderTable(
    ["field", "value"],
    [
      ["pass", pass.id],
      ["category", pass.category],
      ...(pass.holder === undefined ? [] : [["holder", `${pass.holder.name} (${pass.holder.organization})`]]),
      ["duty station", `${pass.dutyStation}${pass.stationBound ? " only" : " (valid at every duty station)"}`],
      ["zones", pass.zones.join(", ")],
      ["escort", pass.escortRequired ? "required" : "not required"],
      ["valid from", pass.validFrom],
      ["valid until", `${pass.validUntil} (exclusive)`],
    ],
  );
