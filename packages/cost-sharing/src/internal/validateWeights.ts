import * as Result from "effect/Result";
import { makeIssues } from "@unsms/core";
import { InvalidParticipants } from "../errors/InvalidParticipants";
import { checkWeights } from "./checkWeights";
import { MAX_WEIGHTS } from "./maxWeights";
import { tooManyWeights } from "./tooManyWeights";

/**
 * The sum and largest of a list of weights, or InvalidParticipants naming the problems (the first 100, `omitted` counting the rest):
 * no weights, or a weight that is not a whole number of 0 or more, or a sum above 2^53 − 1.
 *
 * @internal
 */
export const validateWeights = (
  weights: ArrayLike<number>,
): Result.Result<{ readonly whole: number; readonly maxWeight: number }, InvalidParticipants> => {
  if (weights.length === 0) {
    const message = "$.participants: nobody to apportion among";
    return Result.fail(
      new InvalidParticipants(
        makeIssues("the weights are invalid", [
          { path: "$.participants", expected: "at least one participant", received: "[]", message },
        ]),
      ),
    );
  }
  if (weights.length > MAX_WEIGHTS) return Result.fail(tooManyWeights(weights.length));
  const { whole, maxWeight, issues, found } = checkWeights(weights, (index) => `$.participants[${index}].headcount`);
  if (found > 0) return Result.fail(new InvalidParticipants(makeIssues("the weights are invalid", issues, found)));
  return Result.succeed({ whole, maxWeight });
};
