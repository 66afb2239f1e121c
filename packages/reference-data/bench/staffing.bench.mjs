// The report's own staffing tables through the staffing functions (the staffing package's
// suite measures the same functions on 10 000 synthetic posts against a counting loop).
import { dssStaffingTable, newPostsByFunction } from "@unsms/reference-data";
import { findPlacements, summarizeStaffing } from "@unsms/staffing";

export default {
  name: "reference-data: the report's staffing tables",
  cases: [
    { name: "summarize the report's Annex II by unit", fn: () => summarizeStaffing(dssStaffingTable, { by: "unit" }) },
    { name: "first placement of ¶38's table", fn: () => findPlacements(newPostsByFunction, 1) },
  ],
};
