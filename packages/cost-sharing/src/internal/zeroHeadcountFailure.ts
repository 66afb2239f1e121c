import { ZeroHeadcount } from "../errors/ZeroHeadcount";

/**
 * The error for a non-zero total over weights that are all zero.
 *
 * @internal
 */
export const zeroHeadcountFailure = (total: bigint): ZeroHeadcount =>
  new ZeroHeadcount({
    message: `$.participants: every headcount is 0, so ${total} minor units cannot be shared by headcount`,
    path: "$.participants",
    expected: "at least one headcount above 0",
    received: "all 0",
  });
