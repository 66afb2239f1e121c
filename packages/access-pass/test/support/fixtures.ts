import { readdirSync, readFileSync } from "node:fs";
import { generateKeyPairSync } from "node:crypto";
import { fileURLToPath } from "node:url";
import { fc } from "@fast-check/vitest";
import { type PassId } from "@unsms/core";
import { decode, PassIdSchema } from "@unsms/core/schema";
import * as Result from "effect/Result";
import type { HolderRole, Pass, PassCategory, PassRequest, RegisterEntry } from "@unsms/access-pass";
import { PassCategorySchema, PassRequestSchema } from "@unsms/access-pass/schema";
import { makeSigningKey, makeVerifyingKey } from "@unsms/access-pass/node";
const examplesDir = fileURLToPath(new URL("../../../../docs/examples/access-pass/", import.meta.url));

/** The sample request of every category, as shipped in docs/examples/access-pass. */
export const sampleRequests: ReadonlyArray<readonly [PassCategory, PassRequest]> = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const request = Result.getOrThrow(
      decode(PassRequestSchema, JSON.parse(readFileSync(`${examplesDir}${f}`, "utf8"))),
    );
    return [request.category, request] as const;
  });

export const sampleFile = (category: string): string => readFileSync(`${examplesDir}${category}.json`, "utf8");

export const serial = (text: string): PassId => Result.getOrThrow(decode(PassIdSchema, text));

export const keyPair = () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    signing: Result.getOrThrow(makeSigningKey(privateKey)),
    verifying: Result.getOrThrow(makeVerifyingKey(publicKey)),
    privateKey,
    publicKey,
  };
};

export const categories: ReadonlyArray<PassCategory> = PassCategorySchema.options;

/** Instants between 2010 and 2090, to the millisecond. */
export const instantArb = fc
  .integer({ min: Date.UTC(2010, 0, 1), max: Date.UTC(2090, 0, 1) })
  .map((ms) => new Date(ms));

export const serialArb = fc.stringMatching(/^[A-Z]{2}-[0-9A-Za-z-]{1,20}$/).map(serial);

/**
 * A pass as a register stores it (a visitor's at New York, valid a day from 30 June 2006),
 * with the fields a test changes given in `fields`: the one sample pass of the tests.
 */
export const storedPass = (fields: Partial<Record<keyof Pass, unknown>> = {}): Pass =>
  ({
    id: "NY-1",
    category: "visitor",
    dutyStation: "New York",
    holder: { name: "A", organization: "B" },
    zones: ["grounds"],
    stationBound: true,
    escortRequired: true,
    issuedAt: "2006-06-30T12:00:00Z",
    validFrom: "2006-06-30T12:00:00Z",
    validUntil: "2006-07-01T12:00:00Z",
    renewals: 0,
    ...fields,
  }) as Pass;

/**
 * A register line made from an entry a property drew: a pass of `entry.category` at
 * `entry.dutyStation` held by "H" of `entry.organization` (in `entry.role` where it has one),
 * in `entry.status` since 1 January 2006, with the pass's other fields as `fields` sets them.
 */
export const registerLine = (
  id: string,
  entry: {
    readonly category: PassCategory;
    readonly dutyStation: string;
    readonly organization: string;
    readonly role: HolderRole | undefined;
    readonly status: RegisterEntry["status"];
  },
  fields: Partial<Record<keyof Pass, unknown>>,
): RegisterEntry => ({
  pass: storedPass({
    id,
    category: entry.category,
    dutyStation: entry.dutyStation,
    holder:
      entry.role === undefined
        ? { name: "H", organization: entry.organization }
        : { name: "H", organization: entry.organization, role: entry.role },
    ...fields,
  }),
  status: entry.status,
  changedAt: "2006-01-01T00:00:00Z",
});
