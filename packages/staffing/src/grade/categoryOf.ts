import type { Category } from "./Category";
import type { Grade } from "./Grade";

/**
 * The category a grade belongs to: USG to P-2 are Professional and higher, GS(PL) and
 * GS(OL) General Service, LL local level, SS Security Service.
 *
 * @example
 * ```ts
 * import { categoryOf } from "@unsms/staffing"
 *
 * console.log(categoryOf("P-2")) // "professional-and-higher"
 * console.log(categoryOf("SS")) // "security-service"
 * ```
 *
 * @category vocabulary
 * @since 0.1.0
 */
export const categoryOf = (grade: Grade): Category => {
  switch (grade) {
    case "GS(PL)":
    case "GS(OL)":
      return "general-service";
    case "LL":
      return "local-level";
    case "SS":
      return "security-service";
    default:
      return "professional-and-higher";
  }
};
