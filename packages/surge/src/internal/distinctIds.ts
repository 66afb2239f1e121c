import type { ReportIssue } from "@unsms/core/schema";

/**
 * A refinement that refuses a list whose items repeat an id: each repeat is an issue at
 * `[key, index, "id"]` expecting "an id not used by an earlier `what`". Linear (one `Set`).
 *
 * @internal
 */
export const distinctIds =
  <T extends Readonly<Record<K, ReadonlyArray<{ readonly id: string }>>>, K extends string>(key: K, what: string) =>
  (value: T, report: ReportIssue): void => {
    const ids = new Set<string>();
    value[key].forEach((item, index) => {
      if (ids.has(item.id)) report([key, index, "id"], item.id, `an id not used by an earlier ${what}`);
      ids.add(item.id);
    });
  };
