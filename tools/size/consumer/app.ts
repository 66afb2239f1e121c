// A consumer of the built SDK that has no @types/node (tsconfig "types": []): an app for a
// browser or a worker. It must type-check against the published d.ts files as they are.
import * as Result from "effect/Result";
import { AccessPass, CostSharing, formatMoney, parseMoney, USD } from "@unsms/sdk";
import { decodeInput } from "@unsms/sdk/schema";

const total = Result.getOrThrow(parseMoney("100.00", USD));
export const shares = CostSharing.apportion;
export const policy: AccessPass.PassPolicy = AccessPass.defaultPassPolicy;
export const decoded = decodeInput("cost-share", {});
export const printed: string = formatMoney(total);
