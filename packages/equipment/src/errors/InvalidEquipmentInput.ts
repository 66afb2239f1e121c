import type { SingleIssueFields } from "@unsms/core";
import * as Data from "effect/Data";

/**
 * An argument of an equipment function is not what its type says: a register line without
 * a whole, non-negative quantity, an unknown category or state, a kit that names an item
 * twice; or a readiness answer over its limit (more than 100 000 gaps, path `$`). Values
 * decoded by `@unsms/equipment/schema` get it only for what the schema cannot see (an item
 * twice in a kit or a standard list, too many gaps); plain JavaScript callers may get it for
 * anything. Its `path` is the path of the equipment input document (`unsms schema
 * equipment`) where the value sits: `$.register[3].quantity`, `$.kit.items[1].item`,
 * `$.standardList.items[0].item` — the paths its decoding gives.
 *
 * @example
 * ```ts
 * import { readinessGaps } from "@unsms/equipment"
 * import * as Result from "effect/Result"
 *
 * const result = readinessGaps([], { name: "kit", basis: "", items: [{ item: "RADIO", quantity: 1 }, { item: "RADIO", quantity: 2 }] })
 * if (Result.isFailure(result)) console.log(result.failure.path) // "$.kit.items[1].item"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidEquipmentInput
  extends /* @__PURE__ */ Data.TaggedError("InvalidEquipmentInput")<SingleIssueFields> {}
