import * as z from "zod";

/**
 * Schema of a {@link @unsms/reference-data!index.ReportFigure | ReportFigure}, for systems that read `unsms reference figures --json`.
 *
 * @example
 * ```ts
 * import { reportFigures } from "@unsms/reference-data"
 * import { ReportFigureSchema } from "@unsms/reference-data/schema"
 *
 * console.log(reportFigures.every((figure) => ReportFigureSchema.safeParse(figure).success)) // true
 * ```
 *
 * @category inventory
 * @since 0.2.0
 */
export const ReportFigureSchema = z.strictObject({
  value: z.string().min(1),
  meaning: z.string().min(1),
  location: z.string().min(1),
  status: z.enum(["typed", "narrative"]),
  where: z.string().min(1),
});
