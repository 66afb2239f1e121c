import { describeDate, type PassId } from "@unsms/core";
import * as Result from "effect/Result";
import type { PassRegister, RegisterEntry } from "../register/PassRegisterSchema";
import { PassRegisterError } from "../register/PassRegisterError";
import { floorToSecond } from "./time";

/** The entry of a pass and its index, or `not-found`. @internal */
export const findEntry = (
  register: PassRegister,
  passId: PassId,
): Result.Result<readonly [RegisterEntry, number], PassRegisterError> => {
  const index = register.findIndex((entry) => entry.pass.id === passId);
  const entry = register[index];
  return entry === undefined
    ? Result.fail(
        new PassRegisterError({
          reason: "not-found",
          message: `no pass ${JSON.stringify(passId)} in the register`,
          path: "passId",
          expected: "the id of a pass in the register",
          received: passId,
        }),
      )
    : Result.succeed([entry, index] as const);
};

/** A copy of the register with the entry at `index` replaced. @internal */
export const replaceAt = (register: PassRegister, index: number, entry: RegisterEntry): PassRegister =>
  register.map((current, i) => (i === index ? entry : current));

/** The time as whole milliseconds to the second, or `invalid-time`. @internal */
export const checkTime = (at: Date): Result.Result<number, PassRegisterError> => {
  const ms = at instanceof Date ? at.getTime() : Number.NaN;
  return Number.isFinite(ms)
    ? Result.succeed(floorToSecond(ms))
    : Result.fail(
        new PassRegisterError({
          reason: "invalid-time",
          message: "the time is not a valid instant",
          path: "at",
          expected: "a valid instant",
          received: describeDate(at),
        }),
      );
};

/** `not-active` unless the entry is active. @internal */
const requireActive = (entry: RegisterEntry, operation: string): Result.Result<RegisterEntry, PassRegisterError> =>
  entry.status === "active"
    ? Result.succeed(entry)
    : Result.fail(
        new PassRegisterError({
          reason: "not-active",
          message: `pass ${JSON.stringify(entry.pass.id)} is ${entry.status}: only an active pass can be ${operation}`,
          path: "passId",
          expected: "an active pass",
          received: entry.status,
        }),
      );

/**
 * The first steps of renewing, replacing or suspending a pass: the time to the second, the
 * pass's entry and its index, the entry active. @internal
 */
export const activeEntryAt = (
  register: PassRegister,
  passId: PassId,
  at: Date,
  operation: string,
): Result.Result<{ readonly now: number; readonly entry: RegisterEntry; readonly index: number }, PassRegisterError> =>
  Result.gen(() => activeEntry(register, passId, at, operation));

/** The steps of {@link activeEntryAt}: the time checked, the pass found, its entry active. */
function* activeEntry(register: PassRegister, passId: PassId, at: Date, operation: string) {
  const now = yield* checkTime(at);
  const [found, index] = yield* findEntry(register, passId);
  return { now, index, entry: yield* requireActive(found, operation) };
}
