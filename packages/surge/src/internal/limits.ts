import { MAX_COVERAGE_POSITIONS } from "@unsms/staffing";

// The size limits of a deployment plan's input and of the crisis centre: one definition for
// the schemas of `@unsms/surge/schema` and for the checks `planDeployment` (`checkInput`) and
// `crisisCentreStaffing` (`checkCentre`) make themselves, so that a plain JS caller meets the
// limits a JSON document does. One constant each, so that
// a bundle keeps only those it uses.

/** Officers on the roster. @internal */
export const MAX_ROSTER = 100_000;
/** Needs in a request. @internal */
export const MAX_NEEDS = 100;
/** Officers asked for by one need. @internal */
export const MAX_OFFICERS_PER_NEED = 10_000;
/** Travel times in a request. @internal */
export const MAX_TRAVEL = 100_000;
/** Hours: the window, a travel time. @internal */
export const MAX_HOURS = 8760;
/** Skills a need lists. @internal */
export const MAX_NEED_SKILLS = 100;
/** Languages a need lists. @internal */
export const MAX_NEED_LANGUAGES = 50;
/** Courses a need lists. @internal */
export const MAX_NEED_COURSES = 100;
/** Grades a need lists. @internal */
export const MAX_NEED_GRADES = 50;
/** Skills an officer lists. @internal */
export const MAX_OFFICER_SKILLS = 100;
/** Languages an officer lists. @internal */
export const MAX_OFFICER_LANGUAGES = 50;
/** Completed courses an officer lists. @internal */
export const MAX_OFFICER_TRAINING = 1000;
/** Courses in the catalogue: the limit of training's `CatalogueSchema`, which the JSON input uses. @internal */
export const MAX_CATALOGUE = 1000;
/** Desks the crisis centre holds round the clock: as many posts as staffing's coverage holds. @internal */
export const MAX_POSITIONS = MAX_COVERAGE_POSITIONS;
/** Organizations on the crisis centre's roster. @internal */
export const MAX_CONTRIBUTORS = 1000;
/**
 * Officers one organization puts on the crisis centre's roster; all of them together, at most
 * staffing's `MAX_COVERAGE_OFFICERS`. @internal
 */
export const MAX_CONTRIBUTOR_OFFICERS = 1_000_000;
