import type { Citation } from "@unsms/core";
import type { Course } from "../course/Course";

// Every citation below is a plain object literal, never a call: a call at module scope that
// is not marked pure would keep the whole catalogue in an app that imports one course.
const noLapse: Citation = {
  document: "unsms",
  location: "default catalogue",
  note: "our assumption: A/61/531 gives no validity period, so a completion does not lapse; an agency sets validForMonths in its own catalogue",
};

/**
 * "Basic Security in the Field", the CD-ROM course every UN system staff member must
 * complete (A/61/531 ¶22). Later practice made it mandatory for all personnel regardless
 * of grade or function (UN staff development guide, 2011); it was replaced by BSAFE in 2019.
 *
 * @example
 * ```ts
 * import { basicSecurityInTheField } from "@unsms/training"
 *
 * console.log(basicSecurityInTheField.name, basicSecurityInTheField.source.location) // "Basic Security in the Field" "¶22"
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const basicSecurityInTheField: Course = {
  id: "basic-security-in-the-field",
  name: "Basic Security in the Field",
  kind: "awareness",
  lengthWeeks: null,
  requiredOf: "every UN system staff member",
  requiredBefore: null,
  validForMonths: null,
  renewedBy: [],
  source: { document: "A/61/531", location: "¶22" },
  validitySource: noLapse,
};

/**
 * "Advanced Security in the Field", the interactive course in the six official languages
 * that every UN staff member deployed or travelling to a field location under a security
 * phase must complete (A/61/531 ¶22; "Security Phase I or above" in the UN staff
 * development guide, 2011). `@unsms/risk`'s travel rules use this definition.
 *
 * @example
 * ```ts
 * import { advancedSecurityInTheField } from "@unsms/training"
 *
 * console.log(advancedSecurityInTheField.requiredBefore) // "deployment or travel to a location under a security phase or level"
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const advancedSecurityInTheField: Course = {
  id: "advanced-security-in-the-field",
  name: "Advanced Security in the Field",
  kind: "awareness",
  lengthWeeks: null,
  requiredOf: "every UN staff member deployed or travelling to a field location under a security phase or level",
  requiredBefore: "deployment or travel to a location under a security phase or level",
  validForMonths: null,
  renewedBy: [],
  source: {
    document: "A/61/531",
    location: "¶22",
    note: "interactive learning programme in the six official languages; the Chinese text says 安全级别 (security level) where the system of 2006 had phases: requiring it at every level of the Security Level System (2011) is our reading",
  },
  validitySource: noLapse,
};

/**
 * The three-week comprehensive induction course for newly appointed chief security
 * advisers of the agencies, funds and programmes (A/61/531 ¶22 (i)).
 *
 * @example
 * ```ts
 * import { chiefSecurityAdviserInduction } from "@unsms/training"
 *
 * console.log(chiefSecurityAdviserInduction.lengthWeeks) // 3
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const chiefSecurityAdviserInduction: Course = {
  id: "chief-security-adviser-induction",
  name: "Induction of newly appointed chief security advisers",
  kind: "induction",
  lengthWeeks: 3,
  requiredOf: "newly appointed chief security advisers of agencies, funds and programmes",
  requiredBefore: null,
  validForMonths: null,
  renewedBy: [],
  source: { document: "A/61/531", location: "¶22 (i)" },
  validitySource: noLapse,
};

/**
 * The three-week security certification course every security adviser candidate must
 * attend before signing the contract (A/61/531 ¶22 (ii)). {@link isCertified} and
 * {@link mayAppoint} check it. Its `renewedBy` names the two-week refresher (¶22 (iii)),
 * which renews it once an agency gives it a validity: **our reading** — the report does not
 * link the refresher to the certification (the note of its `source` says so).
 *
 * @example
 * ```ts
 * import { securityAdviserCertification } from "@unsms/training"
 *
 * console.log(securityAdviserCertification.requiredOf) // "every security adviser candidate"
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const securityAdviserCertification: Course = {
  id: "security-adviser-certification",
  name: "Security adviser certification",
  kind: "certification",
  lengthWeeks: 3,
  requiredOf: "every security adviser candidate",
  requiredBefore: "signing the contract",
  validForMonths: null,
  renewedBy: ["security-adviser-refresher"],
  source: {
    document: "A/61/531",
    location: "¶22 (ii)",
    note: "renewedBy is our reading",
  },
  validitySource: noLapse,
};

/**
 * The two-week regional refresher course for the about 120 serving security advisers
 * (A/61/531 ¶22 (iii)); the report gives no cycle and does not link it to the certification.
 * By **our reading** (the certification's `renewedBy`), completing it renews the
 * certification when an agency gives the certification a validity.
 *
 * @example
 * ```ts
 * import { securityAdviserRefresher } from "@unsms/training"
 *
 * console.log(securityAdviserRefresher.lengthWeeks, securityAdviserRefresher.kind) // 2 "refresher"
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const securityAdviserRefresher: Course = {
  id: "security-adviser-refresher",
  name: "Regional refresher course for security advisers",
  kind: "refresher",
  lengthWeeks: 2,
  requiredOf: "serving security advisers (about 120)",
  requiredBefore: null,
  validForMonths: null,
  renewedBy: [],
  source: { document: "A/61/531", location: "¶22 (iii)", note: "the report gives no refresher cycle" },
  validitySource: noLapse,
};

/**
 * Specialized training in handling hostage incidents, one of the specialized courses
 * DSS provides (A/61/531 ¶22; the report gives neither its length nor its audience).
 *
 * @example
 * ```ts
 * import { hostageIncidentManagement } from "@unsms/training"
 *
 * console.log(hostageIncidentManagement.kind, hostageIncidentManagement.lengthWeeks) // "specialized" null
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const hostageIncidentManagement: Course = {
  id: "hostage-incident-management",
  name: "Handling of hostage incidents",
  kind: "specialized",
  lengthWeeks: null,
  requiredOf: "security personnel the department selects (our reading: the report names no audience)",
  requiredBefore: null,
  validForMonths: null,
  renewedBy: [],
  source: { document: "A/61/531", location: "¶22" },
  validitySource: noLapse,
};

/**
 * The training standards and programmes for United Nations security officers that the
 * Division of Headquarters Security and Safety Services is to develop, as a priority, to
 * strengthen the coordination of close protection (A/61/531 ¶28, the sentence after
 * item (h)); ¶28 (g) adds the continuing specialized training of security and safety
 * personnel. The report gives no length.
 *
 * @example
 * ```ts
 * import { securityOfficerStandards } from "@unsms/training"
 *
 * console.log(securityOfficerStandards.source.location) // "¶28, closing sentence"
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const securityOfficerStandards: Course = {
  id: "security-officer-standards",
  name: "Training standards for United Nations security officers",
  kind: "standard",
  lengthWeeks: null,
  requiredOf: "United Nations security officers",
  requiredBefore: null,
  validForMonths: null,
  renewedBy: [],
  source: { document: "A/61/531", location: "¶28, closing sentence" },
  validitySource: noLapse,
};

/**
 * The specialized training some security advisers and field security officers received
 * to support United Nations Disaster Assessment and Coordination (UNDAC) teams deployed to
 * emergencies (A/61/531 ¶50); a skill the standby roster asks for.
 *
 * @example
 * ```ts
 * import { undacSupport } from "@unsms/training"
 *
 * console.log(undacSupport.id, undacSupport.source.location) // "undac-support" "¶50"
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const undacSupport: Course = {
  id: "undac-support",
  name: "Security support to UNDAC teams",
  kind: "specialized",
  lengthWeeks: null,
  requiredOf: "security advisers and field security officers on the standby roster who support UNDAC teams",
  requiredBefore: "deployment with an UNDAC team",
  validForMonths: null,
  renewedBy: [],
  source: { document: "A/61/531", location: "¶50" },
  validitySource: noLapse,
};
