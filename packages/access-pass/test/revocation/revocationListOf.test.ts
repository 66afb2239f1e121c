import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { maxClockSkewSeconds, revocationListOf, type PassRegister } from "@unsms/access-pass";
import { openRevocationList, signPassToken, signRevocationList, verifyPassToken } from "@unsms/access-pass/node";
import { PassRegisterSchema } from "@unsms/access-pass/schema";
import { keyPair } from "../support/fixtures";

// Sign/verify round trips under a shared, loaded CI machine: generous time, never fewer runs.

const office = keyPair();
const register: PassRegister = Result.getOrThrow(
  decode(
    PassRegisterSchema,
    JSON.parse(
      readFileSync(new URL("../../../../docs/examples/access-pass/gate/register.json", import.meta.url), "utf8"),
    ),
  ),
);
const revoked = register[0]!.pass; // NY-2006-070828, revoked, valid until 2007-01-01T00:00:00Z
const end = Date.parse(revoked.validUntil);
const day = maxClockSkewSeconds * 1000;
const listedAt = (ms: number) => Result.getOrThrow(revocationListOf(register, new Date(ms))).passIds;

/** The checkpoint's answer at `checkpointMs`, with the list the office issued at `listMs`. */
const gateAnswer = (listMs: number, checkpointMs: number, clockSkewSeconds?: number) => {
  const list = signRevocationList(Result.getOrThrow(revocationListOf(register, new Date(listMs))), office.signing);
  const gate = {
    trustedKeys: [office.verifying],
    revocations: Result.getOrThrow(openRevocationList(list, [office.verifying])),
    ...(clockSkewSeconds === undefined ? {} : { clockSkewSeconds }),
  };
  return verifyPassToken(signPassToken(revoked, office.signing), gate, new Date(checkpointMs));
};

describe("revocationListOf keeps a revoked pass while a checkpoint could admit it", () => {
  it("a list issued one second after the pass's end still lists it, so the checkpoint refuses it as revoked", () => {
    expect(revoked.id).toBe("NY-2006-070828");
    expect(listedAt(end + 1000)).toEqual(["NY-2006-070828"]);
    const answer = gateAnswer(end + 1000, end + 1000);
    expect(Result.isFailure(answer) && answer.failure.reason).toBe("revoked");
  });

  it("the boundary: listed until 2 × maxClockSkewSeconds after the end, exclusive", () => {
    expect(listedAt(end - 1000)).toEqual([revoked.id]);
    expect(listedAt(end)).toEqual([revoked.id]);
    expect(listedAt(end + day)).toEqual([revoked.id]);
    expect(listedAt(end + 2 * day - 1000)).toEqual([revoked.id]);
    expect(listedAt(end + 2 * day - 1)).toEqual([revoked.id]); // the time is floored to the second
    expect(listedAt(end + 2 * day)).toEqual([]);
    expect(listedAt(end + 3 * day)).toEqual([]);
  });

  test.prop([
    fc.integer({ min: -2 * maxClockSkewSeconds, max: 3 * maxClockSkewSeconds }),
    fc.integer({ min: 0, max: maxClockSkewSeconds }),
    fc.integer({ min: -maxClockSkewSeconds, max: maxClockSkewSeconds }),
  ])(
    "law: whenever the list is issued and however a checkpoint's skew and clock (off by up to a day) are set, the revoked pass is never admitted",
    (listSecondsAfterEnd, skew, clockOffsetSeconds) => {
      const listMs = end + listSecondsAfterEnd * 1000;
      // the checkpoint reads the list at the same real time, on a clock off by the offset
      const answer = gateAnswer(listMs, listMs + clockOffsetSeconds * 1000, skew);
      expect(Result.isFailure(answer) && ["revoked", "expired"].includes(answer.failure.reason)).toBe(true);
    },
  );
});
