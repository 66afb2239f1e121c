import { fc, test } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import {
  decode,
  DutyStationIdSchema,
  OrganizationIdSchema,
  PassIdSchema,
  PersonIdSchema,
  PostIdSchema,
  UnitIdSchema,
} from "../../src/schema";

const schemas = [DutyStationIdSchema, OrganizationIdSchema, PassIdSchema, PersonIdSchema, PostIdSchema, UnitIdSchema];
const verdict = (schema: (typeof schemas)[number], input: unknown): string => {
  const result = decode(schema, input);
  return Result.isSuccess(result) ? `ok ${result.success}` : `refused ${result.failure.issues[0]?.expected}`;
};

describe("the ids", () => {
  it("every kind of id follows the one rule: NFC, 1 to 128 printable characters, no blanks at the ends", () => {
    for (const schema of schemas) {
      expect(verdict(schema, "Cafe\u0301")).toBe("ok Caf\u00E9");
      expect(verdict(schema, "x".repeat(128))).toBe(`ok ${"x".repeat(128)}`);
      for (const bad of ["", " UNDP", "UNDP\u200B", "UN\u202EDP", "x".repeat(129), 42, null])
        expect(verdict(schema, bad).startsWith("refused"), JSON.stringify(bad)).toBe(true);
    }
  });

  test.prop([fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.anything())])(
    "the six id schemas give the same verdict on any input",
    (input) => {
      const first = verdict(DutyStationIdSchema, input);
      for (const schema of schemas) expect(verdict(schema, input)).toBe(first);
    },
  );
});
