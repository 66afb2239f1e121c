import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { decode, toJsonSchema } from "@unsms/core/schema";
import { TrainingCheckSchema, TrainingRecordSchema } from "@unsms/training/schema";
import { readFileSync } from "node:fs";

const sample = JSON.parse(
  readFileSync(new URL("../../../../docs/examples/training/records.json", import.meta.url), "utf8"),
) as unknown;

describe("TrainingRecordSchema", () => {
  it("reads dates with parseInstant: the offset is required, the calendar is real", () => {
    const ok = decode(TrainingRecordSchema, {
      person: "sam",
      completed: [{ course: "x", on: "2006-03-24T19:00:00+02:00" }],
    });
    expect(Result.isSuccess(ok) && ok.success.completed[0]?.on.toISOString()).toBe("2006-03-24T17:00:00.000Z");
    const noOffset = decode(TrainingRecordSchema, {
      person: "sam",
      completed: [{ course: "x", on: "2006-03-24T19:00:00" }],
    });
    expect(Result.isFailure(noOffset) && noOffset.failure.issues[0]?.path).toBe("$.completed[0].on");
  });

  it("a role the default rules do not name is refused at $.role, listing the roles they name", () => {
    const typo = decode(TrainingCheckSchema, { role: "chief-security-advisor", records: [] });
    expect(Result.isFailure(typo) && typo.failure.issues).toMatchObject([
      {
        path: "$.role",
        expected: 'one of "chief-security-adviser", "security-adviser"',
        received: '"chief-security-advisor"',
      },
    ]);
    expect(Result.isSuccess(decode(TrainingCheckSchema, { role: "security-adviser", records: [] }))).toBe(true);
  });

  it("the sample decodes, and its JSON Schema takes date-times as strings", () => {
    expect(Result.isSuccess(decode(TrainingCheckSchema, sample))).toBe(true);
    const schema = JSON.stringify(toJsonSchema(TrainingCheckSchema));
    expect(schema).toContain('"on":{"type":"string"}');
  });
});
