import type { PassId } from "@unsms/core";
import * as Result from "effect/Result";
import { activeEntryAt, replaceAt } from "../internal/registerSupport";
import { fromIso, toIsoSecond } from "../internal/time";
import type { PassRegister } from "./PassRegisterSchema";
import { PassRegisterError } from "./PassRegisterError";
import type { RegisterChange } from "./RegisterChange";
import { guardRegister } from "../internal/guardRegister";

/**
 * Replaces a pass reported lost: the old pass is revoked (reason `lost`, `replacedBy` the new
 * serial) so that a checkpoint refuses it once the next revocation list reaches it, and a
 * new pass with the new serial carries the same holder, category, zones and end of validity
 * from the given time. A replacement never extends the validity; an expired pass is not
 * replaced (`expired`: issue a new one). The new serial must be unused (`duplicate`).
 *
 * @example
 * ```ts
 * import { replaceLostPass } from "@unsms/access-pass"
 * import { decode, PassIdSchema } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const id = (text: string) => Result.getOrThrow(decode(PassIdSchema, text))
 * const result = replaceLostPass([], id("NY-1"), id("NY-2"), new Date("2006-05-01T00:00:00Z"))
 * if (Result.isFailure(result)) console.log(result.failure.reason) // "not-found"
 * ```
 *
 * @function
 * @category register
 * @since 0.1.0
 */
export const replaceLostPass = /* #__PURE__ */ guardRegister(
  "replaceLostPass",
  (
    register: PassRegister,
    passId: PassId,
    newSerial: PassId,
    at: Date,
  ): Result.Result<RegisterChange, PassRegisterError> => Result.gen(() => replacement(register, passId, newSerial, at)),
);

/** The steps of {@link replaceLostPass}. */
function* replacement(register: PassRegister, passId: PassId, newSerial: PassId, at: Date) {
  const { now, entry, index } = yield* activeEntryAt(register, passId, at, "replaced");
  if (register.some((e) => e.pass.id === newSerial))
    return yield* Result.fail(
      new PassRegisterError({
        reason: "duplicate",
        message: `serial ${JSON.stringify(newSerial)} is already in the register`,
        path: "newSerial",
        expected: "a serial not yet used",
        received: newSerial,
      }),
    );
  const end = fromIso(entry.pass.validUntil);
  if (now >= end)
    return yield* Result.fail(
      new PassRegisterError({
        reason: "expired",
        message: `pass ${JSON.stringify(passId)} expired at ${entry.pass.validUntil}: issue a new pass instead`,
        path: "at",
        expected: `before ${entry.pass.validUntil}`,
        received: toIsoSecond(now),
      }),
    );
  const start = Math.max(now, fromIso(entry.pass.validFrom));
  const pass = { ...entry.pass, id: newSerial, issuedAt: toIsoSecond(now), validFrom: toIsoSecond(start) };
  const revoked = {
    ...entry,
    status: "revoked" as const,
    changedAt: toIsoSecond(now),
    reason: "lost",
    replacedBy: newSerial,
  };
  return {
    register: [
      ...replaceAt(register, index, revoked),
      { pass, status: "active" as const, changedAt: toIsoSecond(now) },
    ],
    pass,
  };
}
