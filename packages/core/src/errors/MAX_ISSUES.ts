/**
 * The most issues an error lists. A hostile document can hold millions of problems; an error
 * listing them all would be larger than the document. Beyond this many, an error keeps the
 * first ones and counts the rest in `omitted`.
 *
 * @example
 * ```ts
 * import { makeIssues, makeIssue, MAX_ISSUES } from "@unsms/core"
 *
 * const many = Array.from({ length: MAX_ISSUES + 5 }, (_, i) => makeIssue(`$[${i}]`, "a number", "null"))
 * const fields = makeIssues("the list is invalid", many)
 * console.log(fields.issues.length, fields.omitted) // 100 5
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const MAX_ISSUES = 100;
