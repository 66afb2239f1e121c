/**
 * The shared vocabulary of unsms: exact money in `bigint` minor units, report-style
 * rates and exact ratios, branded ids, tagged domain errors and the one way to build them, the
 * instant parser; the `decode` boundary and the schemas are `@unsms/core/schema`.
 *
 * @packageDocumentation
 */
export type * from "./currency/Currency";
export * from "./currency/currencies";
export * from "./currency/getCurrency";

export type * from "./money/Money";
export * from "./money/addMoney";
export * from "./money/compareMoney";
export * from "./money/formatMoney";
export * from "./money/isMoney";
export * from "./money/MAX_AMOUNT_DIGITS";
export * from "./money/makeMoney";
export * from "./money/negateMoney";
export * from "./money/parseMoney";
export * from "./money/subtractMoney";
export * from "./money/sumMoney";

export type * from "./ratio/Ratio";
export type * from "./ratio/RoundingMode";
export * from "./ratio/addRatios";
export * from "./ratio/ceiling";
export * from "./ratio/compareRatios";
export * from "./ratio/divideRatios";
export * from "./ratio/floor";
export * from "./ratio/formatRatio";
export * from "./ratio/halfEven";
export * from "./ratio/halfUp";
export * from "./ratio/makeRatio";
export * from "./ratio/multiplyRatios";
export * from "./ratio/roundRatio";
export * from "./ratio/subtractRatios";

export type * from "./rate/Rate";
export * from "./rate/divideRoundHalfUp";
export * from "./rate/formatRate";
export * from "./rate/percentage";
export * from "./rate/makeRate";

export type * from "./ids/DutyStationId";
export type * from "./ids/OrganizationId";
export type * from "./ids/PassId";
export type * from "./ids/PersonId";
export type * from "./ids/PostId";
export type * from "./ids/UnitId";

export * from "./errors/CurrencyMismatch";
export * from "./errors/DecodeError";
export * from "./errors/DivisionByZero";
export type * from "./errors/ErrorJson";
export * from "./errors/InvalidAmount";
export type * from "./errors/IssueList";
export * from "./errors/addIssue";
export * from "./errors/makeIssueList";
export type * from "./errors/Issue";
export type * from "./errors/IssuesFields";
export * from "./errors/catchUnreadable";
export * from "./errors/describeAllowed";
export * from "./errors/describeThrown";
export * from "./errors/describeDate";
export * from "./errors/describeValue";
export * from "./errors/isListUpTo";
export * from "./errors/listLengthUpTo";
export * from "./errors/readOrElse";
export * from "./errors/makeIssues";
export * from "./errors/makeIssue";
export * from "./errors/MAX_ISSUES";
export type * from "./errors/SingleIssueFields";
export * from "./errors/NotAnInteger";
export * from "./errors/pathStep";
export * from "./errors/summarizeIssues";
export * from "./errors/toErrorJson";
export * from "./errors/InvalidInstant";
export * from "./errors/UnknownCurrency";

export * from "./time/parseInstant";

export type * from "./citation/Citation";
export type * from "./citation/Cited";
