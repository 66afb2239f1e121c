import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { resolve } from "node:path";
import type { Command } from "commander";
import * as Result from "effect/Result";
import { AccessPass, type TaggedErrorLike } from "@unsms/sdk";
import { AccessPass as AccessPassSchemas, decode, decodeInput } from "@unsms/sdk/schema";
import * as PassNode from "@unsms/access-pass/node";
import type { CommandContext } from "../CommandContext";
import type { Outcome } from "../Outcome";
import { InputError, UsageError } from "../internal/CliError";
import { fileError } from "../internal/fileError";
import type { DecodedInput } from "../internal/inputAction";
import { passWorkloadCells } from "../internal/passWorkloadCells";
import { renderTable } from "../internal/renderTable";
import { writeFiles } from "../internal/writeFiles";
import { passCardCommand } from "./passCardCommand";
import { commandModule } from "../internal/commandModule";
import { passScanCommand } from "./passScanCommand";
import {
  type CheckpointOptions,
  checkAtGate,
  instantOption,
  issueFromOptions,
  passText,
  readCheckpoint,
  readSigningKey,
  refusedOutcome,
  withCheckpointOptions,
} from "./passSupport";

/** The options of `unsms pass keygen`. */
interface KeygenOptions {
  readonly private: string;
  readonly public: string;
  readonly jwks?: boolean;
  readonly force?: boolean;
}

const keygen = (program: Command, context: CommandContext): void => {
  program
    .command("keygen")
    .description(
      "generate an Ed25519 key pair for signing passes: PEM files (PKCS #8 private, mode 0600; SPKI public); prints the key id, or the public JWK Set with --jwks",
    )
    .requiredOption(
      "--private <file>",
      "where to write the private key (PKCS #8 PEM, mode 0600): keep it in the pass office",
    )
    .requiredOption("--public <file>", "where to write the public key (SPKI PEM): give it to the checkpoints")
    .option("--jwks", "print the public key as a JWK Set (RFC 7517) for checkpoints and other systems")
    .option("--force", "replace existing key files (never done without it)")
    .action(async (options: KeygenOptions) => {
      if (resolve(options.private) === resolve(options.public)) {
        return context.fail(
          new UsageError({
            message: `--private and --public must be two different files (both are ${JSON.stringify(options.private)})`,
          }),
        );
      }
      const { privateKey, publicKey } = generateKeyPairSync("ed25519");
      const overwrite = options.force === true;
      // all or nothing, the public key put in place first: a failure leaves no new private key
      const files = [
        {
          path: options.public,
          content: publicKey.export({ type: "spki", format: "pem" }).toString(),
          options: { mode: 0o644, overwrite },
          flag: "--public",
        },
        {
          path: options.private,
          content: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
          options: { mode: 0o600, overwrite },
          flag: "--private",
        },
      ] as const;
      const failed = await writeFiles(context.io, files);
      if (failed !== undefined) {
        const { path, flag } = files[failed.index] as (typeof files)[number];
        return context.fail(fileError({ action: "write", source: JSON.stringify(path), flag, cause: failed.cause }));
      }
      return context.respond(Result.gen(() => keygenOutcome(privateKey, options)));
    });
};

/** The steps of {@link keygen} once the key files are written. */
function* keygenOutcome(privateKey: KeyObject, options: KeygenOptions) {
  const key = yield* PassNode.makeSigningKey(privateKey);
  const set = yield* PassNode.jwksOf([key]);
  const { keyId } = key;
  return {
    exitCode: 0,
    json: { keyId, private: options.private, public: options.public, jwks: set },
    text:
      options.jwks === true
        ? `${JSON.stringify(set, null, 2)}\n`
        : `key id ${keyId}\nprivate key: ${options.private} (mode 0600: keep it in the pass office)\npublic key:  ${options.public} (give it to the checkpoints)\n`,
  } satisfies Outcome;
}

const issue = (program: Command, context: CommandContext): void => {
  program
    .command("issue")
    .description(
      "issue a pass from a request (unsms schema pass-request) and sign its token (JWS compact, EdDSA); exit 1 listing every unmet requirement",
    )
    .option("--input <file>", "the request JSON (default: standard input)")
    .requiredOption("--key <file>", "the pass office's private key (PEM)")
    .option("--serial <id>", "the pass serial (default: P- and the issuing time)")
    .option("--at <iso-time>", "the issuing time, RFC 3339 with an offset (default: now)")
    .option(
      "--policy <file>",
      "an agency pass policy JSON (unsms schema pass-policy; default: the unsms default policy)",
    )
    .option(
      "--register <file>",
      "the pass register JSON (unsms schema pass-register), to apply the passes-per-organization limits",
    )
    .action(
      async (options: {
        input?: string;
        key: string;
        serial?: string;
        at?: string;
        policy?: string;
        register?: string;
      }) => {
        const issued = await issueFromOptions(context, options);
        return context.respond(
          Result.map(issued, (outcome) => {
            if (!outcome.issued) return refusedOutcome(outcome);
            const { pass, token, keyId } = outcome;
            return {
              exitCode: 0,
              json: { pass, token },
              text: `${passText(pass)}\ntoken (key ${keyId}):\n${token}\n`,
            } satisfies Outcome;
          }),
        );
      },
    );
};

const verify = (program: Command, context: CommandContext): void => {
  withCheckpointOptions(program.command("verify"))
    .description(
      "verify a pass token offline at a checkpoint; exit 0 and the pass when valid, exit 1 and the reason when refused",
    )
    .argument("<token>", "the pass token (JWS compact)")
    .action(async (token: string, options: CheckpointOptions) => {
      const at = instantOption(options.at, context.io.now(), "--at");
      const checkpoint = await readCheckpoint(context, options);
      return context.respond(Result.gen(() => verifyOutcome(options, at, checkpoint, token)));
    });
};

/** The steps of {@link verify}. */
function* verifyOutcome(
  options: CheckpointOptions,
  at: Result.Result<Date, TaggedErrorLike>,
  checkpoint: Result.Result<PassNode.Checkpoint, TaggedErrorLike>,
  token: string,
) {
  const gate = yield* checkpoint;
  const time = yield* at;
  const { list, verified } = yield* checkAtGate(options, gate, time, token);
  if (Result.isFailure(verified)) {
    const { reason, message } = verified.failure;
    return {
      exitCode: 1,
      json: { valid: false, reason },
      text: `REFUSED (${reason}): ${message}\n`,
    } satisfies Outcome;
  }
  const listLine =
    list === undefined
      ? "warning: no revocation list given: revocation was not checked\n"
      : `revocation list: issued ${list.issuedAt}, signed by key ${list.keyId}\n`;
  return {
    exitCode: 0,
    json: {
      valid: true,
      pass: verified.success,
      revocationChecked: list !== undefined,
      revocationList: list ?? null,
    },
    text: `VALID\n${passText(verified.success)}${listLine}`,
  } satisfies Outcome;
}

const revocations = (program: Command, context: CommandContext): void => {
  program
    .command("revocations")
    .description(
      "sign the revocation list of a pass register (unsms schema pass-register) for the checkpoints, as a JWS",
    )
    .option("--input <file>", "the register JSON (default: standard input)")
    .requiredOption("--key <file>", "the pass office's private key (PEM)")
    .option("--at <iso-time>", "the issuing time of the list, RFC 3339 with an offset (default: now)")
    .action(async (options: { input?: string; key: string; at?: string }) => {
      const at = instantOption(options.at, context.io.now(), "--at");
      const register = await context.readDecoded(options.input, (input) =>
        decode(AccessPassSchemas.PassRegisterSchema, input),
      );
      const key = await readSigningKey(context, options.key);
      return context.respond(Result.gen(() => revocationsOutcome(at, register, key)));
    });
};

/** The steps of {@link revocations}. */
function* revocationsOutcome(
  at: Result.Result<Date, TaggedErrorLike>,
  register: Result.Result<AccessPass.PassRegister, TaggedErrorLike>,
  key: Result.Result<PassNode.PassSigningKey, TaggedErrorLike>,
) {
  const issuedAt = yield* at;
  const entries = yield* AccessPass.revocationListOf(yield* register, issuedAt);
  const signed = PassNode.signRevocationList(entries, yield* key);
  return {
    exitCode: 0,
    json: { issuedAt: entries.issuedAt, passIds: entries.passIds, revocationList: signed },
    text: `${signed}\n`,
  } satisfies Outcome;
}

/** The options of `unsms pass workload`. */
interface WorkloadOptions {
  readonly input?: string;
  readonly officers?: string;
}

const workload = (program: Command, context: CommandContext): void => {
  program
    .command("workload")
    .description("pass office workload (A/61/531 Table 2): one row per duty station, their total and planning ratios")
    .option("--input <file>", "a JSON array of workload rows, unsms schema pass-workload (default: standard input)")
    .option("--officers <n>", "pass-unit officers, for passes per officer (applied to the total)")
    .action(async (options: WorkloadOptions) => {
      // the registry's schema: what `unsms schema pass-workload` prints is what is read
      const rows = await context.readDecoded(options.input, (input) => decodeInput("pass-workload", input));
      return context.respond(Result.gen(() => workloadOutcome(options, rows)));
    });
};

/** The steps of {@link workload}. */
function* workloadOutcome(options: WorkloadOptions, rows: DecodedInput<"pass-workload">) {
  if (options.officers !== undefined && !/^\d{1,6}$/.test(options.officers))
    return yield* Result.fail(
      new UsageError({
        message: `--officers must be a whole number (got ${JSON.stringify(options.officers)})`,
      }),
    );
  const workload = yield* rows;
  const total = AccessPass.totalPassWorkload(workload);
  const inexact = (["specialEvents", "vipVisits", "visitors", "passesIssued"] as const).find((key) =>
    Number.isNaN(total[key]),
  );
  if (inexact !== undefined)
    return yield* Result.fail(
      new InputError({
        message: `the total of ${inexact} is above 2^53 - 1 and cannot be given exactly`,
        path: `$[*].${inexact}`,
        expected: `a total of at most ${Number.MAX_SAFE_INTEGER}`,
        received: "a larger sum",
      }),
    );
  const officers = options.officers === undefined ? undefined : Number(options.officers);
  const all = [
    ...workload.map((row) => AccessPass.passWorkloadRatios(row)),
    AccessPass.passWorkloadRatios(total, officers),
  ];
  const table = [...workload, total].map((row, i) => passWorkloadCells(row.dutyStation, row, all[i], String));
  const perOfficer = all[all.length - 1]?.passesPerOfficer?.rounded;
  return {
    exitCode: 0,
    json: {
      total,
      ratios: all.map((r) => ({
        dutyStation: r.dutyStation,
        passesPerVisitor: r.passesPerVisitor?.rounded ?? null,
        passesPerEvent: r.passesPerEvent?.rounded ?? null,
        visitorsPerEvent: r.visitorsPerEvent?.rounded ?? null,
        passesPerOfficer: r.passesPerOfficer?.rounded ?? null,
      })),
    },
    text: `${renderTable(["duty station", "events", "VIP visits", "visitors", "passes", "per visitor", "per event"], table)}${perOfficer === undefined ? "" : `passes per pass-unit officer (total): ${perOfficer}\n`}`,
  } satisfies Outcome;
}

/**
 * `unsms pass keygen | issue | card | verify | scan | revocations | workload`: grounds passes (A/61/531 ¶38–39).
 *
 * @internal
 */
export const passCommand = commandModule("pass", (pass, context) => {
  keygen(pass, context);
  issue(pass, context);
  passCardCommand(pass, context);
  verify(pass, context);
  passScanCommand(pass, context);
  revocations(pass, context);
  workload(pass, context);
});
