import * as Result from "effect/Result";
import { InvalidPresenceInput } from "../errors/InvalidPresenceInput";

/**
 * A valid `Date`, or an {@link InvalidPresenceInput} naming the argument.
 *
 * @internal
 */
export const checkInstant = (at: unknown, path: string): Result.Result<Date, InvalidPresenceInput> =>
  at instanceof Date && !Number.isNaN(at.getTime())
    ? Result.succeed(at)
    : Result.fail(
        new InvalidPresenceInput({
          message: `${path}: expected a valid Date (read instants with parseInstant), received ${at instanceof Date ? "an invalid Date" : typeof at}`,
          path,
          expected: "a valid Date",
          received: at instanceof Date ? "an invalid Date" : typeof at,
        }),
      );
