import type { SecurityLevel } from "../security/SecurityLevel";
import type { SecurityPhase } from "../security/SecurityPhase";

/**
 * From which phase and from which security level "Advanced Security in the Field" is
 * required (A/61/531 ¶22: staff deployed or travelling to a field location that has entered
 * a security phase — the Chinese text says 安全级别, "security level"; the system of 2006 was
 * the phases). Phase I: any phase in force. Level 1: our reading for the UNSMS Security Level
 * System (2011), under which every location has a level, so every location "has entered" one.
 * The one mapping that `TRAINING_RULES` and `DEFAULT_MOSS` (measure `TRN-2`) both read, so
 * that the two defaults require the course in exactly the same situations.
 *
 * @internal
 */
export const advancedSecurityFrom: { readonly phase: SecurityPhase; readonly level: SecurityLevel } = {
  phase: "I",
  level: 1,
};
