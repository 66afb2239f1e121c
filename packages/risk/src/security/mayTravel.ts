import { isListUpTo, readOrElse } from "@unsms/core";
import { requiredTraining } from "./requiredTraining";
import type { SecuritySituation } from "./SecuritySituation";
import type { TrainingRule } from "./TrainingRule";
import { TRAINING_RULES } from "./TrainingRule";

const isCourseList = (value: unknown): value is ReadonlyArray<string> =>
  isListUpTo(value, 100_000) && value.every((course) => typeof course === "string");

/**
 * Whether a staff member who completed some courses may be deployed or travel to a
 * location in a given situation: every course {@link requiredTraining} names must be
 * among `completed`. Returns the rules not met, each with its source. It fails closed for a
 * plain JavaScript caller: a traveller it cannot read (completed courses not an array of
 * strings, a revoked proxy) may not travel, and every rule of {@link TRAINING_RULES} is missing.
 *
 * @example
 * ```ts
 * import { mayTravel } from "@unsms/risk"
 *
 * const check = mayTravel({ situation: { system: "phases", phase: "III" }, completed: ["Basic Security in the Field"] })
 * console.log(check.allowed, check.missing.map((r) => `${r.course} (${r.source.document} ${r.source.location})`))
 * // false ["Advanced Security in the Field (A/61/531 ¶22)"]
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const mayTravel = (
  traveller: { readonly situation: SecuritySituation; readonly completed: ReadonlyArray<string> },
  rules: ReadonlyArray<TrainingRule> = TRAINING_RULES,
): { readonly allowed: boolean; readonly missing: ReadonlyArray<TrainingRule> } =>
  readOrElse(
    () => {
      const completed: unknown = traveller.completed;
      if (!isCourseList(completed)) return { allowed: false, missing: TRAINING_RULES };
      const done = new Set(completed);
      const missing = requiredTraining(traveller.situation, rules).filter((rule) => !done.has(rule.course));
      return { allowed: missing.length === 0, missing };
    },
    () => ({ allowed: false, missing: TRAINING_RULES }),
  );
