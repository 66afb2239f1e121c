import type { Issue } from "@unsms/core";
import type { Participant } from "../apportion/Participant";
import { checkWeights } from "./checkWeights";

/**
 * Every problem with a list of participants: none at all, an id that is not a non-empty
 * string or is given twice, a headcount that is not a whole number of at least zero.
 *
 * @internal
 */
export const checkParticipants = (participants: ReadonlyArray<Participant>, root = "$.participants"): ReadonlyArray<Issue> => {
  if (!Array.isArray(participants) || participants.length === 0) {
    return [{ path: root, expected: "at least one participant", received: "[]", message: `${root}: nobody to apportion among` }];
  }
  const issues: Array<Issue> = [];
  const seen = new Map<string, number>();
  participants.forEach((participant, index) => {
    const id: unknown = typeof participant === "object" && participant !== null ? participant.id : undefined;
    if (typeof id === "string" && id.length > 0 && !seen.has(id)) {
      seen.set(id, index);
      return;
    }
    const path = `${root}[${index}].id`; // built only for a problem
    if (typeof id !== "string" || id.length === 0) {
      issues.push({ path, expected: "a non-empty id", received: JSON.stringify(id) ?? String(id), message: `${path}: expected a non-empty id` });
    } else {
      issues.push({
        path,
        expected: "an id not given before",
        received: JSON.stringify(id),
        message: `${path}: ${JSON.stringify(id)} is already ${root}[${seen.get(id) ?? 0}]`,
      });
    }
  });
  const weights = participants.map((participant): number =>
    typeof participant === "object" && participant !== null ? participant.headcount : Number.NaN,
  );
  issues.push(...checkWeights(weights, (index) => `${root}[${index}].headcount`).issues);
  return issues;
};
