import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect } from "vitest";
import { defaultPassPolicy, issuePass, registerPass, replaceLostPass, revocationListOf } from "@unsms/access-pass";
import { openRevocationList, signPassToken, signRevocationList, verifyPassToken } from "@unsms/access-pass/node";
import { instantArb, keyPair, sampleRequests, serialArb } from "../support/fixtures";

// Sign/verify round trips under a shared, loaded CI machine: generous time, never fewer runs.

const office = keyPair();

describe("a lost pass at the checkpoint", () => {
  test.prop([fc.constantFrom(...sampleRequests), instantArb, serialArb, serialArb])(
    "once the next revocation list arrives, the lost pass is refused and its replacement accepted",
    ([, request], when, oldId, newId) => {
      fc.pre(oldId !== newId);
      const pass = Result.getOrThrow(issuePass(request, defaultPassPolicy, when, oldId));
      const lostToken = signPassToken(pass, office.signing);
      const register = Result.getOrThrow(registerPass([], pass));
      const { register: next, pass: replacement } = Result.getOrThrow(replaceLostPass(register, oldId, newId, when));
      const list = signRevocationList(Result.getOrThrow(revocationListOf(next, when)), office.signing);
      const gate = {
        trustedKeys: [office.verifying],
        revocations: Result.getOrThrow(openRevocationList(list, [office.verifying])),
        dutyStation: pass.dutyStation,
      };
      const later = new Date(Date.parse(pass.validFrom) + 1000);
      const lost = verifyPassToken(lostToken, gate, later);
      expect(Result.isFailure(lost) && lost.failure.reason).toBe("revoked");
      expect(Result.getOrThrow(verifyPassToken(signPassToken(replacement, office.signing), gate, later)).id).toBe(
        newId,
      );
    },
  );
});
