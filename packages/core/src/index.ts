/**
 * The shared vocabulary of unsms: exact money in `bigint` minor units, report-style
 * rates and exact ratios, branded ids, tagged domain errors and the one way to build them, the
 * instant parser; the `decode` boundary and the schemas are `@unsms/core/schema`.
 *
 * @packageDocumentation
 */
export type { Currency } from "./currency/Currency";
export { CHF, EUR, JPY, KWD, USD } from "./currency/currencies";
export { getCurrency } from "./currency/getCurrency";

export type { Money } from "./money/Money";
export { addMoney } from "./money/addMoney";
export { compareMoney } from "./money/compareMoney";
export { formatMoney } from "./money/formatMoney";
export { makeMoney } from "./money/makeMoney";
export { negateMoney } from "./money/negateMoney";
export { parseMoney } from "./money/parseMoney";
export { subtractMoney } from "./money/subtractMoney";
export { sumMoney } from "./money/sumMoney";

export type { Ratio } from "./ratio/Ratio";
export type { RoundingMode } from "./ratio/RoundingMode";
export { addRatios } from "./ratio/addRatios";
export { ceiling } from "./ratio/ceiling";
export { compareRatios } from "./ratio/compareRatios";
export { divideRatios } from "./ratio/divideRatios";
export { floor } from "./ratio/floor";
export { formatRatio, type FormatRatioOptions } from "./ratio/formatRatio";
export { halfEven } from "./ratio/halfEven";
export { halfUp } from "./ratio/halfUp";
export { makeRatio } from "./ratio/makeRatio";
export { multiplyRatios } from "./ratio/multiplyRatios";
export { roundRatio } from "./ratio/roundRatio";
export { subtractRatios } from "./ratio/subtractRatios";

export type { Rate } from "./rate/Rate";
export { divideRoundHalfUp } from "./rate/divideRoundHalfUp";
export { formatRate } from "./rate/formatRate";
export { percentage } from "./rate/percentage";
export { makeRate } from "./rate/makeRate";

export type { DutyStationId } from "./ids/DutyStationId";
export type { OrganizationId } from "./ids/OrganizationId";
export type { PassId } from "./ids/PassId";
export type { PersonId } from "./ids/PersonId";
export type { PostId } from "./ids/PostId";
export type { UnitId } from "./ids/UnitId";

export { CurrencyMismatch } from "./errors/CurrencyMismatch";
export { DecodeError } from "./errors/DecodeError";
export { DivisionByZero } from "./errors/DivisionByZero";
export type { ErrorJson } from "./errors/ErrorJson";
export { InvalidAmount } from "./errors/InvalidAmount";
export type { Issue } from "./errors/Issue";
export type { IssuesFields } from "./errors/IssuesFields";
export { catchUnreadable } from "./errors/catchUnreadable";
export { readOrElse } from "./errors/readOrElse";
export { makeIssues } from "./errors/makeIssues";
export { makeIssue } from "./errors/makeIssue";
export { MAX_ISSUES } from "./errors/MAX_ISSUES";
export type { SingleIssueFields } from "./errors/SingleIssueFields";
export { NotAnInteger } from "./errors/NotAnInteger";
export { summarizeIssues } from "./errors/summarizeIssues";
export { toErrorJson, type TaggedErrorLike } from "./errors/toErrorJson";
export { InvalidInstant } from "./errors/InvalidInstant";
export { UnknownCurrency } from "./errors/UnknownCurrency";

export { parseInstant } from "./time/parseInstant";

export type { Citation } from "./citation/Citation";
export type { Cited } from "./citation/Cited";
