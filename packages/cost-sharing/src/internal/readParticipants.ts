import {
  describeThrown,
  describeValue,
  makeIssue,
  makeIssues,
  MAX_ISSUES,
  type Issue,
  type IssuesFields,
} from "@unsms/core";
import { headcountIssue } from "./headcountIssue";
import { enterId, FEW_IDS, giveBackIdTable, sampledHashOf, takeIdTable } from "./idTable";
import { MAX_WEIGHTS } from "./maxWeights";
import { partitionedIdsTwice } from "./partitionedIdsTwice";

/**
 * Participants read once: their ids and headcounts in input order, the sum and the largest
 * headcount.
 *
 * @internal
 */
export interface ReadParticipants {
  readonly ids: Array<string>;
  readonly weights: Array<number> | Float64Array;
  readonly whole: number;
  readonly maxWeight: number;
}

/** Where the participants are in the input. */
const ROOT = "$.participants";

/** What a refusal says is wrong. */
const WHAT = "the participants are invalid";

/**
 * Whether a value read as a headcount is one: a whole number, 0 or more
 * (`Number.isSafeInteger` first: comparing an object with 0 would call its `valueOf`).
 *
 * @internal
 */
export const isHeadcount = (headcount: unknown): headcount is number =>
  Number.isSafeInteger(headcount) && (headcount as number) >= 0;

/**
 * The refusal of participants that did not read clean: every problem, each at its path,
 * every id and headcount as read, each field once: an earlier one's than `at` as the loop
 * read it (`ids`, `weights`), the one at `at` as given (`badId`, `badHeadcount`), a later
 * one's read now (`at = n`: every one was read). Ids that are not non-empty strings, ids
 * given twice, headcounts that are not whole numbers of 0 or more, and headcounts adding up
 * to more than 2^53 − 1, by core's `makeIssues`: every problem counted, only the first
 * `MAX_ISSUES` made into issues. A function called with the loop's values, not a closure
 * made in the loop: that would keep the loop's variables in a context allocated on every
 * turn (a million participants took 12 ms longer); and it makes no closure itself.
 */
const problems = (
  participants: ReadonlyArray<unknown>,
  ids: ReadonlyArray<string>,
  weights: ArrayLike<number>,
  whole: number,
  at: number,
  badId?: unknown,
  badHeadcount?: unknown,
): IssuesFields => {
  const issues: Array<Issue> = [];
  const seen = new Map<string, number>();
  let found = 0;
  const n = participants.length;
  for (let i = 0; i < n; i++) {
    // a later participant's fields read now, each once (Object(): a value that is not an object has neither)
    const { id, headcount } = (
      i < at
        ? { id: ids[i], headcount: weights[i] }
        : i > at
          ? Object(participants[i])
          : { id: badId, headcount: badHeadcount }
    ) as { id?: unknown; headcount?: unknown };
    // each problem counted; only the first MAX_ISSUES made
    if (typeof id !== "string" || id === "") {
      if (found++ < MAX_ISSUES) issues.push(makeIssue(`${ROOT}[${i}].id`, "a non-empty id", describeValue(id)));
    } else if (seen.has(id)) {
      if (found++ < MAX_ISSUES)
        issues.push(
          makeIssue(`${ROOT}[${i}].id`, `an id not given before (${ROOT}[${seen.get(id)}] has it)`, describeValue(id)),
        );
    } else seen.set(id, i);
    if (!isHeadcount(headcount) && found++ < MAX_ISSUES)
      issues.push(headcountIssue(`${ROOT}[${i}].headcount`, headcount));
  }
  if (found === 0) issues.push(makeIssue(ROOT, "headcounts adding up to at most 9007199254740991", String(whole)));
  return makeIssues(WHAT, issues, found);
};

/**
 * Reads a list of participants in one pass, each field once (a getter of the caller's runs
 * at most once per field), and checks what it read: at least one participant, ids that are
 * non-empty strings given once, headcounts that are whole numbers of 0 or more adding up to
 * at most 2^53 − 1. Returns what was read, or the fields of `InvalidParticipants` (worded
 * only for a refusal, by core's `makeIssues`: the first `MAX_ISSUES` made, the rest counted).
 * Never throws: a getter or a proxy that throws is a problem at `$.participants`. Linear,
 * with no `Map` over the ids unless one is refused (duplicates are looked for in an `idTable`
 * up to 256 ids, by `partitionedIdsTwice` above).
 *
 * @internal
 */
export const readParticipants = (participants: unknown): ReadParticipants | IssuesFields => {
  try {
    // the length checked before anything is read or allocated: a sparse array may claim 2^32 − 1 items
    if (!Array.isArray(participants) || !(participants.length > 0 && participants.length <= MAX_WEIGHTS))
      return makeIssues(WHAT, [makeIssue(ROOT, `1 to ${MAX_WEIGHTS} participants`, describeValue(participants))]);
    const n = participants.length;
    const ids = new Array<string>(n);
    const sampled = n <= FEW_IDS;
    // a short list's headcounts in a plain array: a typed array that small costs more to make than to fill
    const weights = sampled ? new Array<number>(n) : new Float64Array(n);
    let whole = 0;
    let maxWeight = 0;
    // duplicate ids: a short list's entered in a table as each is read (see idTable); a long
    // list's hashed as read, then looked for partition by partition (see partitionedIdsTwice)
    let mask = 15; // the short list's table: a power of two of at least 2n entries, less one
    while (mask < 2 * n - 1) mask += mask + 1;
    const table = sampled ? takeIdTable(mask + 1) : undefined;
    const hashes = sampled ? undefined : new Int32Array(n);
    let budget = 8 * n + 64; // probes left (see enterId)
    for (let i = 0; i < n; i++) {
      const participant: unknown = participants[i];
      let id: unknown;
      let headcount: unknown;
      if (typeof participant === "object" && participant !== null)
        ({ id, headcount } = participant as { id?: unknown; headcount?: unknown });
      if (typeof id === "string" && id !== "" && isHeadcount(headcount)) {
        ids[i] = id;
        weights[i] = headcount;
        whole += headcount;
        if (headcount > maxWeight) maxWeight = headcount;
        if (hashes !== undefined) {
          // FNV-1a of every code unit, written in the loop: called as a function it was not inlined here (a million ids took 14 ms longer)
          let h = 0x811c9dc5;
          for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 16_777_619);
          hashes[i] = h;
        } else if (budget > 0) budget = enterId(table as Int32Array, ids, i, sampledHashOf(id), mask, budget);
      } else {
        // a refusal: what was read so far, this participant, and the rest read as they come, each field once
        return problems(participants, ids, weights, whole, i, id, headcount);
      }
    }
    let twice: boolean | undefined;
    if (hashes !== undefined) twice = partitionedIdsTwice(ids, hashes);
    else {
      giveBackIdTable(table as Int32Array);
      twice = budget < 0 ? true : budget === 0 ? undefined : false;
    }
    // past the probe budget (ids crafted to collide): a Set decides
    twice ??= new Set(ids).size !== n;
    if (whole <= Number.MAX_SAFE_INTEGER && !twice) return { ids, weights, whole, maxWeight };
    return problems(participants, ids, weights, whole, n);
  } catch (error) {
    return makeIssues(WHAT, [
      makeIssue(ROOT, "participants that can be read", `a value that threw ${describeThrown(error)}`),
    ]);
  }
};
