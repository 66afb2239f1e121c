import { makeIssue } from "@unsms/core";
import { InvalidAnswer } from "../errors/InvalidAnswer";

/**
 * The error for a value given as an answer of `answerCostShare` that cannot be read as one,
 * the same from `toCostShareResponse` and `costShareJsonChunks`.
 *
 * @internal
 */
export const unreadableAnswer = (): InvalidAnswer =>
  new InvalidAnswer(makeIssue("answer", "an answer of answerCostShare", "a value that cannot be read as one"));
