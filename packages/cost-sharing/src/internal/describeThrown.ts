/**
 * What a caller's getter or proxy threw, as text for an error's `received`, without ever
 * throwing itself (an exception whose description throws is "an exception").
 *
 * @internal
 */
export const describeThrown = (error: unknown): string => {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return "an exception";
  }
};
