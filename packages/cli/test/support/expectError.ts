import { expect } from "vitest";

/**
 * Checks the JSON error `unsms --json` printed on stderr: its code and, when given, the
 * paths of its issues, every one in order.
 */
export const expectError = (stderr: string, code: string, paths?: ReadonlyArray<string>): void => {
  const { error } = JSON.parse(stderr) as { error: { code: string; issues?: ReadonlyArray<{ path: string }> } };
  expect(error.code).toBe(code);
  if (paths !== undefined) expect(error.issues?.map((issue) => issue.path)).toEqual(paths);
};
