/**
 * Exact headcount apportionment of UN security costs (A/61/531 ¶52–53, resolution
 * 56/255): largest remainder to the minor unit for any amount, formulas as policy values,
 * the field/central budget, payments and funding gaps, scenarios, and an explanation of
 * every share. Schemas and the JSON reader: `@unsms/cost-sharing/schema`; the batch API
 * over bare weights (`apportionWeights`, `makeApportioner`): `@unsms/cost-sharing/batch`.
 *
 * @packageDocumentation
 */
export type * from "./apportion/Participant";
export type * from "./apportion/Apportionment";
export * from "./apportion/apportion";

export type * from "./formula/Formula";
export * from "./formula/floorFormula";
export * from "./formula/formula2002";
export * from "./formula/formula2005";
export * from "./formula/proportionalFormula";

export * from "./errors/FormulaNotMet";
export * from "./errors/InvalidAnswer";
export * from "./errors/InvalidFormula";
export * from "./errors/InvalidParticipants";
export * from "./errors/InvalidPayments";
export * from "./errors/InvalidScenario";
export * from "./errors/UnknownParticipant";
export * from "./errors/ZeroHeadcount";

export type * from "./explain/ShareExplanation";
export * from "./explain/explainApportionment";

export type * from "./budget/Budget";
export * from "./budget/shareBudget";

export type * from "./payments/Payment";
export * from "./payments/fundingGap";

export type * from "./scenario/Scenario";
export * from "./scenario/runScenario";

export type * from "./json/CostShareRequest";
export type * from "./json/CostShareAnswer";
export * from "./json/answerCostShare";
export type * from "./json/CostShareResponse";
export * from "./json/costShare";
export * from "./json/toCostShareResponse";
export * from "./json/costShareJsonChunks";
