import { fileURLToPath } from "node:url";
import * as Effect from "effect/Effect";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import * as Main from "@unsms/access-pass";
import * as Node from "@unsms/access-pass/node";
import * as Services from "@unsms/access-pass/services";
import * as Web from "@unsms/access-pass/web";
import { buildHostile } from "../../../tools/vitest/hostile";
import { testNeverThrows } from "../../../tools/vitest/neverThrows";

// Issue 16 item 5: every function of every entry, given hostile values, returns or settles
// (tools/vitest/neverThrows); below, what each kind of function answers instead.
testNeverThrows(fileURLToPath(new URL("..", import.meta.url)));

describe("what each kind of function answers instead", () => {
  const revoked = buildHostile({ special: "revoked proxy" });

  it("Result functions: an error value", () => {
    for (const result of [
      Node.makeSigningKey(revoked as never),
      Node.makeVerifyingKey(revoked as never),
      Node.publicJwkOf(revoked as never),
      Node.jwksOf([revoked] as never),
      Main.revocationListOf(revoked as never, new Date(0)),
      Node.verifyPassToken("a.b.c", revoked as never, new Date(0)),
    ] as ReadonlyArray<Result.Result<unknown, unknown>>)
      expect(Result.isFailure(result)).toBe(true);
    const late = Main.revocationListOf([], new Date(Number.NaN));
    expect(Result.isFailure(late) && late.failure.reason).toBe("invalid-time");
  });

  it("layers: a PassKeyError when built, never an exception", async () => {
    const keyId = Effect.gen(function* () {
      return (yield* Services.PassSigner).keyId;
    });
    for (const layer of [Node.nodePassSigner(revoked as never), Web.webPassSigner(revoked as never)]) {
      const outcome = await Effect.runPromise(Effect.result(Effect.provide(keyId, layer)));
      expect(Result.isFailure(outcome) && outcome.failure._tag).toBe("PassKeyError");
    }
    const store = await Effect.runPromise(
      Effect.result(
        Effect.provide(
          Effect.void.pipe(Effect.andThen(Services.PassTrustStore)),
          Web.webPassTrustStore(revoked as never),
        ),
      ),
    );
    expect(Result.isFailure(store) && store.failure._tag).toBe("PassKeyError");
  });

  it("total functions: their documented inert value", () => {
    expect(Node.signPassToken(revoked as never, revoked as never)).toBe("");
    expect(Node.signRevocationList(revoked as never, revoked as never)).toBe("");
    expect(Main.passClaimsOf(revoked as never)).toEqual({});
    expect(Main.totalPassWorkload(revoked as never)).toEqual({
      dutyStation: "all",
      period: { from: "", to: "" },
      specialEvents: 0,
      vipVisits: 0,
      visitors: 0,
      passesIssued: 0,
    });
    expect(Main.totalPassWorkload([revoked] as never).visitors).toBeNaN();
    expect(Main.passWorkloadRatios(revoked as never, 3)).toEqual({
      dutyStation: "",
      passesPerVisitor: undefined,
      passesPerEvent: undefined,
      visitorsPerEvent: undefined,
      passesPerOfficer: undefined,
    });
  });
});
