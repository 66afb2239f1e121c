import type { Accountability } from "@unsms/sdk";

/** A list written once in the answer: the index of `list` in `table`, added on first sight (by identity). */
const indexIn = <T>(table: Array<T>, seen: Map<T, number>, list: T): number => {
  let index = seen.get(list);
  if (index === undefined) {
    index = table.length;
    seen.set(list, index);
    table.push(list);
  }
  return index;
};

/**
 * `unsms accountability explain --json`: a person's explanation with each list that roles
 * share written once. `explainPerson` gives every role answering to the same group the same
 * list of people, and every role of the same kind the same chain and lines; JSON would copy
 * them into each role, so a person holding k appointments answered to by m people would
 * print k × m entries (2 000 warden appointments printed 355 MB). Instead `superiors`,
 * `lines` and `chains` hold each distinct list once, and each role points into them by index
 * (`superiors`, `lines`, `chain`); a role's `answersTo` ids are those of its superiors.
 *
 * @internal
 */
export const explanationJson = (explanation: Accountability.PersonExplanation) => {
  const superiors: Array<Accountability.ExplainedRole["answersToPeople"]> = [];
  const lines: Array<Accountability.ExplainedRole["lines"]> = [];
  const chains: Array<Accountability.ExplainedRole["chain"]> = [];
  const seenSuperiors = new Map<Accountability.ExplainedRole["answersToPeople"], number>();
  const seenLines = new Map<Accountability.ExplainedRole["lines"], number>();
  const seenChains = new Map<Accountability.ExplainedRole["chain"], number>();
  const roles = explanation.roles.map(({ answersTo: _ids, answersToPeople, lines: own, chain, ...role }) => ({
    ...role,
    superiors: indexIn(superiors, seenSuperiors, answersToPeople),
    lines: indexIn(lines, seenLines, own),
    chain: indexIn(chains, seenChains, chain),
  }));
  return { person: explanation.person, dutyStation: explanation.dutyStation, roles, superiors, lines, chains };
};
