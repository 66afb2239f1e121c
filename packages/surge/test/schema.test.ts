import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { decode, toJsonSchema } from "@unsms/core/schema";
import { SurgePlanInputSchema } from "@unsms/surge/schema";
import { readExample } from "./support/readExample";

describe("SurgePlanInputSchema", () => {
  it("reads the sample; dates through parseInstant (offset kept, calendar real)", () => {
    const input = Result.getOrThrow(decode(SurgePlanInputSchema, readExample("plan.json")));
    expect(input.request.notifiedAt.toISOString()).toBe("2006-07-14T06:00:00.000Z");
    expect(input.roster[3]?.training[0]?.on.toISOString()).toBe("2006-02-10T14:00:00.000Z");
    expect(input.roster[1]?.training).toEqual([]);
  });

  it("lists every problem with its path", () => {
    const raw = readExample("plan.json") as {
      roster: Array<Record<string, unknown>>;
      request: Record<string, unknown>;
    };
    const bad = decode(SurgePlanInputSchema, {
      roster: [{ ...raw.roster[0], available: { from: "2006-07-01", to: "2006-09-30T00:00:00Z" } }, raw.roster[0]],
      request: {
        ...raw.request,
        notifiedAt: "2006-07-14T09:00:00",
        needs: [
          { id: "a", count: -1 },
          { id: "a", count: 1 },
        ],
      },
    });
    expect(Result.isFailure(bad) && bad.failure.issues.map((issue) => issue.path).sort()).toEqual(
      ["$.request.needs[0].count", "$.request.notifiedAt", "$.roster[0].available.from"].sort(),
    );
  });

  it("takes the agency's catalogue; a need's course it does not have is refused with the courses it has", () => {
    const raw = readExample("own-course.json") as Record<string, unknown>;
    const input = Result.getOrThrow(decode(SurgePlanInputSchema, raw));
    expect(input.catalogue?.map((course) => course.id)).toEqual(["first-aid"]);
    const { catalogue: _, ...withoutCatalogue } = raw;
    const refused = decode(SurgePlanInputSchema, withoutCatalogue);
    expect(Result.isFailure(refused) && refused.failure.issues).toMatchObject([
      {
        path: "$.request.needs[0].courses[0]",
        expected:
          'one of "basic-security-in-the-field", "advanced-security-in-the-field", "chief-security-adviser-induction", "security-adviser-certification", "security-adviser-refresher", "hostage-incident-management", "security-officer-standards", "undac-support"',
        received: '"first-aid"',
      },
    ]);
  });

  it("its JSON Schema takes date-times as strings", () => {
    const schema = toJsonSchema(SurgePlanInputSchema) as { type: string; required: Array<string> };
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["roster", "request"]);
  });
});
