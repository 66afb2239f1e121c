import { describeValue, makeIssue, type Issue } from "@unsms/core";
import { SECURITY_LEVEL_NUMBERS } from "../security/SecurityLevel";
import { SECURITY_PHASE_NUMBERS } from "../security/SecurityPhase";
import type { SecuritySituation } from "../security/SecuritySituation";

// a call marked pure: a bundler cannot tell that the spread runs no iterator, and would
// otherwise keep it in every app of the entry
const phases: ReadonlyArray<unknown> = /* @__PURE__ */ (() => ["none", ...SECURITY_PHASE_NUMBERS])();
const levels: ReadonlyArray<unknown> = SECURITY_LEVEL_NUMBERS;

/**
 * The issue of a value that is not a `SecuritySituation` (under `path`, at the field
 * that is wrong: `.system`, `.phase` or `.level`), or `undefined`. The same rule as
 * `SecuritySituationSchema`, from the same constants (`SECURITY_PHASE_NUMBERS`,
 * `SECURITY_LEVEL_NUMBERS`), for the functions of the main entry, which load no zod; keys
 * it does not read are ignored. A test checks that the two agree.
 *
 * @internal
 */
export const situationIssue = (situation: unknown, path: string): Issue | undefined => {
  if (typeof situation !== "object" || situation === null || Array.isArray(situation))
    return makeIssue(
      path,
      'a security situation ({ system: "phases", phase } or { system: "levels", level })',
      describeValue(situation),
    );
  const { system, phase, level } = situation as { system?: unknown; phase?: unknown; level?: unknown };
  if (system === "phases")
    return phases.includes(phase)
      ? undefined
      : makeIssue(`${path}.phase`, `one of ${phases.map((p) => JSON.stringify(p)).join(", ")}`, describeValue(phase));
  if (system === "levels")
    return levels.includes(level)
      ? undefined
      : makeIssue(`${path}.level`, `one of ${levels.join(", ")}`, describeValue(level));
  return makeIssue(`${path}.system`, 'one of "phases", "levels"', describeValue(system));
};

/**
 * Whether a value is a `SecuritySituation`: exactly when {@link situationIssue} finds no
 * issue, without building one — for the functions that only need the answer (they fail
 * closed on a situation that is not one).
 *
 * @internal
 */
export const isSituation = (situation: unknown): situation is SecuritySituation => {
  if (typeof situation !== "object" || situation === null || Array.isArray(situation)) return false;
  const { system, phase, level } = situation as { system?: unknown; phase?: unknown; level?: unknown };
  return system === "phases" ? phases.includes(phase) : system === "levels" && levels.includes(level);
};
