import { readOrElse } from "@unsms/core";
import { listProblem } from "../internal/listProblem";
import type { SecurityPhase, SecurityPhaseDefinition } from "./SecurityPhase";
import { SECURITY_PHASES } from "./SecurityPhase";

/**
 * Whether someone may declare a security phase, by the phase data
 * ({@link SECURITY_PHASES} unless an agency passes its own): the declarer must be the
 * phase's `declaredBy`, and the phase's `priorAuthorization`, if any, must be among
 * `authorizedBy`. The reasons say which rule decided. A request or phase data it cannot read
 * (not objects, phases not an array of at most 100 000, a revoked proxy) is not allowed, and
 * the reason says so: never an exception, whatever a JavaScript caller passes.
 *
 * @example
 * ```ts
 * import { canDeclarePhase } from "@unsms/risk"
 *
 * console.log(canDeclarePhase({ declarer: "Designated Official", phase: "II" }).allowed) // true
 * const iii = canDeclarePhase({ declarer: "Designated Official", phase: "III" })
 * console.log(iii.allowed, iii.reasons[0]) // false "phase III (Relocation) needs the prior authorization of the Secretary-General"
 * console.log(canDeclarePhase({ declarer: "Designated Official", phase: "III", authorizedBy: ["Secretary-General"] }).allowed) // true
 * ```
 *
 * @category security phases and levels
 * @since 0.1.0
 */
export const canDeclarePhase = (
  request: { readonly declarer: string; readonly phase: SecurityPhase; readonly authorizedBy?: ReadonlyArray<string> },
  phases: ReadonlyArray<SecurityPhaseDefinition> = SECURITY_PHASES,
): { readonly allowed: boolean; readonly reasons: ReadonlyArray<string> } =>
  readOrElse(
    () =>
      listProblem(phases, "phases") === undefined && typeof request === "object" && request !== null
        ? decide(request, phases)
        : unreadable,
    () => unreadable,
  );

const unreadable = {
  allowed: false,
  reasons: ["the request or the phase data cannot be read (unsms schema: a declarer, a phase and the phase data)"],
} as const;

const decide = (
  request: { readonly declarer: string; readonly phase: SecurityPhase; readonly authorizedBy?: ReadonlyArray<string> },
  phases: ReadonlyArray<SecurityPhaseDefinition>,
): { readonly allowed: boolean; readonly reasons: ReadonlyArray<string> } => {
  const definition = phases.find((candidate) => candidate.phase === request.phase);
  if (definition === undefined)
    return { allowed: false, reasons: [`phase ${String(request.phase)} is not defined in the phase data given`] };
  const reasons: Array<string> = [];
  if (request.declarer !== definition.declaredBy) {
    reasons.push(
      `phase ${definition.phase} (${definition.name}) is declared by the ${definition.declaredBy}, not the ${request.declarer}`,
    );
  }
  if (definition.priorAuthorization !== null && !(request.authorizedBy ?? []).includes(definition.priorAuthorization)) {
    reasons.push(
      `phase ${definition.phase} (${definition.name}) needs the prior authorization of the ${definition.priorAuthorization}`,
    );
  }
  if (reasons.length > 0) return { allowed: false, reasons };
  return {
    allowed: true,
    reasons: [
      definition.priorAuthorization === null
        ? `the ${definition.declaredBy} may declare phase ${definition.phase} (${definition.name})`
        : `the ${definition.declaredBy} may declare phase ${definition.phase} (${definition.name}) with the ${definition.priorAuthorization}'s prior authorization`,
    ],
  };
};
