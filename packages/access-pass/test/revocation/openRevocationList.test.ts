import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect } from "vitest";
import { openRevocationList, signRevocationList } from "@unsms/access-pass/node";
import { keyPair, serialArb } from "../support/fixtures";

const office = keyPair();
const stranger = keyPair();

describe("signed revocation lists", () => {
  test.prop([fc.uniqueArray(serialArb, { maxLength: 20 }), fc.integer({ min: 0, max: 4_000_000_000 })])(
    "open(sign(list)) gives back the list",
    (ids, seconds) => {
      const issuedAt = `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`;
      const list = Result.getOrThrow(
        openRevocationList(signRevocationList({ issuedAt, passIds: ids }, office.signing), [office.verifying]),
      );
      expect([...list.revoked].sort()).toEqual([...ids].sort());
      expect(list.issuedAt).toBe(issuedAt);
      expect(list.keyId).toBe(office.signing.keyId);
    },
  );

  test.prop([fc.uniqueArray(serialArb, { minLength: 1, maxLength: 5 }), fc.nat()])(
    "an altered or foreign list is rejected",
    (ids, position) => {
      const signed = signRevocationList({ issuedAt: "2006-06-30T00:00:00Z", passIds: ids }, office.signing);
      const index = position % signed.length;
      const altered = signed.slice(0, index) + (signed[index] === "A" ? "B" : "A") + signed.slice(index + 1);
      expect(Result.isFailure(openRevocationList(altered, [office.verifying]))).toBe(true);
      const foreign = openRevocationList(
        signRevocationList({ issuedAt: "2006-06-30T00:00:00Z", passIds: ids }, stranger.signing),
        [office.verifying],
      );
      expect(Result.isFailure(foreign) && foreign.failure.reason).toBe("unknown-key");
    },
  );
});
