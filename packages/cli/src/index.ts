/**
 * `unsms`, the SDK as a command. JSON in, JSON or a readable report out; exit 0 success,
 * 1 the domain said no, 2 bad input or usage. Embeddable: {@link run} takes the
 * arguments and a {@link CliIo} and resolves to the exit code.
 *
 * @packageDocumentation
 */
export type * from "./CliIo";
export type * from "./CommandContext";
export type * from "./CommandModule";
export * from "./nodeIo";
export type * from "./Outcome";
export * from "./run";
