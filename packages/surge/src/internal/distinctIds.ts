import type * as z from "zod";

/**
 * A refinement that refuses a list whose items repeat an id: each repeat is an issue at
 * `[key, index, "id"]` expecting "an id not used by an earlier `what`". Linear (one `Set`).
 *
 * @internal
 */
export const distinctIds =
  <T extends Readonly<Record<K, ReadonlyArray<{ readonly id: string }>>>, K extends string>(key: K, what: string) =>
  (value: T, context: z.RefinementCtx<T>): void => {
    const ids = new Set<string>();
    value[key].forEach((item, index) => {
      if (ids.has(item.id))
        context.addIssue({
          code: "custom",
          path: [key, index, "id"],
          input: item.id,
          message: `an id not used by an earlier ${what}`,
        });
      ids.add(item.id);
    });
  };
