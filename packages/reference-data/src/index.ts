/**
 * The figures of report A/61/531 (2006), "Strengthening and unifying the security
 * management system of the United Nations", as typed data: every figure carries its
 * citation, and the package's tests prove that every total the report implies reconciles.
 *
 * @packageDocumentation
 */
export { dssAtAGlance, type DssAtAGlance } from "./system/dssAtAGlance";
export { passWorkload2006 } from "./accessPass/passWorkload2006";
