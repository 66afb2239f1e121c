import type { Cited } from "@unsms/core";
import type { ReportDate, ReportPeriod } from "./ReportDate";

/**
 * The dates and periods of report A/61/531, typed (never strings in notes).
 *
 * @example
 * ```ts
 * import type { ReportTimeline } from "@unsms/reference-data"
 *
 * const since = (timeline: ReportTimeline) => timeline.dssExistence.value.months
 * console.log(since.length) // 1
 * ```
 *
 * @category dates
 * @since 0.2.0
 */
export interface ReportTimeline {
  /** How long DSS had existed: 18 months (summary, ¶7, ¶27, ¶54). */
  readonly dssExistence: Cited<ReportPeriod>;
  /** The biennium of the programme budget the reclassification is charged to (¶12, ¶56(a)). */
  readonly reclassificationBiennium: Cited<ReportPeriod>;
  /** From when the deputy's post would be an ASG post (¶12). */
  readonly reclassificationEffective: Cited<ReportDate>;
  /** By when the Compliance, Evaluation and Monitoring Unit had begun its compliance missions (¶15). */
  readonly complianceMissionsBegun: Cited<ReportDate>;
  /** When the Director of the Division of Regional Operations took office (¶17). */
  readonly regionalOperationsDirectorArrived: Cited<ReportDate>;
  /** When the Director of the Division of Safety and Security Services took office (¶29). */
  readonly safetyAndSecurityServicesDirectorArrived: Cited<ReportDate>;
  /** When the Division assessed the offices away from headquarters and the regional commissions (¶33). */
  readonly officesAssessed: Cited<ReportDate>;
  /** The months over which about 88 officers a month were on mission assignment (¶37). */
  readonly missionAssignmentPeriod: Cited<ReportPeriod>;
  /** The months of Table 2 (¶39). */
  readonly table2Period: Cited<ReportPeriod>;
  /** The General Assembly's approval of the framework of accountability (¶44). */
  readonly frameworkApproved: Cited<ReportDate>;
  /** The IASMN's annual meeting that reviewed and revised the framework (¶44). */
  readonly frameworkRevised: Cited<ReportDate>;
  /** The date of ¶47's count of standardized equipment items (as at). */
  readonly equipmentStandardizedBy: Cited<ReportDate>;
  /** The years of the "Bright Horizon" exercises with INTERPOL and OCHA (¶50). */
  readonly brightHorizonExercises: Cited<ReadonlyArray<ReportDate>>;
  /** The biennium whose proposed programme budget takes up the crisis management needs (¶51, ¶56(d)). */
  readonly crisisManagementBiennium: Cited<ReportPeriod>;
  /** The IASMN meeting in Vienna on the cost-sharing arrangements (¶52). */
  readonly costSharingMeeting: Cited<ReportDate>;
  /** When the basis of the cost-sharing arrangements was agreed (¶52). */
  readonly costSharingAgreed: Cited<ReportDate>;
}

/**
 * Every date and period of the report: DSS 18 months old (summary, ¶7, ¶27, ¶54); the
 * deputy's reclassification from January 2007 in the 2006–2007 budget (¶12, ¶56(a)); July
 * 2006 (¶15, ¶47), March 2006 (¶17), January 2006 (¶29), October 2005 (¶33), August 2005
 * to July 2006 (¶37), January to June 2006 (¶39), 2002 and April 2005 (¶44), 2005 and 2006
 * (¶50), 2008–2009 (¶51, ¶56(d)), May 2006 and 2001 (¶52).
 *
 * @example
 * ```ts
 * import { reportTimeline } from "@unsms/reference-data"
 *
 * console.log(reportTimeline.reclassificationEffective.value) // { year: 2007, month: 1 }
 * console.log(reportTimeline.crisisManagementBiennium.citation.location) // "¶51, ¶56(d)"
 * ```
 *
 * @category dates
 * @since 0.2.0
 */
export const reportTimeline: ReportTimeline = {
  dssExistence: {
    value: { months: 18 },
    citation: {
      document: "A/61/531",
      location: "summary, ¶7, ¶27, ¶54",
      note: "¶7: the Department has existed for 18 months; the others: the past 18 months",
    },
  },
  reclassificationBiennium: {
    value: { from: { year: 2006 }, to: { year: 2007 } },
    citation: { document: "A/61/531", location: "¶12, ¶56(a)" },
  },
  reclassificationEffective: {
    value: { year: 2007, month: 1 },
    citation: {
      document: "A/61/531",
      location: "¶12",
      note: "从2007年1月生效: effective January 2007; the report names no day",
    },
  },
  complianceMissionsBegun: {
    value: { year: 2006, month: 7 },
    citation: { document: "A/61/531", location: "¶15", note: "as at July 2006" },
  },
  regionalOperationsDirectorArrived: {
    value: { year: 2006, month: 3 },
    citation: { document: "A/61/531", location: "¶17" },
  },
  safetyAndSecurityServicesDirectorArrived: {
    value: { year: 2006, month: 1 },
    citation: { document: "A/61/531", location: "¶29" },
  },
  officesAssessed: { value: { year: 2005, month: 10 }, citation: { document: "A/61/531", location: "¶33" } },
  missionAssignmentPeriod: {
    value: { from: { year: 2005, month: 8 }, to: { year: 2006, month: 7 } },
    citation: { document: "A/61/531", location: "¶37" },
  },
  table2Period: {
    value: { from: { year: 2006, month: 1 }, to: { year: 2006, month: 6 } },
    citation: { document: "A/61/531", location: "¶39, Table 2" },
  },
  frameworkApproved: { value: { year: 2002 }, citation: { document: "A/61/531", location: "¶44" } },
  frameworkRevised: { value: { year: 2005, month: 4 }, citation: { document: "A/61/531", location: "¶44" } },
  equipmentStandardizedBy: { value: { year: 2006, month: 7 }, citation: { document: "A/61/531", location: "¶47" } },
  brightHorizonExercises: {
    value: [{ year: 2005 }, { year: 2006 }],
    citation: { document: "A/61/531", location: "¶50" },
  },
  crisisManagementBiennium: {
    value: { from: { year: 2008 }, to: { year: 2009 } },
    citation: { document: "A/61/531", location: "¶51, ¶56(d)" },
  },
  costSharingMeeting: {
    value: { year: 2006, month: 5 },
    citation: { document: "A/61/531", location: "¶52", note: "in Vienna" },
  },
  costSharingAgreed: { value: { year: 2001 }, citation: { document: "A/61/531", location: "¶52" } },
};
