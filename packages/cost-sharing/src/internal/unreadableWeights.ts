import { makeIssues, describeThrown } from "@unsms/core";
import { InvalidParticipants } from "../errors/InvalidParticipants";

/**
 * The error for weights that threw when read (a getter or a proxy of the caller's): the
 * apportionment stops there and says so instead of throwing.
 *
 * @internal
 */
export const unreadableWeights = (error: unknown): InvalidParticipants => {
  const received = describeThrown(error);
  const message = `$.participants: reading the headcounts threw (${received})`;
  return new InvalidParticipants(
    makeIssues("the weights are invalid", [
      { path: "$.participants", expected: "headcounts that can be read", received, message },
    ]),
  );
};
