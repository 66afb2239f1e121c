import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { SECURITY_LEVEL_NUMBERS, SECURITY_PHASE_NUMBERS } from "@unsms/risk";
import { SecuritySituationSchema } from "@unsms/risk/schema";
import { isSituation, situationIssue } from "../../src/internal/situationIssue";

// Values shaped like a situation, valid or nearly so: each field valid, of the other
// system, misspelt, of the wrong type or missing.
const near = fc.oneof(
  fc.constantFrom<unknown>("none", ...SECURITY_PHASE_NUMBERS, ...SECURITY_LEVEL_NUMBERS),
  fc.constantFrom<unknown>("VI", "iii", "", 0, 7, 2.5, "3", null, undefined, "Phases"),
  fc.anything(),
);
const situationLike = fc.oneof(
  fc.record(
    { system: fc.oneof(fc.constantFrom<unknown>("phases", "levels"), near), phase: near },
    { requiredKeys: ["system"] },
  ),
  fc.record(
    { system: fc.oneof(fc.constantFrom<unknown>("phases", "levels"), near), level: near },
    { requiredKeys: ["system"] },
  ),
  fc.anything(),
);

describe("situationIssue", () => {
  test.prop([situationLike])("accepts exactly what SecuritySituationSchema accepts", (value) => {
    expect(situationIssue(value, "$.situation") === undefined).toBe(SecuritySituationSchema.safeParse(value).success);
  });

  test.prop([situationLike])("isSituation holds exactly when there is no issue", (value) => {
    expect(isSituation(value)).toBe(situationIssue(value, "$.situation") === undefined);
  });

  it("names the field that is wrong", () => {
    expect(situationIssue({ system: "phases", phase: "V" }, "$.situation")).toBeUndefined();
    expect(situationIssue({ system: "levels", level: "high" }, "$.situation")).toMatchObject({
      path: "$.situation.level",
      expected: "one of 1, 2, 3, 4, 5, 6",
      received: '"high"',
    });
    expect(situationIssue({ system: "Phases", phase: "V" }, "$.situation")?.path).toBe("$.situation.system");
    expect(situationIssue({ system: "phases" }, "$.situation")).toMatchObject({
      path: "$.situation.phase",
      expected: 'one of "none", "I", "II", "III", "IV", "V"',
      received: "nothing (missing)",
    });
    expect(situationIssue(undefined, "$.situation")?.path).toBe("$.situation");
  });
});
