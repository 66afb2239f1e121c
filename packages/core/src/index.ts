/**
 * The shared vocabulary of unsms: exact money in `bigint` minor units, report-style
 * rates, branded ids, tagged domain errors and the `decode` boundary.
 *
 * @packageDocumentation
 */
export type { Currency } from "./currency/Currency";
export { CurrencyCodeSchema } from "./currency/CurrencyCodeSchema";
export { CHF, EUR, JPY, KWD, USD } from "./currency/currencies";
export { getCurrency } from "./currency/getCurrency";

export type { Money } from "./money/Money";
export { DecimalAmountSchema } from "./money/DecimalAmountSchema";
export { addMoney } from "./money/addMoney";
export { compareMoney } from "./money/compareMoney";
export { formatMoney } from "./money/formatMoney";
export { makeMoney } from "./money/makeMoney";
export { negateMoney } from "./money/negateMoney";
export { parseMoney } from "./money/parseMoney";
export { subtractMoney } from "./money/subtractMoney";
export { sumMoney } from "./money/sumMoney";

export type { Rate } from "./rate/Rate";
export { divideRoundHalfUp } from "./rate/divideRoundHalfUp";
export { formatRate } from "./rate/formatRate";
export { percentage } from "./rate/percentage";
export { makeRate } from "./rate/makeRate";

export { DutyStationIdSchema, type DutyStationId } from "./ids/DutyStationId";
export { OrganizationIdSchema, type OrganizationId } from "./ids/OrganizationId";
export { PassIdSchema, type PassId } from "./ids/PassId";
export { PersonIdSchema, type PersonId } from "./ids/PersonId";
export { PostIdSchema, type PostId } from "./ids/PostId";
export { UnitIdSchema, type UnitId } from "./ids/UnitId";

export { decode } from "./decode/decode";
export { toJsonSchema } from "./decode/toJsonSchema";

export { CurrencyMismatch } from "./errors/CurrencyMismatch";
export { DecodeError } from "./errors/DecodeError";
export { DivisionByZero } from "./errors/DivisionByZero";
export type { ErrorJson } from "./errors/ErrorJson";
export { InvalidAmount } from "./errors/InvalidAmount";
export type { Issue } from "./errors/Issue";
export { NotAnInteger } from "./errors/NotAnInteger";
export { summarizeIssues } from "./errors/summarizeIssues";
export { toErrorJson, type TaggedErrorLike } from "./errors/toErrorJson";
export { UnknownCurrency } from "./errors/UnknownCurrency";

export type { Citation } from "./citation/Citation";
export { CitationSchema } from "./citation/CitationSchema";
export type { Cited } from "./citation/Cited";
