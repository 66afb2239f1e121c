import { describeValue } from "./describeValue";
import { readOrElse } from "./readOrElse";

const maxLength = 200;

/**
 * A short, safe description of what a `catch` caught, for an error's message or
 * `received`: an `Error` as `name: message` (cut after 200 characters), anything else as
 * {@link describeValue} describes it (`"\"oops\""`, `"42"`, `"an object"`). Never throws:
 * an exception that cannot be read — a revoked proxy, an `Error` whose `message` getter
 * throws or is a symbol — is `"an unreadable exception"`. The one way every package says what a
 * caller's schema, getter or callback threw.
 *
 * @example
 * ```ts
 * import { describeThrown } from "@unsms/core"
 *
 * console.log(describeThrown(new RangeError("too far"))) // "RangeError: too far"
 * console.log(describeThrown("oops")) // "\"oops\""
 * const { proxy, revoke } = Proxy.revocable({}, {})
 * revoke()
 * console.log(describeThrown(proxy)) // "an unreadable exception"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export const describeThrown = (cause: unknown): string =>
  readOrElse(
    // a name or message that is a symbol makes the template throw: "an unreadable exception"
    () => (cause instanceof Error ? `${cause.name}: ${cause.message}` : describeValue(cause)).slice(0, maxLength),
    () => "an unreadable exception",
  );
