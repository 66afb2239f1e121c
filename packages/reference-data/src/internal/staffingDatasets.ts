import { deputyReclassificationCosts } from "../staffing/deputyReclassificationCosts";
import { newPostsByFunction } from "../staffing/newPostsByFunction";
import { recruitmentTable } from "../staffing/recruitmentTable";
import { securityOfficerPosts } from "../staffing/securityOfficerPosts";
import { securityPostDecisions } from "../staffing/securityPostDecisions";
import { unitFillFigures } from "../staffing/unitFillFigures";

/**
 * The report's staffing datasets that follow the staffing table, by name and in the order
 * `unsms reference` prints them: one list for both {@link referenceDatasets} and
 * {@link staffingReference}, so that a dataset added here reaches both.
 *
 * @internal
 */
export const staffingDatasets = {
  recruitmentTable,
  unitFillFigures,
  securityOfficerPosts,
  newPostsByFunction,
  securityPostDecisions,
  deputyReclassificationCosts,
} as const;
