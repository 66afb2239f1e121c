import { makeIssue } from "@unsms/core";
import { ZeroHeadcount } from "../errors/ZeroHeadcount";

/**
 * The error for a non-zero total over weights that are all zero.
 *
 * @internal
 */
export const zeroHeadcountFailure = (total: bigint): ZeroHeadcount =>
  new ZeroHeadcount(makeIssue("$.participants", `a headcount above 0 to share ${total} minor units by`, "all 0"));
