import { CatalogueSchema } from "@unsms/training/schema";
import { boundedRefinement } from "@unsms/core/schema";
import * as z from "zod";
import { coursesInCatalogue } from "../internal/coursesInCatalogue";
import { distinctIds } from "../internal/distinctIds";
import { MAX_ROSTER } from "../internal/limits";
import { DeploymentRequestSchema } from "../request/DeploymentRequestSchema";
import { StandbyOfficerSchema } from "../roster/StandbyOfficerSchema";

/**
 * Schema of the input of `unsms surge plan` (`unsms schema surge-plan`):
 * `{"roster": [officer…], "request": {…}, "catalogue"?: [course…]}`, at most 100 000
 * officers with distinct ids. `catalogue` is the agency's own course catalogue, as
 * `unsms training check` takes it (`@unsms/training`'s `CatalogueSchema`), by default
 * `trainingCourses`; a need asking for a course the catalogue does not have is refused at
 * `$.request.needs[i].courses[j]`, with the catalogue's course ids.
 *
 * @example
 * ```ts
 * import { SurgePlanInputSchema } from "@unsms/surge/schema"
 * import { decode } from "@unsms/core/schema"
 * import * as Result from "effect/Result"
 *
 * const officer = { id: "fso-1", grade: "P-3", skills: [], languages: [], homeStation: "Amman", available: { from: "2006-07-01T00:00:00Z", to: "2006-09-30T00:00:00Z" } }
 * const input = decode(SurgePlanInputSchema, { roster: [officer, officer], request: { destination: "Beirut", notifiedAt: "2006-07-14T06:00:00Z", needs: [] } })
 * if (Result.isFailure(input)) console.log(input.failure.issues[0]?.path) // "$.roster[1].id"
 *
 * const needs = [{ id: "medic", count: 1, courses: ["first-aid"] }]
 * const unknown = decode(SurgePlanInputSchema, { roster: [officer], request: { destination: "Beirut", notifiedAt: "2006-07-14T06:00:00Z", needs } })
 * if (Result.isFailure(unknown)) console.log(unknown.failure.issues[0]?.path) // "$.request.needs[0].courses[0]"
 * ```
 *
 * @category schemas
 * @since 0.2.0
 */
export const SurgePlanInputSchema = z
  .strictObject({
    roster: z.array(StandbyOfficerSchema).max(MAX_ROSTER),
    request: DeploymentRequestSchema,
    catalogue: CatalogueSchema.optional(),
  })
  .superRefine(
    boundedRefinement((input, report) => {
      distinctIds("roster", "officer")(input, report);
      coursesInCatalogue(input, report);
    }),
  );
