import type { Citation } from "@unsms/core";
import { advancedSecurityInTheField, basicSecurityInTheField } from "@unsms/training";
import { advancedSecurityFrom } from "../internal/advancedSecurityFrom";
import type { SecurityLevel } from "./SecurityLevel";
import type { SecurityPhase } from "./SecurityPhase";
import { SECURITY_PHASE_NUMBERS } from "./SecurityPhase";

/**
 * When a training rule applies: always, when the location is under one of some phases,
 * or when it is at a security level from some level up.
 *
 * @example
 * ```ts
 * import type { TrainingCondition } from "@unsms/risk"
 *
 * const fromLevel3: TrainingCondition = { kind: "levels", from: 3 }
 * console.log(fromLevel3.kind)
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export type TrainingCondition =
  | { readonly kind: "always" }
  | { readonly kind: "phases"; readonly phases: ReadonlyArray<SecurityPhase> }
  | { readonly kind: "levels"; readonly from: SecurityLevel };

/**
 * A training course that staff must have completed to be deployed to or travel to a
 * location, and when.
 *
 * @example
 * ```ts
 * import type { TrainingRule } from "@unsms/risk"
 *
 * const rule: TrainingRule = {
 *   course: "Advanced Security in the Field",
 *   appliesWhen: { kind: "phases", phases: ["I", "II", "III", "IV", "V"] },
 *   description: "staff deployed or travelling to a location under a security phase",
 *   source: { document: "A/61/531", location: "¶22" },
 * }
 * console.log(rule.course)
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export interface TrainingRule {
  /** The course. */
  readonly course: string;
  /** When it is required. */
  readonly appliesWhen: TrainingCondition;
  /** Who must take it, in words. */
  readonly description: string;
  /** Where the rule comes from. */
  readonly source: Citation;
}

/**
 * The training rules of the report (¶22): every UN system staff member must take "Basic
 * Security in the Field"; every staff member deployed or travelling to a field location
 * that has entered a security phase must take "Advanced Security in the Field"
 * (interactive, in the six official languages). The courses are `@unsms/training`'s
 * definitions (their names and sources), the one catalogue the certification checks use too.
 *
 * The Chinese text of ¶22 says 安全级别 ("security level"); the system of 2006 was the
 * phases, so under the phase system the Advanced course is required at phases I–V. For the
 * later UNSMS Security Level System (2011), under which every location has a level, a third
 * rule requires it at every level from 1: **our reading**, not the report's (its source
 * says so in a note). Both rules read the same mapping (phase I, level 1) as measure `TRN-2`
 * of {@link DEFAULT_MOSS}, so the two defaults require the course in exactly the same
 * situations. An agency with another rule passes its own list.
 *
 * @example
 * ```ts
 * import { TRAINING_RULES } from "@unsms/risk"
 *
 * for (const rule of TRAINING_RULES) console.log(rule.course, rule.appliesWhen.kind, rule.source.location)
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const TRAINING_RULES: ReadonlyArray<TrainingRule> = /* @__PURE__ */ ((): ReadonlyArray<TrainingRule> => [
  // a call marked pure: a bundler cannot tell that reading the courses' fields runs no
  // getter, and would otherwise keep the rules and the courses in every app of the entry
  {
    course: basicSecurityInTheField.name,
    appliesWhen: { kind: "always" },
    description: "every UN system staff member",
    source: basicSecurityInTheField.source,
  },
  {
    course: advancedSecurityInTheField.name,
    appliesWhen: {
      kind: "phases",
      phases: SECURITY_PHASE_NUMBERS.slice(SECURITY_PHASE_NUMBERS.indexOf(advancedSecurityFrom.phase)),
    },
    description: "every UN staff member deployed or travelling to a field location under a security phase",
    source: advancedSecurityInTheField.source,
  },
  {
    course: advancedSecurityInTheField.name,
    appliesWhen: { kind: "levels", from: advancedSecurityFrom.level },
    description:
      "every UN staff member deployed or travelling to a field location at any security level (our reading of ¶22)",
    source: {
      document: advancedSecurityInTheField.source.document,
      location: advancedSecurityInTheField.source.location,
      note: "The Chinese text of ¶22 says 安全级别 (security level); the system of 2006 was the security phases. Requiring the course at every level of the UNSMS Security Level System (2011), under which every location has a level, is our reading, not the report's.",
    },
  },
])();
