import { describeDate } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidPresenceInput } from "../errors/InvalidPresenceInput";
import { invalidInput } from "./invalidInput";

/**
 * A valid `Date`, or an {@link InvalidPresenceInput} naming the argument.
 *
 * @internal
 */
export const checkInstant = (at: unknown, path: string): Result.Result<Date, InvalidPresenceInput> =>
  at instanceof Date && !Number.isNaN(at.getTime())
    ? Result.succeed(at)
    : Result.fail(invalidInput(path, "a valid Date (read instants with parseInstant)", describeDate(at)));
