import type { Cited } from "@unsms/core";

/**
 * About 120 security advisers serving in 2006, the audience of the two-week regional
 * refresher course (A/61/531 ¶22 (iii)); the report says "about".
 *
 * @example
 * ```ts
 * import { servingSecurityAdvisers } from "@unsms/training"
 *
 * console.log(servingSecurityAdvisers.value, servingSecurityAdvisers.citation.location) // 120 "¶22 (iii)"
 * ```
 *
 * @category courses
 * @since 0.2.0
 */
export const servingSecurityAdvisers: Cited<number> = {
  value: 120,
  citation: { document: "A/61/531", location: "¶22 (iii)", note: "about 120" },
};
