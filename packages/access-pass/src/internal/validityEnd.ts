import type { MaxValidity } from "../policy/MaxValiditySchema";
import { addMonthsUtc, endOfUtcYear } from "./time";

/** The latest exclusive end of a validity of the given kind starting at `startMs`. @internal */
export const validityEnd = (maxValidity: MaxValidity, startMs: number): number => {
  switch (maxValidity.unit) {
    case "days":
      return startMs + maxValidity.amount * 86_400_000;
    case "months":
      return addMonthsUtc(startMs, maxValidity.amount);
    case "calendar-year":
      return endOfUtcYear(startMs);
  }
};
