import { Buffer } from "node:buffer";
import { sign } from "node:crypto";
import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { PassId } from "@unsms/core";
import { noRevocationList } from "@unsms/access-pass";
import * as Node from "@unsms/access-pass/node";
import { keyPair, storedPass } from "../support/fixtures";

// The header of the last token read is remembered (an office signs every token with the
// same header): the answer must still depend only on the call's arguments — the token, its
// expected type — never on what was read before.

const office = keyPair();
const stranger = keyPair();
const at = new Date("2006-06-30T12:00:00Z");
const b64 = (text: string) => Buffer.from(text).toString("base64url");

/** A JWS of any type and payload, correctly signed with the office key. */
const jws = (typ: string, payload: unknown): string => {
  const input = `${b64(JSON.stringify({ alg: "EdDSA", kid: office.signing.keyId, typ }))}.${b64(JSON.stringify(payload))}`;
  return `${input}.${sign(null, Buffer.from(input), office.privateKey).toString("base64url")}`;
};

const claims = {
  jti: "NY-1",
  category: "staff",
  dutyStation: "New York",
  zones: ["grounds"],
  stationBound: false,
  escortRequired: false,
  nbf: 1141628400,
  exp: 1167609600,
};
const pass = storedPass({
  id: "NY-2",
  category: "staff",
  stationBound: false,
  escortRequired: false,
  issuedAt: "2006-06-30T08:00:00Z",
  validFrom: "2006-06-30T08:00:00Z",
  validUntil: "2006-07-30T08:00:00Z",
});

const list = Node.signRevocationList({ issuedAt: "2006-06-30T12:00:00Z", passIds: [pass.id] }, office.signing);
const nextList = Node.signRevocationList(
  { issuedAt: "2006-07-01T12:00:00Z", passIds: [pass.id, claims.jti as PassId] },
  office.signing,
);
const headerOf = (token: string) => token.split(".")[0]!;
const junk = (token: string) => `${headerOf(token)}.AAAA.${"A".repeat(86)}`;

/** Every kind of text a gate may be shown or sent, genuine, confused and junk. */
const texts = {
  pass: Node.signPassToken(pass, office.signing),
  list,
  nextList,
  listTypedPass: jws("unsms-revocations+jwt", claims),
  passTypedList: jws("unsms-pass+jwt", { iat: 1151668800, revoked: [] }),
  junkWithListHeader: junk(list),
  junkWithPassHeader: junk(Node.signPassToken(pass, office.signing)),
  foreignPass: Node.signPassToken(pass, stranger.signing),
  notAToken: "a.b.c",
} as const;
type Text = keyof typeof texts;
type Operation = "verify" | "open";

/** An answer as plain data: what was accepted, or the reason and path of the refusal. */
const answerOf = (node: typeof Node, operation: Operation, text: Text): unknown => {
  const result: Result.Result<unknown, { readonly reason: string; readonly path: string }> =
    operation === "verify"
      ? node.verifyPassToken(texts[text], { trustedKeys: [office.verifying], revocations: noRevocationList() }, at)
      : node.openRevocationList(texts[text], [office.verifying]);
  return Result.isSuccess(result)
    ? { accepted: JSON.parse(JSON.stringify(result.success, (_, v: unknown) => (v instanceof Set ? [...v] : v))) }
    : { refused: result.failure.reason, path: result.failure.path };
};

describe("reading a JWS: the header's type is checked at every call", () => {
  it("after a genuine list is opened, a JWS typed as a list is still refused as a pass, and the reverse", () => {
    expect(Result.isSuccess(Node.openRevocationList(texts.list, [office.verifying]))).toBe(true);
    expect(answerOf(Node, "verify", "listTypedPass")).toEqual({ refused: "malformed", path: "token.header.typ" });
    expect(answerOf(Node, "verify", "pass")).toMatchObject({ accepted: { id: pass.id } });
    expect(answerOf(Node, "open", "passTypedList")).toEqual({ refused: "malformed", path: "list.header.typ" });
  });

  it("junk under a list's header shown as a pass never makes the next genuine list refused", () => {
    expect(answerOf(Node, "verify", "junkWithListHeader")).toEqual({ refused: "malformed", path: "token.header.typ" });
    expect(answerOf(Node, "open", "nextList")).toMatchObject({ accepted: { revoked: [claims.jti, pass.id] } });
  });

  // each text read alone, by a freshly loaded module that has read nothing before
  const alone = new Map<string, unknown>();
  beforeAll(async () => {
    for (const operation of ["verify", "open"] as const)
      for (const text of Object.keys(texts) as Array<Text>) {
        vi.resetModules();
        const fresh = await import("@unsms/access-pass/node");
        alone.set(`${operation} ${text}`, answerOf(fresh, operation, text));
      }
  });

  test.prop([
    fc.array(
      fc.tuple(fc.constantFrom<Operation>("verify", "open"), fc.constantFrom(...(Object.keys(texts) as Array<Text>))),
      {
        maxLength: 12,
      },
    ),
  ])("verifying or opening any sequence of texts answers each as it would be answered alone", (calls) => {
    for (const [operation, text] of calls)
      expect(answerOf(Node, operation, text)).toEqual(alone.get(`${operation} ${text}`));
  });
});

describe("token times: Unix seconds from 1970 up to the end of year 9999", () => {
  /** 10000-01-01T00:00:00Z in Unix seconds: the first second a token cannot carry. */
  const yearTenThousand = 253402300800;
  const gate = { trustedKeys: [office.verifying], revocations: noRevocationList() };
  const verified = (exp: number) => Node.verifyPassToken(jws("unsms-pass+jwt", { ...claims, exp }), gate, at);
  const opened = (iat: number) =>
    Node.openRevocationList(jws("unsms-revocations+jwt", { iat, revoked: [] }), [office.verifying]);

  it("a pass ending at 9999-12-31T23:59:59Z is read; one ending at 10000-01-01T00:00:00Z is malformed", () => {
    const last = verified(yearTenThousand - 1);
    expect(Result.isSuccess(last) && last.success.validUntil).toBe("9999-12-31T23:59:59Z");
    const past = verified(yearTenThousand);
    expect(Result.isFailure(past) && [past.failure.reason, past.failure.path]).toEqual(["malformed", "token.payload"]);
  });

  it("a revocation list issued at 9999-12-31T23:59:59Z opens; one issued at 10000-01-01T00:00:00Z is refused", () => {
    const last = opened(yearTenThousand - 1);
    expect(Result.isSuccess(last) && last.success.issuedAt).toBe("9999-12-31T23:59:59Z");
    expect(Result.isFailure(opened(yearTenThousand))).toBe(true);
  });

  test.prop([fc.integer({ min: yearTenThousand - 5, max: yearTenThousand + 5 })])(
    "around year 10000, a token's time is read exactly when it is before 10000-01-01T00:00:00Z",
    (seconds) => {
      expect(Result.isSuccess(verified(seconds))).toBe(seconds < yearTenThousand);
      expect(Result.isSuccess(opened(seconds))).toBe(seconds < yearTenThousand);
    },
  );
});
