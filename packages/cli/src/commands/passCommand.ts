import { generateKeyPairSync } from "node:crypto";
import type { Command } from "commander";
import * as Result from "effect/Result";
import { AccessPass, type TaggedErrorLike } from "@unsms/sdk";
import { decode, PassIdSchema } from "@unsms/sdk/schema";
import type { CommandContext } from "../CommandContext";
import type { CommandModule } from "../CommandModule";
import { UsageError } from "../internal/CliError";
import { renderTable } from "../internal/renderTable";

type Pass = AccessPass.Pass;

const parseInstant = (text: string | undefined, fallback: Date, flag: string): Result.Result<Date, TaggedErrorLike> => {
  if (text === undefined) return Result.succeed(fallback);
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isFinite(ms)
    ? Result.succeed(new Date(ms))
    : Result.fail(new UsageError({ message: `${flag} must be an ISO 8601 date-time with an offset, e.g. 2006-06-30T12:00:00Z (got ${JSON.stringify(text)})` }));
};

const passText = (pass: AccessPass.PassClaims & Partial<Pick<Pass, "holder" | "issuedAt">>): string =>
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

const keygen = (program: Command, context: CommandContext): void => {
  program
    .command("keygen")
    .description("generate an Ed25519 key pair for signing passes (PEM files); prints the key id")
    .requiredOption("--private <file>", "where to write the private key (PKCS #8 PEM): keep it in the pass office")
    .requiredOption("--public <file>", "where to write the public key (SPKI PEM): give it to the checkpoints")
    .action(async (options: { private: string; public: string }) => {
      const { privateKey, publicKey } = generateKeyPairSync("ed25519");
      const key = Result.getOrThrow(AccessPass.makeSigningKey(privateKey));
      await context.io.writeFile(options.private, privateKey.export({ type: "pkcs8", format: "pem" }).toString());
      await context.io.writeFile(options.public, publicKey.export({ type: "spki", format: "pem" }).toString());
      context.succeed({
        exitCode: 0,
        json: { keyId: key.keyId, private: options.private, public: options.public },
        text: `key id ${key.keyId}\nprivate key: ${options.private} (keep it in the pass office)\npublic key:  ${options.public} (give it to the checkpoints)\n`,
      });
    });
};

const readSigningKey = async (context: CommandContext, path: string): Promise<Result.Result<AccessPass.PassSigningKey, TaggedErrorLike>> => {
  const text = await context.readTextFile(path);
  return Result.isFailure(text) ? Result.fail(text.failure) : AccessPass.signingKeyFromPem(text.success);
};

const issue = (program: Command, context: CommandContext): void => {
  program
    .command("issue")
    .description("issue a pass from a request (unsms schema pass-request) and sign its token; exit 1 listing every unmet requirement")
    .option("--input <file>", "the request JSON (default: standard input)")
    .requiredOption("--key <file>", "the pass office's private key (PEM)")
    .option("--serial <id>", "the pass serial (default: P- and the issuing time)")
    .option("--at <iso-time>", "the issuing time (default: now)")
    .option("--policy <file>", "an agency pass policy JSON (unsms schema pass-policy; default: the unsms default policy)")
    .option("--register <file>", "the pass register JSON (unsms schema pass-register), to apply the passes-per-organization limits")
    .action(async (options: { input?: string; key: string; serial?: string; at?: string; policy?: string; register?: string }) => {
      const at = parseInstant(options.at, context.io.now(), "--at");
      if (Result.isFailure(at)) return context.respond(at);
      const input = await context.readJsonInput(options.input);
      if (Result.isFailure(input)) return context.respond(input);
      const request = decode(AccessPass.PassRequestSchema, input.success);
      if (Result.isFailure(request)) return context.respond(request);
      let policy: AccessPass.PassPolicy = AccessPass.defaultPassPolicy;
      if (options.policy !== undefined) {
        const policyJson = await context.readJsonInput(options.policy);
        if (Result.isFailure(policyJson)) return context.respond(policyJson);
        const decoded = decode(AccessPass.PassPolicySchema, policyJson.success);
        if (Result.isFailure(decoded)) return context.respond(decoded);
        policy = decoded.success;
      }
      let register: AccessPass.PassRegister = [];
      if (options.register !== undefined) {
        const registerJson = await context.readJsonInput(options.register);
        if (Result.isFailure(registerJson)) return context.respond(registerJson);
        const decoded = decode(AccessPass.PassRegisterSchema, registerJson.success);
        if (Result.isFailure(decoded)) return context.respond(decoded);
        register = decoded.success;
      }
      const serial = decode(PassIdSchema, options.serial ?? `P-${at.success.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`);
      if (Result.isFailure(serial)) return context.respond(serial);
      const key = await readSigningKey(context, options.key);
      if (Result.isFailure(key)) return context.respond(key);
      const issued = AccessPass.issuePass(request.success, policy, at.success, serial.success, register);
      if (Result.isFailure(issued)) {
        const { issues } = issued.failure;
        return context.succeed({
          exitCode: 1,
          json: { issued: false, issues },
          text: `pass refused: ${issues.length} unmet requirement${issues.length === 1 ? "" : "s"}\n${renderTable(["path", "expected", "received"], issues.map((i) => [i.path, i.expected, i.received]))}`,
        });
      }
      const token = AccessPass.signPassToken(issued.success, key.success);
      context.succeed({ exitCode: 0, json: { pass: issued.success, token }, text: `${passText(issued.success)}\ntoken (key ${key.success.keyId}):\n${token}\n` });
    });
};

const verify = (program: Command, context: CommandContext): void => {
  program
    .command("verify")
    .description("verify a pass token offline at a checkpoint; exit 0 and the pass when valid, exit 1 and the reason when refused")
    .argument("<token>", "the pass token (UNP1.EdDSA.…)")
    .requiredOption("--keys <files...>", "the trusted public keys (PEM), all of them during a key rotation")
    .option("--revoked <file>", "the signed revocation list (unsms pass revocations); without it revocation is not checked")
    .option("--zone <zone>", "the checkpoint's zone (default: not checked)")
    .option("--station <station>", "the checkpoint's duty station (default: not checked)")
    .option("--at <iso-time>", "the time of the check (default: now)")
    .option("--skew <seconds>", `the clock-skew tolerance in seconds (default ${AccessPass.defaultClockSkewSeconds})`)
    .action(async (token: string, options: { keys: ReadonlyArray<string>; revoked?: string; zone?: string; station?: string; at?: string; skew?: string }) => {
      const at = parseInstant(options.at, context.io.now(), "--at");
      if (Result.isFailure(at)) return context.respond(at);
      if (options.skew !== undefined && !/^\d{1,5}$/.test(options.skew)) {
        return context.fail(new UsageError({ message: `--skew must be a whole number of seconds (got ${JSON.stringify(options.skew)})` }));
      }
      const trustedKeys: Array<AccessPass.PassVerifyingKey> = [];
      for (const path of options.keys) {
        const text = await context.readTextFile(path);
        if (Result.isFailure(text)) return context.respond(text);
        const key = AccessPass.verifyingKeyFromPem(text.success);
        if (Result.isFailure(key)) return context.respond(key);
        trustedKeys.push(key.success);
      }
      let revocations = AccessPass.noRevocationList();
      if (options.revoked !== undefined) {
        const text = await context.readTextFile(options.revoked);
        if (Result.isFailure(text)) return context.respond(text);
        const list = AccessPass.openRevocationList(text.success, trustedKeys);
        if (Result.isFailure(list)) return context.respond(list);
        revocations = list.success;
      }
      const checkpoint: AccessPass.Checkpoint = {
        trustedKeys,
        revocations,
        ...(options.zone === undefined ? {} : { zone: options.zone }),
        ...(options.station === undefined ? {} : { dutyStation: options.station }),
        ...(options.skew === undefined ? {} : { clockSkewSeconds: Number(options.skew) }),
      };
      const verified = AccessPass.verifyPassToken(token, checkpoint, at.success);
      if (Result.isFailure(verified)) {
        const { reason, message } = verified.failure;
        return context.succeed({ exitCode: 1, json: { valid: false, reason }, text: `REFUSED (${reason}): ${message}\n` });
      }
      const warning = options.revoked === undefined ? "warning: no revocation list given: revocation was not checked\n" : "";
      context.succeed({ exitCode: 0, json: { valid: true, pass: verified.success }, text: `VALID\n${passText(verified.success)}${warning}` });
    });
};

const revocations = (program: Command, context: CommandContext): void => {
  program
    .command("revocations")
    .description("sign the revocation list of a pass register (unsms schema pass-register) for the checkpoints")
    .option("--input <file>", "the register JSON (default: standard input)")
    .requiredOption("--key <file>", "the pass office's private key (PEM)")
    .option("--at <iso-time>", "the issuing time of the list (default: now)")
    .action(async (options: { input?: string; key: string; at?: string }) => {
      const at = parseInstant(options.at, context.io.now(), "--at");
      if (Result.isFailure(at)) return context.respond(at);
      const input = await context.readJsonInput(options.input);
      if (Result.isFailure(input)) return context.respond(input);
      const register = decode(AccessPass.PassRegisterSchema, input.success);
      if (Result.isFailure(register)) return context.respond(register);
      const key = await readSigningKey(context, options.key);
      if (Result.isFailure(key)) return context.respond(key);
      const entries = AccessPass.revocationListOf(register.success, at.success);
      const signed = AccessPass.signRevocationList(entries, key.success);
      context.succeed({ exitCode: 0, json: { issuedAt: entries.issuedAt, passIds: entries.passIds, revocationList: signed }, text: `${signed}\n` });
    });
};

const workload = (program: Command, context: CommandContext): void => {
  program
    .command("workload")
    .description("pass office workload (A/61/531 Table 2): rows of unsms schema pass-workload, their total and planning ratios")
    .option("--input <file>", "a JSON array of workload rows (default: standard input)")
    .option("--officers <n>", "pass-unit officers, for passes per officer (applied to the total)")
    .action(async (options: { input?: string; officers?: string }) => {
      if (options.officers !== undefined && !/^\d{1,6}$/.test(options.officers)) {
        return context.fail(new UsageError({ message: `--officers must be a whole number (got ${JSON.stringify(options.officers)})` }));
      }
      const input = await context.readJsonInput(options.input);
      if (Result.isFailure(input)) return context.respond(input);
      const rows = decode(AccessPass.PassWorkloadSchema.array().min(1), input.success);
      if (Result.isFailure(rows)) return context.respond(rows);
      const total = AccessPass.totalPassWorkload(rows.success);
      const officers = options.officers === undefined ? undefined : Number(options.officers);
      const all = [...rows.success.map((row) => AccessPass.passWorkloadRatios(row)), AccessPass.passWorkloadRatios(total, officers)];
      const table = [...rows.success, total].map((row, i) => [
        row.dutyStation,
        String(row.specialEvents),
        String(row.vipVisits),
        String(row.visitors),
        String(row.passesIssued),
        all[i]?.passesPerVisitor?.rounded ?? "-",
        all[i]?.passesPerEvent?.rounded ?? "-",
      ]);
      const perOfficer = all[all.length - 1]?.passesPerOfficer?.rounded;
      context.succeed({
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
      });
    });
};

/**
 * `unsms pass keygen | issue | verify | revocations | workload`: grounds passes (A/61/531 ¶38–39).
 *
 * @internal
 */
export const passCommand: CommandModule = {
  register: (program, context) => {
    const pass = program.command("pass").description("grounds passes: keys, issuance, offline verification, revocation lists");
    keygen(pass, context);
    issue(pass, context);
    verify(pass, context);
    revocations(pass, context);
    workload(pass, context);
  },
};
