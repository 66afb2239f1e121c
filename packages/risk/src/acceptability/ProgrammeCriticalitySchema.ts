import * as z from "zod";
import { PROGRAMME_CRITICALITIES } from "./ProgrammeCriticality";

/**
 * Checks a {@link @unsms/risk!index.ProgrammeCriticality | ProgrammeCriticality}.
 *
 * @example
 * ```ts
 * import { ProgrammeCriticalitySchema } from "@unsms/risk/schema"
 *
 * console.log(ProgrammeCriticalitySchema.safeParse("PC5").success) // false
 * ```
 *
 * @category acceptability
 * @since 0.1.0
 */
export const ProgrammeCriticalitySchema = z.enum(PROGRAMME_CRITICALITIES);
