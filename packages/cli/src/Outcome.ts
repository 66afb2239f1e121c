/**
 * What a command produced when it ran to the end: its exit code (0 success, 1 the domain
 * said no — a check found violations, a pass was refused), the JSON printed under
 * `--json`, and the readable report printed otherwise.
 *
 * @example
 * ```ts
 * import type { Outcome } from "@unsms/cli"
 *
 * const outcome: Outcome = { exitCode: 1, json: { ok: false, violations: [] }, text: "1 violation\n" }
 * console.log(outcome.exitCode)
 * ```
 *
 * @category cli
 * @since 0.1.0
 */
export interface Outcome {
  /** 0 when the answer is yes, 1 when the domain said no. */
  readonly exitCode: 0 | 1;
  /** The machine-readable answer, printed with `--json` (unless `writeJson` is given). */
  readonly json: unknown;
  /**
   * The readable report, printed without `--json`; a function when it is costly to make,
   * so that it is made only when printed (since 0.2.0).
   */
  readonly text: string | (() => string);
  /**
   * The JSON answer as text in chunks, for answers too large to build as one value and
   * stringify (a million shares): printed with `--json` instead of `json`, one chunk at a
   * time, waiting for standard output to drain between them (since 0.2.0).
   */
  readonly jsonChunks?: Iterable<string>;
}
