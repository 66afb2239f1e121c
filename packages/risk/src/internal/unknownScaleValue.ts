import { describeValue } from "@unsms/core";
import { UnknownScaleValue } from "../errors/UnknownScaleValue";
import { oneOf } from "./oneOf";

const names = {
  likelihood: "a likelihood level",
  impact: "an impact level",
  levels: "a risk level",
  criticality: "a programme criticality",
} as const;

/**
 * The error for a value that is not on one of a matrix's scales.
 *
 * @internal
 */
export const unknownScaleValue = (
  scale: keyof typeof names,
  values: ReadonlyArray<string>,
  value: string,
  path: string,
): UnknownScaleValue =>
  new UnknownScaleValue({
    message: `${describeValue(value)} is not ${names[scale]}${scale === "criticality" ? "" : " of the matrix"}`,
    path,
    expected: oneOf(values),
    received: describeValue(value),
  });
