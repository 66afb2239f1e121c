import type { Issue } from "@unsms/core";
import { describeThrown } from "./describeThrown";
import { hasDuplicates } from "./hasDuplicates";

/**
 * Participants read once: their ids and headcounts in input order, the sum and the largest
 * headcount.
 *
 * @internal
 */
export interface ReadParticipants {
  readonly ids: Array<string>;
  readonly weights: Float64Array;
  readonly whole: number;
  readonly maxWeight: number;
}

const describe = (value: unknown): string => {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return String(value);
  return value === null ? "null" : typeof value;
};

/**
 * Reads a list of participants in one pass, each field once (a getter of the caller's runs
 * at most once per field), and checks what it read: at least one participant, ids that are
 * non-empty strings given once, headcounts that are whole numbers of 0 or more adding up to
 * at most 2^53 − 1. Returns what was read, or every problem (the path of each built only for
 * a problem). Never throws: a getter or a proxy that throws is a problem at `$.participants`.
 * Linear, with no `Map` over the ids unless one is refused (see `hasDuplicates`).
 *
 * @internal
 */
export const readParticipants = (
  participants: unknown,
  root = "$.participants",
): ReadParticipants | ReadonlyArray<Issue> => {
  let ids: Array<string> = [];
  let weights = new Float64Array(0);
  let whole = 0;
  let maxWeight = 0;
  let bad: Array<number> | undefined;
  let unreadable: string | undefined;
  let rawIds: Array<unknown> = [];
  let rawWeights: Array<unknown> = [];
  try {
    if (!Array.isArray(participants) || participants.length === 0) {
      return [
        {
          path: root,
          expected: "at least one participant",
          received: Array.isArray(participants) ? "[]" : describe(participants),
          message: `${root}: nobody to apportion among`,
        },
      ];
    }
    const n = participants.length;
    ids = new Array<string>(n);
    weights = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const participant: unknown = participants[i];
      let id: unknown;
      let headcount: unknown;
      if (typeof participant === "object" && participant !== null) {
        ({ id, headcount } = participant as { id?: unknown; headcount?: unknown });
      }
      // typeof first: comparing an arbitrary object with 0 would call its valueOf
      if (
        typeof id === "string" &&
        id.length > 0 &&
        typeof headcount === "number" &&
        headcount >= 0 &&
        Number.isSafeInteger(headcount)
      ) {
        ids[i] = id;
        weights[i] = headcount;
        whole += headcount;
        if (headcount > maxWeight) maxWeight = headcount;
      } else {
        (bad ??= []).push(i);
        if (rawIds.length === 0) {
          rawIds = new Array<unknown>(n);
          rawWeights = new Array<unknown>(n);
        }
        rawIds[i] = id;
        rawWeights[i] = headcount;
        ids[i] = typeof id === "string" && id.length > 0 ? id : "";
      }
    }
  } catch (error) {
    unreadable = describeThrown(error);
  }
  if (unreadable !== undefined) {
    const message = `${root}: reading the participants threw (${unreadable})`;
    return [{ path: root, expected: "participants that can be read", received: unreadable, message }];
  }
  if (bad === undefined && whole <= Number.MAX_SAFE_INTEGER && !hasDuplicates(ids))
    return { ids, weights, whole, maxWeight };
  const issues: Array<Issue> = [];
  const seen = new Map<string, number>();
  let b = 0;
  for (let i = 0; i < ids.length; i++) {
    const isBad = bad !== undefined && bad[b] === i;
    if (isBad) b++;
    const id: unknown = isBad ? rawIds[i] : ids[i];
    if (typeof id !== "string" || id.length === 0) {
      const path = `${root}[${i}].id`;
      issues.push({
        path,
        expected: "a non-empty id",
        received: describe(id),
        message: `${path}: expected a non-empty id`,
      });
    } else if (seen.has(id)) {
      const path = `${root}[${i}].id`;
      issues.push({
        path,
        expected: "an id not given before",
        received: JSON.stringify(id),
        message: `${path}: ${JSON.stringify(id)} is already ${root}[${seen.get(id)}]`,
      });
    } else seen.set(id, i);
    if (isBad) {
      const headcount = rawWeights[i];
      if (!(typeof headcount === "number" && headcount >= 0 && Number.isSafeInteger(headcount))) {
        const path = `${root}[${i}].headcount`;
        const received =
          typeof headcount === "number" ? String(headcount) : headcount === null ? "null" : typeof headcount;
        issues.push({
          path,
          expected: "a headcount: a whole number, 0 or more",
          received,
          message: `${path}: a headcount must be a whole number, 0 or more; received ${received}`,
        });
      }
    }
  }
  if (issues.length === 0 && whole > Number.MAX_SAFE_INTEGER) {
    issues.push({
      path: root,
      expected: "headcounts adding up to at most 9007199254740991",
      received: String(whole),
      message: `${root}: the headcounts add up to more than 2^53 − 1 (${String(whole)})`,
    });
  }
  return issues.length > 0 ? issues : { ids, weights, whole, maxWeight };
};
