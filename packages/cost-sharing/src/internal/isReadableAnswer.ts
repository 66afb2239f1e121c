import type { CostShareAnswer } from "../json/CostShareAnswer";
import { isMoney } from "@unsms/core";

/** Anything read as an object (a plain JS caller's value may be anything). */
type Fields = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Fields => typeof value === "object" && value !== null;

/** A fraction of bigints. */
const isFraction = (value: unknown): boolean =>
  isObject(value) && typeof value["numerator"] === "bigint" && typeof value["denominator"] === "bigint";

const isOptionalFraction = (value: unknown): boolean => value === undefined || isFraction(value);

const isFormula = (formula: unknown): boolean => {
  if (!isObject(formula)) return false;
  const { kind } = formula;
  if (kind === "proportional") return true;
  if (kind === "floor") return isMoney(formula["minimum"]);
  const tiers = formula["tiers"];
  return (
    kind === "tiers" &&
    Array.isArray(tiers) &&
    tiers.every((tier: unknown) => isObject(tier) && isMoney(tier["amount"]) && isFraction(tier["below"]))
  );
};

const isShare = (share: unknown): boolean =>
  isObject(share) &&
  typeof share["id"] === "string" &&
  typeof share["headcount"] === "number" &&
  isMoney(share["amount"]) &&
  typeof share["basis"] === "string" &&
  (share["tier"] === undefined || typeof share["tier"] === "number");

const isExplanation = (explanation: unknown): boolean =>
  explanation === undefined ||
  (isObject(explanation) &&
    isOptionalFraction(explanation["quota"]) &&
    isOptionalFraction(explanation["remainder"]) &&
    (explanation["floor"] === undefined || isMoney(explanation["floor"])) &&
    (explanation["remainderRank"] === undefined || typeof explanation["remainderRank"] === "number") &&
    typeof explanation["leftoverUnit"] === "boolean" &&
    typeof explanation["text"] === "string");

const isRow = (row: unknown): boolean =>
  isObject(row) &&
  typeof row["id"] === "string" &&
  isMoney(row["due"]) &&
  isMoney(row["paid"]) &&
  isMoney(row["arrears"]) &&
  isMoney(row["overpaid"]);

const isFunding = (funding: unknown): boolean =>
  funding === undefined ||
  (isObject(funding) &&
    isMoney(funding["due"]) &&
    isMoney(funding["received"]) &&
    isMoney(funding["gap"]) &&
    isMoney(funding["surplus"]) &&
    typeof funding["hasGap"] === "boolean" &&
    Array.isArray(funding["rows"]) &&
    (funding["rows"] as ReadonlyArray<unknown>).every(isRow));

/**
 * Whether a value has, with the right types, every field the JSON contract of an answer
 * reads (`toCostShareResponse`, `costShareJsonChunks`): what only a plain JS caller's value
 * can lack. One pass over the shares, explanations and rows; a getter or a proxy that throws
 * throws through it (its callers guard the reading).
 *
 * @internal
 */
export const isReadableAnswer = (answer: CostShareAnswer): boolean => {
  const fields: unknown = answer;
  if (!isObject(fields) || !isObject(fields["apportionment"])) return false;
  const { apportionment, explanations } = fields;
  const shares = apportionment["shares"];
  if (
    !isMoney(apportionment["total"]) ||
    !isMoney(apportionment["pool"]) ||
    typeof apportionment["poolHeadcount"] !== "number" ||
    !isFormula(apportionment["formula"]) ||
    !Array.isArray(shares) ||
    (explanations !== undefined && !Array.isArray(explanations)) ||
    !isFunding(fields["funding"])
  )
    return false;
  for (let i = 0; i < shares.length; i++)
    if (!isShare(shares[i]) || !isExplanation((explanations as ReadonlyArray<unknown> | undefined)?.[i])) return false;
  return true;
};
