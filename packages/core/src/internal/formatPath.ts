import { pathStep } from "../errors/pathStep";

/**
 * Writes a path from the root `$` in the one path grammar ({@link pathStep}):
 * `$.participants[2]["odd key"]`.
 *
 * @internal
 */
export const formatPath = (segments: ReadonlyArray<PropertyKey>): string => {
  let path = "$";
  for (const segment of segments) path += pathStep(segment);
  return path;
};
