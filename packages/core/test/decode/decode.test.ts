import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { toErrorJson } from "@unsms/core";
import { decode, OrganizationIdSchema, toJsonSchema } from "@unsms/core/schema";
import { failureIssues } from "../../../../tools/vitest/failureIssues";
import { describeValue } from "../../src/index";
import { unreadableExceptions } from "../support/unreadableExceptions";

const Request = z.strictObject({
  currency: z.string().length(3),
  participants: z.array(z.strictObject({ id: OrganizationIdSchema, headcount: z.number().int().min(0) })).min(1),
  formula: z.optional(
    z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("proportional") }),
      z.object({ kind: z.literal("floor"), minimum: z.string() }),
    ]),
  ),
});

describe("decode", () => {
  it("returns the typed value", () => {
    const value = Result.getOrThrow(decode(Request, { currency: "USD", participants: [{ id: "UNDP", headcount: 3 }] }));
    expect(value.participants[0]?.id).toBe("UNDP");
  });

  it("lists every problem with path, expected and received", () => {
    const result = decode(Request, {
      currency: "US",
      participants: [
        { id: "", headcount: -1 },
        { headcount: 1.5, extra: true },
      ],
    });
    expect(Result.isFailure(result)).toBe(true);
    if (Result.isFailure(result)) {
      const byPath = Object.fromEntries(result.failure.issues.map((issue) => [issue.path, issue]));
      expect(Object.keys(byPath).sort()).toEqual(
        [
          "$.currency",
          "$.participants[0].id",
          "$.participants[0].headcount",
          "$.participants[1].id",
          "$.participants[1].headcount",
          "$.participants[1].extra",
        ].sort(),
      );
      expect(byPath["$.participants[0].headcount"]?.expected).toBe("a number >= 0");
      expect(byPath["$.participants[0].headcount"]?.received).toBe("-1");
      expect(byPath["$.participants[1].id"]?.received).toBe("nothing (missing)");
      expect(byPath["$.participants[1].headcount"]?.expected).toBe("an integer");
      // the empty id breaks two rules (length and pattern): both are listed
      expect(result.failure.message).toContain("7 problems");
      const json = toErrorJson(result.failure);
      expect(json.error.code).toBe("DecodeError");
      expect(json.error.issues).toHaveLength(7);
    }
  });

  it("a whole number past 2^53 − 1 is said to be one, whose digits may not be those sent; an integer bound reads as one", () => {
    // JSON.parse reads 9007199254740993 as 9007199254740992: the issue must not look like an off-by-one
    const sent = JSON.parse('{"currency":"USD","participants":[{"id":"A","headcount":9007199254740993}]}') as unknown;
    const refused = failureIssues(decode(Request, sent));
    expect(refused).toEqual([
      {
        path: "$.participants[0].headcount",
        expected: "an integer <= 9007199254740991",
        received:
          "9007199254740992 (past 2^53 − 1, where a number's last digits may have been rounded when it was read)",
        message:
          "$.participants[0].headcount: expected an integer <= 9007199254740991, received 9007199254740992 (past 2^53 − 1, where a number's last digits may have been rounded when it was read)",
      },
    ]);
    // a bound that is not about precision says the value alone (zod names an explicit bound a number's)
    const small = failureIssues(decode(z.number().int().max(10), 11));
    expect(small).toEqual([
      { path: "$", expected: "a number <= 10", received: "11", message: "$: expected a number <= 10, received 11" },
    ]);
    expect(failureIssues(decode(z.number().max(10), 1e300))[0]?.received).toBe(
      "1e+300 (past 2^53 − 1, where a number's last digits may have been rounded when it was read)",
    );
  });

  it("a union reports the closest branch", () => {
    const result = decode(Request, {
      currency: "USD",
      participants: [{ id: "A", headcount: 1 }],
      formula: { kind: "floor" },
    });
    if (Result.isFailure(result)) expect(result.failure.issues.map((i) => i.path)).toContain("$.formula.minimum");
    else expect.unreachable();
  });

  test.prop([fc.anything()])("never throws and every error names a path", (input) => {
    const result = decode(Request, input);
    if (Result.isFailure(result)) {
      expect(result.failure.issues.length).toBeGreaterThan(0);
      for (const issue of result.failure.issues) expect(issue.path).toMatch(/^\$/);
    }
  });

  it("a cross-field check's issue received the value at its path, and its message is what was expected", () => {
    const Period = z
      .strictObject({ from: z.number(), to: z.number() })
      .refine((period) => period.from <= period.to, { message: "a number >= from", path: ["to"] });
    expect(failureIssues(decode(z.strictObject({ period: Period }), { period: { from: 5, to: 3 } }))).toEqual([
      {
        path: "$.period.to",
        expected: "a number >= from",
        received: "3",
        message: "$.period.to: expected a number >= from, received 3",
      },
    ]);
    // a value the check finds missing, whatever `input` the check gives (here: none, so zod's is the object)
    const Mission = z.object({ head: z.string().optional() }).superRefine((mission, context) => {
      if (mission.head === undefined)
        context.addIssue({ code: "custom", path: ["head"], message: "a head of mission" });
    });
    expect(failureIssues(decode(Mission, {}))[0]?.message).toBe(
      "$.head: expected a head of mission, received nothing (missing)",
    );
  });

  test.prop([fc.jsonValue()])("a refinement's issue at a path received what the input holds there", (value) => {
    const schema = z
      .object({ a: z.array(z.object({ b: z.unknown() })) })
      .superRefine((_, context) =>
        context.addIssue({ code: "custom", path: ["a", 0, "b"], message: "something else" }),
      );
    const [issue] = failureIssues(decode(schema, { a: [{ b: value }] }));
    expect(issue?.received).toBe(describeValue(value));
  });

  it("exports the input's JSON Schema", () => {
    const schema = toJsonSchema(Request);
    expect(schema["type"]).toBe("object");
    expect(schema["required"]).toEqual(["currency", "participants"]);
  });
});

describe("decode on hostile input", () => {
  it("returns an error for a revoked proxy instead of throwing", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = decode(z.object({ a: z.string() }), proxy);
    expect(Result.isFailure(result) && result.failure.issues[0]?.received).toBe(
      "an unreadable object (a revoked proxy?)",
    );
  });
  it("returns a DecodeError, never a throw, when the schema's work throws an odd value", () => {
    const schema = z.object({ a: z.string() });
    for (const thrown of unreadableExceptions()) {
      const input = {
        get a(): string {
          throw thrown;
        },
      };
      const result = decode(schema, input);
      if (Result.isSuccess(result)) throw new Error("accepted");
      expect(result.failure._tag).toBe("DecodeError");
      expect(result.failure.issues[0]?.path).toBe("$");
      expect(result.failure.issues[0]?.message).toBe("$: could not be checked: an unreadable exception");
    }
    const refined = decode(
      z.string().refine(() => {
        throw new RangeError("too far");
      }),
      "x",
    );
    expect(Result.isFailure(refined) && refined.failure.issues[0]?.message).toBe(
      "$: could not be checked: RangeError: too far",
    );
  });
  it("a refinement's issue whose value throws when read again received zod's value instead", () => {
    let reads = 0;
    const input = {
      get a(): number {
        reads += 1;
        if (reads > 1) throw new Error("read twice");
        return 1;
      },
    };
    const schema = z.object({ a: z.number() }).refine(() => false, { message: "something else", path: ["a"] });
    expect(failureIssues(decode(schema, input))[0]?.message).toBe("$.a: expected something else, received an object");
  });
  it("cuts a long list of allowed values and caps the issues it lists", () => {
    const values = Array.from({ length: 500 }, (_, i) => `value-${i}`);
    const schema = z.array(z.enum(values as [string, ...string[]]));
    const result = decode(
      schema,
      Array.from({ length: 5000 }, () => "nope"),
    );
    if (Result.isSuccess(result)) throw new Error("accepted");
    expect(result.failure.issues).toHaveLength(100);
    expect(result.failure.omitted).toBe(4900);
    expect(result.failure.message.startsWith("the input is invalid: 5000 problems; first: $[0]: expected one of")).toBe(
      true,
    );
    expect(result.failure.issues[0]?.expected.endsWith("(and 488 more)")).toBe(true);
    expect(JSON.stringify(result.failure).length).toBeLessThan(100_000);
  });
  it("refuses ids with zero-width, bidi or control characters and normalizes to NFC", () => {
    for (const bad of ["UNDP\u200B", "\u202EPDNU", "UN\u0000DP", "UN\u2028DP", "\uFEFFUNDP", "\uD800"]) {
      expect(Result.isFailure(decode(OrganizationIdSchema, bad)), JSON.stringify(bad)).toBe(true);
    }
    expect(Result.getOrThrow(decode(OrganizationIdSchema, "Cafe\u0301"))).toBe("Caf\u00E9");
  });
});
