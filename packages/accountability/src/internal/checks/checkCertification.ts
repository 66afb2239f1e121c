import { isCertified, type TrainingRecord } from "@unsms/training";
import type { StationFacts } from "../StationFacts";
import type { Finding } from "./Finding";
import { makeFinding } from "./makeFinding";

const isRecords = (value: unknown): value is ReadonlyArray<TrainingRecord> => Array.isArray(value);

/**
 * Chief security advisers without the security adviser certification at the
 * arrangement's `training.asOf`; not judged when the arrangement carries no training. A
 * person listed with two records is certified when either certifies them.
 *
 * @internal
 */
export const checkCertification = (facts: StationFacts): ReadonlyArray<Finding> => {
  const training = facts.arrangement.training;
  if (training === undefined || training === null || !isRecords(training.records)) return [];
  // a person listed twice (the schema refuses it; a JS caller may not) is certified when any
  // of their records certifies them, so that the answer never depends on the records' order
  const records = new Map<string, Array<TrainingRecord>>();
  for (const record of training.records) {
    if (typeof record?.person !== "string") continue;
    const earlier = records.get(record.person);
    if (earlier === undefined) records.set(record.person, [record]);
    else earlier.push(record);
  }
  const findings: Array<Finding> = [];
  for (const id of facts.holders("chief-security-adviser")) {
    const own = records.get(id) ?? [{ person: id, completed: [] }];
    if (own.some((record) => isCertified(record, training.asOf))) continue;
    findings.push(
      makeFinding(
        "chief-security-adviser-not-certified",
        `the Chief Security Adviser, ${facts.describe(id)}, has no security adviser certification on record at ${training.asOf instanceof Date && !Number.isNaN(training.asOf.getTime()) ? training.asOf.toISOString() : "the time of the check"}`,
        [id],
      ),
    );
  }
  return findings;
};
