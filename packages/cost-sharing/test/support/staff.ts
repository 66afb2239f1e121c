import type { Participant } from "@unsms/cost-sharing";

/**
 * Participants written as a table of ids and headcounts, in the table's order:
 * `staff({ UNDP: 6000, "World Bank": 1100 })`. The tests' ids are names, never integer-like
 * keys (which an object would move to the front).
 */
export const staff = (headcounts: Readonly<Record<string, number>>): Array<Participant> =>
  Object.entries(headcounts).map(([id, headcount]) => ({ id, headcount }));
