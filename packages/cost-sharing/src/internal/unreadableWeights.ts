import { InvalidParticipants } from "../errors/InvalidParticipants";

/**
 * The error for weights that threw when read (a getter or a proxy of the caller's): the
 * apportionment stops there and says so instead of throwing.
 *
 * @internal
 */
export const unreadableWeights = (error: unknown): InvalidParticipants => {
  let received = "an exception";
  try {
    received = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    // an exception whose description throws too
  }
  const message = `$.participants: reading the headcounts threw (${received})`;
  return new InvalidParticipants({
    message,
    issues: [{ path: "$.participants", expected: "headcounts that can be read", received, message }],
  });
};
