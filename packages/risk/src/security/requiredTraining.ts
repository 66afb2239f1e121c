import { readOrElse } from "@unsms/core";
import { listProblem } from "../internal/listProblem";
import { isSituation } from "../internal/situationIssue";
import type { SecuritySituation } from "./SecuritySituation";
import type { TrainingRule } from "./TrainingRule";
import { TRAINING_RULES } from "./TrainingRule";

/**
 * The training rules that apply to staff deployed or travelling to a location in a
 * given situation ({@link TRAINING_RULES} unless an agency passes its own), in the rules'
 * order. A location with no phase in force (`"none"`) only needs the rules that always apply.
 * It fails closed for a plain JavaScript caller: a situation or rules it cannot read (not an
 * array of at most 100 000 rules, a revoked proxy) give every rule of {@link TRAINING_RULES},
 * and a situation that is not one (an unknown system, phase or level) every rule given.
 *
 * @example
 * ```ts
 * import { requiredTraining } from "@unsms/risk"
 *
 * console.log(requiredTraining({ system: "phases", phase: "none" }).map((r) => r.course)) // ["Basic Security in the Field"]
 * console.log(requiredTraining({ system: "phases", phase: "II" }).map((r) => r.course)) // […, "Advanced Security in the Field"]
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const requiredTraining = (
  situation: SecuritySituation,
  rules: ReadonlyArray<TrainingRule> = TRAINING_RULES,
): ReadonlyArray<TrainingRule> =>
  readOrElse(
    () =>
      listProblem(rules, "rules") !== undefined
        ? TRAINING_RULES
        : isSituation(situation)
          ? rules.filter(appliesIn(situation))
          : rules,
    () => TRAINING_RULES,
  );

const appliesIn =
  (situation: SecuritySituation) =>
  (rule: TrainingRule): boolean => {
    const condition = rule.appliesWhen;
    switch (condition.kind) {
      case "always":
        return true;
      case "phases":
        return (
          situation.system === "phases" && situation.phase !== "none" && condition.phases.includes(situation.phase)
        );
      case "levels":
        return situation.system === "levels" && situation.level >= condition.from;
    }
  };
