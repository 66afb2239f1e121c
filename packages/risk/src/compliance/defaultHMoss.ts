import type { MossStandards } from "./MossStandards";

/**
 * unsms's template of Headquarters MOSS (H-MOSS; its 2003 date is later UNSMS practice, not
 * in A/61/531, which gives none), whose implementation and compliance are among the
 * functions of the report's Division of Headquarters Security and Safety Services (¶28(c),
 * which names no locations); in October 2005 the Division assessed the security of the
 * offices away from headquarters and the regional commissions, including their adoption of
 * H-MOSS (¶33): access control, physical security, operating procedures, cooperation with
 * the host country. **A
 * documented template, not the official text**; the host country holds the perimeter,
 * the UN the inside of its premises (¶39). Agencies pass their own {@link MossStandards}.
 *
 * @example
 * ```ts
 * import { DEFAULT_H_MOSS } from "@unsms/risk"
 *
 * console.log(DEFAULT_H_MOSS.name, DEFAULT_H_MOSS.measures.length)
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export const DEFAULT_H_MOSS: MossStandards = {
  name: "H-MOSS",
  edition: "unsms template 0.1",
  source: {
    document: "A/61/531",
    location: "¶28(c), ¶33, ¶39",
    note: "the report names H-MOSS without a date (2003 in later UNSMS practice, not this report); measures, thresholds and risk levels are unsms's documented template, not the official text.",
  },
  measures: [
    {
      id: "H-PRM-1",
      category: "premises",
      description: "Every entrance has access control: grounds pass checked, visitors registered and screened",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "High",
      recommendation: "Check grounds passes at every entrance and screen and register every visitor",
    },
    {
      id: "H-PRM-2",
      category: "premises",
      description: "Vehicle barriers and stand-off distance at the perimeter, agreed with the host country",
      requiredFrom: { phase: "none", level: 2 },
      riskIfUnmet: "Very high",
      recommendation: "Install vehicle barriers and agree stand-off distances with the host authorities",
    },
    {
      id: "H-EQP-1",
      category: "equipment",
      description: "Screening equipment (magnetometers, X-ray) at public entrances",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "High",
      recommendation: "Install magnetometers and X-ray machines at public entrances",
    },
    {
      id: "H-EQP-2",
      category: "equipment",
      description: "CCTV covering entrances and the perimeter, monitored from a security control centre",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Cover entrances and the perimeter with CCTV monitored from the control centre",
    },
    {
      id: "H-DOC-1",
      category: "documentation",
      description: "Emergency and evacuation plan for every building, with evacuation drills at least yearly",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "High",
      recommendation: "Write the building evacuation plan and hold a drill at least once a year",
    },
    {
      id: "H-COO-1",
      category: "coordination",
      description: "Standing coordination with the host country's police for the perimeter",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Agree a standing coordination arrangement with the host country's police",
    },
    {
      id: "H-TEL-1",
      category: "telecommunications",
      description: "Mass notification system able to reach every staff member in an emergency",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Deploy a mass notification system and test it quarterly",
    },
    {
      id: "H-MED-1",
      category: "medical",
      description: "First-aid stations and defibrillators on every floor",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Place first-aid stations and defibrillators on every floor",
    },
    {
      id: "H-TRN-1",
      category: "training",
      description: "Security officers trained to the Department's training standards for UN security officers",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation:
        "Train every security officer to the training standards the Department sets for United Nations security officers (A/61/531 ¶28, closing sentence)",
    },
  ],
};
