import type { Issue } from "./Issue";

/**
 * The JSON form of any unsms error, as the CLI prints it on stderr and as services can
 * return it: `{"error": {"code", "message", "issues": [{"path", "expected", "received"}]}}`.
 *
 * @example
 * ```ts
 * import type { ErrorJson } from "@unsms/core"
 *
 * const body: ErrorJson = {
 *   error: { code: "DivisionByZero", message: "cannot take a rate of a whole of 0", issues: [] },
 * }
 * console.log(JSON.stringify(body))
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export interface ErrorJson {
  /** The error, with a stable `code` (the error's tag). */
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly issues: ReadonlyArray<Omit<Issue, "message"> & { readonly message?: string }>;
    /** Present when more problems were found than listed: how many more. */
    readonly omitted?: number;
  };
}
