import { makeIssues } from "@unsms/core";
import { InvalidParticipants } from "../errors/InvalidParticipants";
import { MAX_WEIGHTS } from "./maxWeights";

/**
 * The error for a list of weights longer than {@link MAX_WEIGHTS} (or whose length is not a
 * length at all): refused before anything is read.
 *
 * @internal
 */
export const tooManyWeights = (length: unknown): InvalidParticipants => {
  const received = typeof length === "number" ? String(length) : typeof length;
  const message = `$.participants: expected a list of at most ${MAX_WEIGHTS} headcounts; received a length of ${received}`;
  return new InvalidParticipants(
    makeIssues("the weights are invalid", [
      { path: "$.participants", expected: `a list of at most ${MAX_WEIGHTS} headcounts`, received, message },
    ]),
  );
};
