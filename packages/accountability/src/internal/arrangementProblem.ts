import { isListUpTo } from "@unsms/core";
import type { Arrangement } from "../arrangement/Arrangement";
import { isRecord, limits } from "./limits";

const listsOfRecords: ReadonlyArray<
  readonly [key: "people" | "organizations" | "appointments", fields: ReadonlyArray<string>]
> = [
  ["people", ["id", "organization"]],
  ["organizations", ["id", "head"]],
  ["appointments", ["role", "person"]],
];

/**
 * The cheap structural check the arrangement functions run first (no schema): a record
 * whose people, organizations, appointments and SMT members are real arrays of at most
 * 100 000 items, each item a record with its string ids, and whose training, if any, has
 * records in a real array of at most 100 000 (each read by training's `isCertified`). `undefined` when the arrangement
 * can be read; else what is wrong, with its path. Linear in the arrangement.
 *
 * @internal
 */
export const arrangementProblem = (arrangement: Arrangement): string | undefined => {
  const value: unknown = arrangement;
  if (!isRecord(value)) return "$: expected an arrangement (unsms schema accountability-check)";
  for (const [key, fields] of listsOfRecords) {
    const list = value[key];
    if (!isListUpTo(list, limits.arrangementList))
      return `$.${key}: expected an array of at most ${limits.arrangementList} items`;
    for (let index = 0; index < list.length; index += 1) {
      const item: unknown = list[index];
      if (!isRecord(item) || fields.some((field) => typeof item[field] !== "string"))
        return `$.${key}[${index}]: expected a record with string ${fields.join(" and ")}`;
    }
  }
  const team = value["securityManagementTeam"];
  if (!isRecord(team) || !isListUpTo(team["members"], limits.arrangementList))
    return `$.securityManagementTeam.members: expected an array of at most ${limits.arrangementList} person ids`;
  // the training is optional; its records, when it is given, a list as long as the schema takes
  const training = value["training"];
  if (training !== undefined && training !== null) {
    if (!isRecord(training)) return "$.training: expected the arrangement's training (asOf and records)";
    if (!isListUpTo(training["records"], limits.arrangementList))
      return `$.training.records: expected an array of at most ${limits.arrangementList} training records`;
  }
  return undefined;
};
