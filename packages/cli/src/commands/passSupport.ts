import * as Result from "effect/Result";
import { AccessPass, parseInstant, type TaggedErrorLike } from "@unsms/sdk";
import { AccessPass as AccessPassSchemas, decode, PassIdSchema } from "@unsms/sdk/schema";
import * as PassNode from "@unsms/access-pass/node";
import type { CommandContext } from "../CommandContext";
import { InputError, UsageError } from "../internal/CliError";
import { renderTable } from "../internal/renderTable";
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

/** A file-system failure as an exit-2 error naming the file. @internal */
export const fileError = (path: string, action: string, cause: unknown): InputError => {
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "failed";
  const why: Record<string, string> = {
    EEXIST: "it exists (use --force to replace it)",
    ENOENT: "no such file or folder",
    EISDIR: "it is a directory",
    EACCES: "permission denied",
    ENOSPC: "no space left on the device",
    ENOTDIR: "a part of the path is not a folder",
  };
  return new InputError({
    message: `cannot ${action} ${JSON.stringify(path)}: ${why[code] ?? code}`,
    path,
    expected: `a file that can be ${action === "write" ? "written" : "read"}`,
    received: code,
  });
};

/** @internal */
export const readSigningKey = async (
  context: CommandContext,
  path: string,
): Promise<Result.Result<PassNode.PassSigningKey, TaggedErrorLike>> => {
  const text = await context.readTextFile(path);
  return Result.isFailure(text) ? Result.fail(text.failure) : PassNode.signingKeyFromPem(text.success);
};

/** The trusted keys of PEM files (SPKI) and JWK Set files, told apart by their content. @internal */
const readTrustedKeys = async (
  context: CommandContext,
  paths: ReadonlyArray<string>,
): Promise<Result.Result<ReadonlyArray<PassNode.PassVerifyingKey>, TaggedErrorLike>> => {
  const keys: Array<PassNode.PassVerifyingKey> = [];
  for (const path of paths) {
    const text = await context.readTextFile(path);
    if (Result.isFailure(text)) return Result.fail(text.failure);
    const read = text.success.trimStart().startsWith("{")
      ? PassNode.verifyingKeysFromJwks(text.success)
      : Result.map(PassNode.verifyingKeyFromPem(text.success), (key) => [key]);
    if (Result.isFailure(read))
      return Result.fail(
        new InputError({
          message: `${path}: ${read.failure.message}`,
          path,
          expected: read.failure.expected,
          received: read.failure.received,
        }),
      );
    keys.push(...read.success);
  }
  return Result.succeed(keys);
};

/** The checkpoint options of `pass verify` and `pass scan`. @internal */
export interface CheckpointOptions {
  readonly keys: ReadonlyArray<string>;
  readonly revoked?: string;
  readonly zone?: string;
  readonly station?: string;
  readonly skew?: string;
}

/** The checkpoint of the options: trusted keys, the opened revocation list, zone, station, skew. @internal */
export const readCheckpoint = async (
  context: CommandContext,
  options: CheckpointOptions,
): Promise<Result.Result<PassNode.Checkpoint, TaggedErrorLike>> => {
  if (options.skew !== undefined && !/^\d{1,5}$/.test(options.skew)) {
    return Result.fail(
      new UsageError({ message: `--skew must be a whole number of seconds (got ${JSON.stringify(options.skew)})` }),
    );
  }
  const trustedKeys = await readTrustedKeys(context, options.keys);
  if (Result.isFailure(trustedKeys)) return Result.fail(trustedKeys.failure);
  let revocations = AccessPass.noRevocationList();
  if (options.revoked !== undefined) {
    const text = await context.readTextFile(options.revoked);
    if (Result.isFailure(text)) return Result.fail(text.failure);
    const list = PassNode.openRevocationList(text.success, trustedKeys.success);
    if (Result.isFailure(list)) return Result.fail(list.failure);
    revocations = list.success;
  }
  return Result.succeed({
    trustedKeys: trustedKeys.success,
    revocations,
    ...(options.zone === undefined ? {} : { zone: options.zone }),
    ...(options.station === undefined ? {} : { dutyStation: options.station }),
    ...(options.skew === undefined ? {} : { clockSkewSeconds: Number(options.skew) }),
  });
};

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
      readonly issues: ReadonlyArray<{
        readonly path: string;
        readonly expected: string;
        readonly received: string;
        readonly message: string;
      }>;
    };

/** Reads the request, policy, register and key, issues the pass and signs its token. @internal */
export const issueFromOptions = async (
  context: CommandContext,
  options: IssueOptions,
): Promise<Result.Result<Issued, TaggedErrorLike>> => {
  const at = instantOption(options.at, context.io.now(), "--at");
  if (Result.isFailure(at)) return Result.fail(at.failure);
  const input = await context.readJsonInput(options.input);
  if (Result.isFailure(input)) return Result.fail(input.failure);
  const request = decode(AccessPassSchemas.PassRequestSchema, input.success);
  if (Result.isFailure(request)) return Result.fail(request.failure);
  let policy: AccessPass.PassPolicy = AccessPass.defaultPassPolicy;
  if (options.policy !== undefined) {
    const policyJson = await context.readJsonInput(options.policy);
    if (Result.isFailure(policyJson)) return Result.fail(policyJson.failure);
    const decoded = decode(AccessPassSchemas.PassPolicySchema, policyJson.success);
    if (Result.isFailure(decoded)) return Result.fail(decoded.failure);
    policy = decoded.success;
  }
  let register: AccessPass.PassRegister = [];
  if (options.register !== undefined) {
    const registerJson = await context.readJsonInput(options.register);
    if (Result.isFailure(registerJson)) return Result.fail(registerJson.failure);
    const decoded = decode(AccessPassSchemas.PassRegisterSchema, registerJson.success);
    if (Result.isFailure(decoded)) return Result.fail(decoded.failure);
    register = decoded.success;
  }
  const serial = decode(
    PassIdSchema,
    options.serial ?? `P-${at.success.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`,
  );
  if (Result.isFailure(serial)) return Result.fail(serial.failure);
  const key = await readSigningKey(context, options.key);
  if (Result.isFailure(key)) return Result.fail(key.failure);
  const issued = AccessPass.issuePass(request.success, policy, at.success, serial.success, register);
  if (Result.isFailure(issued)) return Result.succeed({ issued: false, issues: issued.failure.issues });
  return Result.succeed({
    issued: true,
    pass: issued.success,
    token: PassNode.signPassToken(issued.success, key.success),
    keyId: key.success.keyId,
    policy,
  });
};

/** The refusal of `pass issue` and `pass card`: exit 1 with every unmet requirement. @internal */
export const refusedOutcome = (issues: Extract<Issued, { issued: false }>["issues"]): Outcome => ({
  exitCode: 1,
  json: { issued: false, issues },
  text: `pass refused: ${issues.length} unmet requirement${issues.length === 1 ? "" : "s"}\n${renderTable(
    ["path", "expected", "received"],
    issues.map((i) => [i.path, i.expected, i.received]),
  )}`,
});

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
