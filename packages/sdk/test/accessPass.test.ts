import { generateKeyPairSync } from "node:crypto";
import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import { makeSigningKey, makeVerifyingKey, signPassToken, verifyPassToken } from "@unsms/access-pass/node";
import { AccessPass } from "@unsms/sdk";
import { AccessPass as AccessPassSchemas, decode, PassIdSchema } from "@unsms/sdk/schema";

describe("AccessPass through the sdk", () => {
  test("issues a pass (sdk), signs and verifies its token (@unsms/access-pass/node)", () => {
    const keys = generateKeyPairSync("ed25519");
    const request = Result.getOrThrow(
      decode(AccessPassSchemas.PassRequestSchema, {
        category: "visitor",
        dutyStation: "Vienna",
        holder: { name: "A. Visitor", organization: "Public" },
        sponsor: "UNOV Visitors Service",
        identityDocuments: [{ kind: "passport", number: "P1" }],
      }),
    );
    const pass = Result.getOrThrow(
      AccessPass.issuePass(
        request,
        AccessPass.defaultPassPolicy,
        new Date("2006-06-30T08:00:00Z"),
        Result.getOrThrow(decode(PassIdSchema, "VI-1")),
      ),
    );
    const token = signPassToken(pass, Result.getOrThrow(makeSigningKey(keys.privateKey)));
    const gate = {
      trustedKeys: [Result.getOrThrow(makeVerifyingKey(keys.publicKey))],
      revocations: AccessPass.noRevocationList(),
      zone: "grounds",
      dutyStation: "Vienna",
    };
    expect(Result.getOrThrow(verifyPassToken(token, gate, new Date("2006-06-30T09:00:00Z")))).toEqual(
      AccessPass.passClaimsOf(pass),
    );
    const elsewhere = verifyPassToken(token, { ...gate, dutyStation: "Geneva" }, new Date("2006-06-30T09:00:00Z"));
    expect(Result.isFailure(elsewhere) && elsewhere.failure.reason).toBe("wrong-duty-station");
  });
});
