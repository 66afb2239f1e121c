import type { AppointmentRequirement } from "./AppointmentRequirement";

/**
 * The default appointment rules: a chief security adviser / security adviser (and an
 * acting one is not included: the report asks it of "security adviser candidates") must
 * hold the security adviser certification before the contract is signed (A/61/531 ¶22 (ii)).
 * The three-week induction (¶22 (i)) follows the appointment, so it is not a condition of it.
 *
 * @example
 * ```ts
 * import { appointmentRequirements } from "@unsms/training"
 *
 * console.log(appointmentRequirements.map((rule) => rule.role)) // ["chief-security-adviser", "security-adviser"]
 * ```
 *
 * @category checks
 * @since 0.2.0
 */
export const appointmentRequirements: ReadonlyArray<AppointmentRequirement> = [
  {
    role: "chief-security-adviser",
    courses: ["security-adviser-certification"],
    source: { document: "A/61/531", location: "¶22 (ii)" },
  },
  {
    role: "security-adviser",
    courses: ["security-adviser-certification"],
    source: { document: "A/61/531", location: "¶22 (ii)" },
  },
];
