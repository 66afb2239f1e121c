import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import type { PassId } from "@unsms/core";
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

describe("no secrets echoed (docs/reliability.md)", () => {
  const secret = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n";
  const receivedOf = (text: string) => {
    const opened = openRevocationList(text, [office.verifying]);
    if (Result.isSuccess(opened)) throw new Error("a list that is not a token was opened");
    return opened.failure.received;
  };

  it("a file that is not a token is told by its size, never by its start", () => {
    const received = receivedOf(secret);
    expect(received).toBe("a text of 62 characters and 0 dots");
    expect(received).not.toContain("AWS");
  });

  it("a header that is not base64url is told by its size", () => {
    expect(receivedOf(`${secret.trim()}.e30.${"A".repeat(86)}`)).toBe("a text of 62 characters");
  });

  test.prop([fc.string({ minLength: 11 }), fc.string({ minLength: 11 }), fc.string({ minLength: 11 })])(
    "an error shows at most ten characters of the offending part",
    (header, payload, signature) => {
      const received = receivedOf(`${Buffer.from(header).toString("base64url")}.${payload}.${signature}`);
      // ten characters, JSON-escaped (at most six characters each), quoted, with an ellipsis
      const shown = received.startsWith('"') ? (JSON.parse(received.replace(/…"$/, '"')) as string) : "";
      expect(shown.length).toBeLessThanOrEqual(10);
    },
  );
});

describe("signRevocationList", () => {
  it("more than 1 000 000 ids (a sparse array claiming 2^32 - 1) give no list, at once", () => {
    const passIds = Object.assign([], { length: 2 ** 32 - 1 }) as ReadonlyArray<PassId>;
    expect(signRevocationList({ issuedAt: "2006-06-30T00:00:00Z", passIds }, office.signing)).toBe("");
  });
});
