import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MOSS,
  requiredMeasures,
  requiredTraining,
  SECURITY_LEVEL_NUMBERS,
  SECURITY_PHASE_NUMBERS,
  type SecuritySituation,
} from "@unsms/risk";
import { advancedSecurityInTheField } from "@unsms/training";

// A/61/531 ¶22 read once: TRAINING_RULES and the default MOSS (measure TRN-2) must not
// disagree about where "Advanced Security in the Field" is required. They did under the
// levels: the rules required it nowhere, the MOSS at every level.
const advanced = advancedSecurityInTheField.name;
const advancedMeasures = DEFAULT_MOSS.measures.filter(
  (measure) => measure.category === "training" && measure.description.includes(advanced),
);

const situations: ReadonlyArray<SecuritySituation> = [
  ...(["none", ...SECURITY_PHASE_NUMBERS] as const).map((phase): SecuritySituation => ({ system: "phases", phase })),
  ...SECURITY_LEVEL_NUMBERS.map((level): SecuritySituation => ({ system: "levels", level })),
];

const rulesRequire = (situation: SecuritySituation): boolean =>
  requiredTraining(situation).some((rule) => rule.course === advanced);
const mossRequires = (situation: SecuritySituation): boolean =>
  requiredMeasures(DEFAULT_MOSS, situation).some((measure) => advancedMeasures.includes(measure));

describe("TRAINING_RULES and DEFAULT_MOSS agree on Advanced Security in the Field (¶22)", () => {
  it("the default MOSS has one measure for the course", () => {
    expect(advancedMeasures.map((measure) => measure.id)).toEqual(["TRN-2"]);
  });

  test.prop([fc.constantFrom(...situations)])("both require it in exactly the same situations", (situation) => {
    expect(rulesRequire(situation)).toBe(mossRequires(situation));
  });

  it("in every situation but a location with no phase in force", () => {
    expect(situations.filter(rulesRequire)).toEqual(
      situations.filter((s) => !(s.system === "phases" && s.phase === "none")),
    );
    expect(situations.filter(mossRequires)).toEqual(situations.filter(rulesRequire));
  });
});
