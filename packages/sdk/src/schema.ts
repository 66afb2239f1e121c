/**
 * The boundary for systems that send unsms JSON: core's schemas and `decode`, and the
 * registry of every input document (`inputSchemas`, `decodeInput`, `inputJsonSchema`), the
 * contract the CLI's `unsms schema` prints. Kept apart from `@unsms/sdk` so that code which
 * only computes never loads zod. Besides the registry, documented here, it holds
 * {@link @unsms/core!schema | core's schemas and decode}, the namespace `AccessPass` of
 * {@link @unsms/access-pass!schema | @unsms/access-pass/schema} and
 * {@link @unsms/cost-sharing!schema.readCostShareRequest | readCostShareRequest}.
 *
 * @packageDocumentation
 */
export * from "@unsms/core/schema";

export * from "./inputs/decodeInput";
export * from "./inputs/inputJsonSchema";
export * from "./inputs/inputSchemas";

/** The zod schemas of grounds passes (requests, policies, registers, workload rows): `@unsms/access-pass/schema`. */
export * as AccessPass from "@unsms/access-pass/schema";

/** A cost-sharing request read from JSON into the values `CostSharing` takes: `@unsms/cost-sharing/schema`. */
export { readCostShareRequest } from "@unsms/cost-sharing/schema";
