import { readOrElse } from "@unsms/core";

/**
 * What a caller's getter or proxy threw, as text for an error's `received`, without ever
 * throwing itself (an exception whose description throws is "an exception", through
 * core's `readOrElse`).
 *
 * @internal
 */
export const describeThrown = (error: unknown): string =>
  readOrElse(
    () => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
    () => "an exception",
  );
