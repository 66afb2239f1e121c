import { advancedSecurityFrom } from "../internal/advancedSecurityFrom";
import type { MossStandards } from "./MossStandards";

/**
 * unsms's template of field MOSS: a few measures in each of the nine categories, each
 * required from a phase (phase system) and from a security level (Security Level
 * System), with the risk it leaves open and the recommendation when unmet. **It is a
 * documented template, not an official text**: there is no single MOSS — each country's
 * is agreed by the Designated Official with the Security Management Team — and the
 * report (¶16(e)) only says that DSS helps and supervises its adoption at every duty
 * station, and names no category. The nine categories are later UNSMS practice (no edition
 * or year in unsms's sources; see {@link MOSS_CATEGORIES}), so `source` cites unsms, not the
 * report. The two training measures follow ¶22; `TRN-2` (Advanced Security in the Field) is
 * required from phase I and from level 1, in exactly the situations where
 * `TRAINING_RULES` require the course (under the levels, our reading of ¶22: see
 * there). Agencies pass their country's
 * {@link MossStandards}.
 *
 * @example
 * ```ts
 * import { DEFAULT_MOSS } from "@unsms/risk"
 *
 * console.log(DEFAULT_MOSS.measures.filter((m) => m.category === "medical").map((m) => m.id)) // ["MED-1", "MED-2", "MED-3"]
 * ```
 *
 * @category compliance
 * @since 0.1.0
 */
export const DEFAULT_MOSS: MossStandards = {
  name: "MOSS",
  edition: "unsms template 0.1",
  source: {
    document: "unsms",
    location: "default field MOSS template",
    note: "Our template: the measures, thresholds and risk levels are unsms's own. The nine categories (MOSS in the field, MORSS for residences) are later UNSMS practice, which unsms's sources give no edition or year; A/61/531 names MOSS (¶16(e)) without categories. In that practice each country's MOSS is agreed by the Designated Official with the SMT.",
  },
  measures: [
    {
      id: "TEL-1",
      category: "telecommunications",
      description: "VHF radio network covering the duty station, with a radio room staffed 24 hours",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "High",
      recommendation: "Install VHF repeaters to cover the duty station and staff a 24-hour radio room",
    },
    {
      id: "TEL-2",
      category: "telecommunications",
      description: "HF radio in every office and in every vehicle leaving the city",
      requiredFrom: { phase: "I", level: 3 },
      riskIfUnmet: "High",
      recommendation: "Fit HF radios in offices and field vehicles and train drivers in their use",
    },
    {
      id: "TEL-3",
      category: "telecommunications",
      description: "Satellite telephone with the Designated Official and every head of office",
      requiredFrom: { phase: "I", level: 2 },
      riskIfUnmet: "Medium",
      recommendation: "Issue satellite telephones to the Designated Official and heads of office",
    },
    {
      id: "DOC-1",
      category: "documentation",
      description: "Country security plan reviewed in the last 12 months, with relocation and evacuation plans",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "High",
      recommendation: "Review the security plan with the SMT, including relocation and evacuation, and circulate it",
    },
    {
      id: "DOC-2",
      category: "documentation",
      description: "Warden system with current lists of staff and recognized dependants per zone",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Appoint wardens in writing for every zone and update the staff and dependant lists",
    },
    {
      id: "DOC-3",
      category: "documentation",
      description: "Emergency contact list (DO, SMT, CSA, host authorities, hospitals) issued to all staff",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Low",
      recommendation: "Issue the emergency contact list to all staff and check it quarterly",
    },
    {
      id: "COO-1",
      category: "coordination",
      description: "Security Management Team meets at least monthly and records its decisions",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Hold monthly SMT meetings chaired by the Designated Official and keep minutes",
    },
    {
      id: "COO-2",
      category: "coordination",
      description: "Standing liaison with the host country's security authorities",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Name a liaison with the host authorities and share threat assessments with them (A/61/531 ¶18)",
    },
    {
      id: "COO-3",
      category: "coordination",
      description: "Security clearance from the Designated Official for every mission travel",
      requiredFrom: { phase: "I", level: 1 },
      riskIfUnmet: "High",
      recommendation: "Require the Designated Official's security clearance before every mission travel",
    },
    {
      id: "MED-1",
      category: "medical",
      description: "First-aid kits in every office and vehicle",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Stock first-aid kits in every office and vehicle and check them monthly",
    },
    {
      id: "MED-2",
      category: "medical",
      description: "Casualty and medical evacuation plan with a designated hospital",
      requiredFrom: { phase: "I", level: 2 },
      riskIfUnmet: "High",
      recommendation: "Agree a casualty evacuation plan and a designated hospital, and test it",
    },
    {
      id: "MED-3",
      category: "medical",
      description: "Trauma kits in offices and field vehicles, with staff trained to use them",
      requiredFrom: { phase: "II", level: 3 },
      riskIfUnmet: "High",
      recommendation: "Provide trauma kits and train at least two staff per office in trauma first aid",
    },
    {
      id: "EQP-1",
      category: "equipment",
      description: "Fire extinguishers and smoke detectors in all premises",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Install fire extinguishers and smoke detectors and have them serviced yearly",
    },
    {
      id: "EQP-2",
      category: "equipment",
      description: "Back-up generator with fuel for 72 hours",
      requiredFrom: { phase: "I", level: 2 },
      riskIfUnmet: "Medium",
      recommendation: "Install a back-up generator and keep 72 hours of fuel",
    },
    {
      id: "VEH-1",
      category: "vehicles",
      description: "Vehicles with seat belts, first-aid kit, spare tyre and radio",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Equip every vehicle with seat belts, a first-aid kit, a spare tyre and a radio",
    },
    {
      id: "VEH-2",
      category: "vehicles",
      description: "Two-vehicle movement and convoy procedures outside the city",
      requiredFrom: { phase: "II", level: 4 },
      riskIfUnmet: "High",
      recommendation: "Adopt two-vehicle movement and convoy procedures for all travel outside the city",
    },
    {
      id: "PRM-1",
      category: "premises",
      description: "Controlled access to premises: guards, visitor log and perimeter barrier",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "High",
      recommendation: "Post guards at every entrance, keep a visitor log and close the perimeter",
    },
    {
      id: "PRM-2",
      category: "premises",
      description: "Anti-shatter film on windows and stand-off distance for vehicles",
      requiredFrom: { phase: "II", level: 4 },
      riskIfUnmet: "Very high",
      recommendation: "Apply anti-shatter film and keep vehicles away from the building with barriers",
    },
    {
      id: "PRM-3",
      category: "premises",
      description: "Safe room in every office",
      requiredFrom: { phase: "III", level: 5 },
      riskIfUnmet: "Very high",
      recommendation: "Build or designate a safe room with communications, water and first aid",
    },
    {
      id: "TRN-1",
      category: "training",
      description: "Every staff member has completed Basic Security in the Field",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Medium",
      recommendation: "Have every staff member complete Basic Security in the Field (A/61/531 ¶22)",
    },
    {
      id: "TRN-2",
      category: "training",
      description: "Every staff member has completed Advanced Security in the Field",
      // the mapping TRAINING_RULES read too: any phase in force, every level (our reading)
      requiredFrom: advancedSecurityFrom,
      riskIfUnmet: "High",
      recommendation:
        "Have every staff member complete Advanced Security in the Field before deployment (A/61/531 ¶22)",
    },
    {
      id: "TRN-3",
      category: "training",
      description: "Security briefing on arrival for every staff member and visitor",
      requiredFrom: { phase: "none", level: 1 },
      riskIfUnmet: "Low",
      recommendation: "Brief every arriving staff member and visitor on the security plan",
    },
    {
      id: "RES-1",
      category: "residential",
      description: "Residential security survey before a residence is occupied",
      requiredFrom: { phase: "none", level: 2 },
      riskIfUnmet: "Medium",
      recommendation: "Survey every residence before it is leased and occupied",
    },
    {
      id: "RES-2",
      category: "residential",
      description: "Residences meet MORSS: guard or alarm, solid doors, window grilles",
      requiredFrom: { phase: "I", level: 3 },
      riskIfUnmet: "High",
      recommendation: "Bring residences to MORSS: guard or alarm, solid doors and window grilles",
    },
  ],
};
