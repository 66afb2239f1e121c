/**
 * Exact headcount apportionment of UN security costs (A/61/531 ¶52–53, resolution
 * 56/255): largest remainder to the minor unit for any amount, formulas as policy values,
 * the field/central budget, payments and funding gaps, scenarios, and an explanation of
 * every share. Schemas and the JSON reader: `@unsms/cost-sharing/schema`; the batch API
 * over bare weights (`apportionWeights`, `makeApportioner`): `@unsms/cost-sharing/batch`.
 *
 * @packageDocumentation
 */
export type { Participant } from "./apportion/Participant";
export type { Apportionment, Share, ShareBasis } from "./apportion/Apportionment";
export { apportion, type ApportionError } from "./apportion/apportion";

export type { FloorFormula, Formula, ProportionalFormula, Tier, TiersFormula } from "./formula/Formula";
export { floorFormula } from "./formula/floorFormula";
export { formula2002 } from "./formula/formula2002";
export { formula2005 } from "./formula/formula2005";
export { proportionalFormula } from "./formula/proportionalFormula";

export { FormulaNotMet } from "./errors/FormulaNotMet";
export { InvalidAnswer } from "./errors/InvalidAnswer";
export { InvalidFormula } from "./errors/InvalidFormula";
export { InvalidParticipants } from "./errors/InvalidParticipants";
export { InvalidPayments } from "./errors/InvalidPayments";
export { InvalidScenario } from "./errors/InvalidScenario";
export { UnknownParticipant } from "./errors/UnknownParticipant";
export { ZeroHeadcount } from "./errors/ZeroHeadcount";

export type { ShareExplanation } from "./explain/ShareExplanation";
export { explainApportionment } from "./explain/explainApportionment";

export type { Budget, BudgetShare, BudgetShares } from "./budget/Budget";
export { shareBudget } from "./budget/shareBudget";

export type { Arrears, FundingGap, Payment } from "./payments/Payment";
export { fundingGap } from "./payments/fundingGap";

export type { CostShareInput, Scenario, ScenarioOutcome, ScenarioRow } from "./scenario/Scenario";
export { runScenario } from "./scenario/runScenario";

export type { CostShareRequest } from "./json/CostShareRequest";
export type { CostShareAnswer } from "./json/CostShareAnswer";
export { answerCostShare } from "./json/answerCostShare";
export type { CostShareJsonShare, CostShareResponse } from "./json/CostShareResponse";
export { costShare } from "./json/costShare";
export { toCostShareResponse } from "./json/toCostShareResponse";
export { costShareJsonChunks } from "./json/costShareJsonChunks";
