/**
 * The one import for systems that embed unsms: the core vocabulary (money, rates, ids,
 * errors) and, namespaced, every domain package. Decoding unknown input (JSON from other
 * systems) is `@unsms/sdk/schema`; the effect services (signing and checking passes through
 * `Context` and `Layer`) are `@unsms/sdk/services`, so that this entry loads no effect runtime.
 *
 * This entry adds nothing of its own, so its reference is that of the packages it gathers:
 * core's exports are its own ({@link @unsms/core!index | @unsms/core}), and each namespace
 * is a domain package's main entry — {@link @unsms/accountability!index | Accountability},
 * {@link @unsms/staffing!index | Staffing}, {@link @unsms/cost-sharing!index | CostSharing},
 * {@link @unsms/risk!index | Risk}, {@link @unsms/access-pass!index | AccessPass},
 * {@link @unsms/presence!index | Presence}, {@link @unsms/equipment!index | Equipment},
 * {@link @unsms/training!index | Training}, {@link @unsms/surge!index | Surge} and
 * {@link @unsms/reference-data!index | ReferenceData}.
 *
 * @example
 * ```ts
 * import { formatMoney, parseMoney, USD } from "@unsms/sdk"
 * import * as Result from "effect/Result"
 *
 * console.log(formatMoney(Result.getOrThrow(parseMoney("33400", USD)))) // "33400.00"
 * ```
 *
 * @packageDocumentation
 */
export * from "@unsms/core";

/** The framework of accountability (A/61/531, Annex I) and the check of a duty station's arrangement: `@unsms/accountability`. */
export * as Accountability from "@unsms/accountability";
/** Posts, units, fill rates, post changes and round-the-clock coverage: `@unsms/staffing`. */
export * as Staffing from "@unsms/staffing";
/** Exact headcount apportionment of field security costs, formulas, gaps and scenarios: `@unsms/cost-sharing`. */
export * as CostSharing from "@unsms/cost-sharing";
/** Risk matrices, threat registers, acceptability, phases and levels, MOSS compliance: `@unsms/risk`. */
export * as Risk from "@unsms/risk";
/** Grounds passes: policy, issuance, register, signed tokens verified offline: `@unsms/access-pass` (its effect services: `@unsms/sdk/services`). */
export * as AccessPass from "@unsms/access-pass";
/** Who is where (¶25): presence records, census, changes, evacuation lists and cost-sharing headcounts: `@unsms/presence`. */
export * as Presence from "@unsms/presence";
/** Specialized security equipment (¶35, ¶47): the register, the standard list and readiness gaps: `@unsms/equipment`. */
export * as Equipment from "@unsms/equipment";
/** Security training and certification: the report's courses, records per person, `isCertified` and `mayAppoint`: `@unsms/training`. */
export * as Training from "@unsms/training";
/** Surge capacity: the standby roster, deployment plans within 24–48 hours, the crisis centre's 24/7 staffing: `@unsms/surge`. */
export * as Surge from "@unsms/surge";
/** The report's figures as typed, cited data: `@unsms/reference-data`. */
export * as ReferenceData from "@unsms/reference-data";
