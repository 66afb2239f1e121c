import { describeValue } from "@unsms/core";
import type { InvalidEquipmentInput } from "../errors/InvalidEquipmentInput";
import { invalid } from "./checkRegister";

/**
 * The first problem of a required kit's or a standard list's `items`, or `undefined`: not an
 * array, an entry without an item code, an item given twice. Each issue describes the value
 * at its path (core's `describeValue`), the path of the equipment input document where the
 * list sits (`$.kit`, `$.standardList`). The cheap structural check (no schema) that keeps a
 * plain JavaScript caller from a throw.
 *
 * @internal
 */
export const itemListProblem = (
  holder: unknown,
  path: "$.kit" | "$.standardList",
  expected: { readonly items: string; readonly once: string },
): InvalidEquipmentInput | undefined => {
  const items = typeof holder === "object" && holder !== null ? (holder as { readonly items?: unknown }).items : holder;
  if (!Array.isArray(items)) return invalid(`${path}.items`, expected.items, describeValue(items));
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index += 1) {
    const entry: unknown = items[index];
    const item = typeof entry === "object" && entry !== null ? (entry as { readonly item?: unknown }).item : entry;
    if (typeof item !== "string") return invalid(`${path}.items[${index}].item`, "an item code", describeValue(item));
    if (seen.has(item)) return invalid(`${path}.items[${index}].item`, expected.once, describeValue(item));
    seen.add(item);
  }
  return undefined;
};
