import type { ArrangementRule } from "./ArrangementRule";
import { certificationRule } from "./certificationRule";

/**
 * The default rules of a duty station's security arrangement, read from A/61/531,
 * Annex I, one per {@link ViolationCode}, in report order. Pass a filtered or re-cited
 * copy to {@link checkArrangement} to apply an agency's own edition.
 *
 * Three readings where the Annex is not explicit: an acting CSA (¶15) fills the CSA's
 * place, so a station with one is not "without CSA or focal point"; the Country
 * Security Focal Point, who serves "under the letter of appointment" (¶12), must be
 * appointed by the DO in writing, as the later Framework of Accountability also requires;
 * and the SMT's membership (¶9: its members "normally" include the DO as chair, the head
 * of each UN organization present and the CSA) is read strictly, so a missing chair or
 * member is a violation. Each of these rules' citations carries a note saying so; an
 * agency that allows exceptions leaves the rule out or re-cites it.
 *
 * @example
 * ```ts
 * import { arrangementRules, checkArrangement, type Arrangement } from "@unsms/accountability"
 *
 * const withoutWrittenAppointments = arrangementRules.filter((rule) => !rule.code.includes("in-writing"))
 * const empty: Arrangement = {
 *   dutyStation: "Dili", kind: "country", people: [], organizations: [],
 *   securityManagementTeam: { chair: null, members: [] }, appointments: [],
 * }
 * console.log(checkArrangement(empty, withoutWrittenAppointments).map((v) => v.code))
 * // ["no-designated-official", "no-chief-security-adviser-or-focal-point"]
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export const arrangementRules: ReadonlyArray<ArrangementRule> = [
  {
    code: "no-designated-official",
    rule: "Every country or designated area where the UN is present has a Designated Official.",
    citation: { document: "A/61/531", location: "Annex I, ¶7" },
  },
  {
    code: "several-designated-officials",
    rule: "A country or designated area has one Designated Official.",
    citation: { document: "A/61/531", location: "Annex I, ¶7" },
  },
  {
    code: "mission-head-not-designated-official",
    rule: "In a peacekeeping mission the head of mission is the Designated Official.",
    citation: { document: "A/61/531", location: "Annex I, ¶9" },
  },
  {
    code: "smt-not-chaired-by-designated-official",
    rule: "The Designated Official chairs the Security Management Team.",
    citation: {
      document: "A/61/531",
      location: "Annex I, ¶9",
      note: "our reading: ¶9 says the SMT's members 'normally' (通常) include the Designated Official as chair; the SDK reads that strictly, so an exception is reported as a violation.",
    },
  },
  {
    code: "smt-missing-organization-head",
    rule: "The head of each UN organization present at the duty station sits on the Security Management Team.",
    citation: {
      document: "A/61/531",
      location: "Annex I, ¶9",
      note: "our reading: ¶9 says the SMT's members 'normally' (通常) include the head of each UN organization present at the duty station; the SDK reads that strictly, so an exception is reported as a violation.",
    },
  },
  {
    code: "smt-missing-chief-security-adviser",
    rule: "The Chief Security Adviser sits on the Security Management Team.",
    citation: {
      document: "A/61/531",
      location: "Annex I, ¶9",
      note: "our reading: ¶9 says the SMT's members 'normally' (通常) include the Chief Security Adviser; the SDK reads that strictly, so an exception is reported as a violation.",
    },
  },
  {
    code: "smt-missing-focal-point",
    rule: "The Country Security Focal Point is appointed for the Security Management Team and sits on it.",
    citation: { document: "A/61/531", location: "Annex I, ¶11–12" },
  },
  {
    code: "no-chief-security-adviser-or-focal-point",
    rule: "A duty station has a Chief Security Adviser / Security Adviser or, where there is none, a Country Security Focal Point (or an acting CSA).",
    citation: { document: "A/61/531", location: "Annex I, ¶11–12, ¶15" },
  },
  {
    code: "focal-point-where-chief-security-adviser-exists",
    rule: "A Country Security Focal Point is appointed only where there is no Chief Security Adviser / Security Adviser.",
    citation: { document: "A/61/531", location: "Annex I, ¶12" },
  },
  {
    code: "focal-point-not-international",
    rule: "The Country Security Focal Point is an international staff member.",
    citation: { document: "A/61/531", location: "Annex I, ¶12" },
  },
  {
    code: "focal-point-not-appointed-in-writing-by-designated-official",
    rule: "The Designated Official appoints the Country Security Focal Point, under a letter of appointment.",
    citation: {
      document: "A/61/531",
      location: "Annex I, ¶12",
      note: "¶12 makes the focal point accountable 'under the letter of appointment'; the written form is read from that.",
    },
  },
  {
    code: "area-security-coordinator-not-appointed-in-writing-by-designated-official",
    rule: "The Designated Official appoints each Area Security Coordinator in writing, after consulting the SMT.",
    citation: { document: "A/61/531", location: "Annex I, ¶10" },
  },
  {
    code: "warden-not-appointed-in-writing-by-designated-official",
    rule: "The Designated Official appoints each warden in writing, after consulting the SMT, whichever organization employs them.",
    citation: { document: "A/61/531", location: "Annex I, ¶16" },
  },
  {
    code: "acting-chief-security-adviser-not-confirmed-in-writing-by-designated-official",
    rule: "The Designated Official confirms an acting Chief Security Adviser in writing.",
    citation: { document: "A/61/531", location: "Annex I, ¶15" },
  },
  {
    code: "acting-chief-security-adviser-without-terms-of-reference",
    rule: "The Designated Official sets the acting Chief Security Adviser's terms of reference, for accountability.",
    citation: { document: "A/61/531", location: "Annex I, ¶15" },
  },
  {
    code: "acting-chief-security-adviser-where-chief-security-adviser-exists",
    rule: "An agency security officer acts as Chief Security Adviser only where there is none.",
    citation: { document: "A/61/531", location: "Annex I, ¶15" },
  },
  {
    code: "accountable-to-wrong-person",
    rule:
      "Area Security Coordinators, the CSA/SA, the Country Security Focal Point and an acting CSA answer to the Designated Official; " +
      "wardens to the DO or an Area Security Coordinator; agency security officers to the head of their agency.",
    citation: { document: "A/61/531", location: "Annex I, ¶10–12, ¶14–16" },
  },
  certificationRule,
];
