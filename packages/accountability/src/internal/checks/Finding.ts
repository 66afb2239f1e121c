import type { Violation } from "../../arrangement/Violation";

/**
 * A violation before its rule's citation is attached.
 *
 * @internal
 */
export type Finding = Omit<Violation, "citation">;
