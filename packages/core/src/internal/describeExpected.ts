import type * as z from "zod";
import { describeAllowed } from "../errors/describeAllowed";

const bound = (inclusive: boolean | undefined, below: boolean): string =>
  below ? (inclusive === false ? ">" : ">=") : inclusive === false ? "<" : "<=";

/**
 * Says in words what a zod issue expected.
 *
 * @internal
 */
export const describeExpected = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case "invalid_type":
      return issue.expected === "int" ? "an integer" : `${issue.expected}`;
    case "too_small":
    case "too_big": {
      const below = issue.code === "too_small";
      const limit = below ? issue.minimum : issue.maximum;
      switch (issue.origin) {
        case "string":
          return `a string of ${below ? "at least" : "at most"} ${String(limit)} characters`;
        case "array":
        case "set":
          return `${below ? "at least" : "at most"} ${String(limit)} items`;
        default:
          return `${issue.origin === "int" ? "an integer" : `a ${issue.origin}`} ${bound(issue.inclusive, below)} ${String(limit)}`;
      }
    }
    case "invalid_format":
      return issue.format === "regex" ? issue.message : `a string in ${issue.format} format`;
    case "not_multiple_of":
      return `a multiple of ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return "only the keys the schema names";
    case "invalid_value":
      // A long list of allowed values is cut, so that an error about many values stays
      // proportional to them rather than to values × allowed values.
      return describeAllowed(issue.values);
    case "invalid_union":
      return "one of the allowed shapes";
    case "invalid_key":
      return "a valid key";
    case "invalid_element":
      return "a valid element";
    default:
      return issue.message;
  }
};
