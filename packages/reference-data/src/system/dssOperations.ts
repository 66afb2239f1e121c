import type { Cited } from "@unsms/core";

/**
 * The report's figures on DSS's work that are neither posts nor dates: languages, units,
 * courses, countries, grades, deployment windows, equipment, shifts and the amount
 * withheld.
 *
 * @example
 * ```ts
 * import type { DssOperations } from "@unsms/reference-data"
 *
 * const window = (figures: DssOperations) => figures.standbyDeploymentHours.value
 * console.log(window.length) // 1
 * ```
 *
 * @category system
 * @since 0.2.0
 */
export interface DssOperations {
  /** Official languages of the updated Field Security Handbook (¶14). */
  readonly fieldSecurityHandbookLanguages: Cited<number>;
  /** Regional sections of the Division of Regional Operations (¶17). */
  readonly regionalSections: Cited<number>;
  /** Threat and risk analysis units of the Division of Regional Operations (¶17: one). */
  readonly threatAndRiskAnalysisUnits: Cited<number>;
  /** Length in weeks of the induction course for newly appointed chief security advisers (¶22 (i)). */
  readonly inductionCourseWeeks: Cited<number>;
  /** Length in weeks of the certification course every candidate adviser takes before contract (¶22 (ii)). */
  readonly certificationCourseWeeks: Cited<number>;
  /** Length in weeks of the regional refresher course (¶22 (iii)). */
  readonly refresherCourseWeeks: Cited<number>;
  /** Serving security advisers the refresher courses are for (¶22: about 120). */
  readonly servingAdvisersApprox: Cited<number>;
  /** Official languages of "Advanced Security in the Field" (¶22). */
  readonly advancedSecurityInTheFieldLanguages: Cited<number>;
  /** Countries where the integrated security tracking system is in use: Colombia, the Philippines, Egypt (¶25). */
  readonly trackingSystemCountries: Cited<ReadonlyArray<string>>;
  /** The grades of the heads of the security units the Director leads (¶32: P-4 to D-1). */
  readonly securityUnitHeadGrades: Cited<{ readonly from: string; readonly to: string }>;
  /** Uniformed security personnel the Director leads (¶32: more than 1 000). */
  readonly uniformedPersonnelMoreThan: Cited<number>;
  /**
   * The grade the report proposes for the Director of the Division of Safety and Security
   * Services (¶30–32), kept (¶56(b)). ¶56(b) literally names the chief of the Headquarters
   * Security and Safety Service (总部安保和安全处处长), whose post Annex II shows at D-1; we
   * read it as the Division's Director (司长) of ¶30–32, and the citation's note says so.
   */
  readonly directorGrade: Cited<string>;
  /** Hours of a shift before and after the new posts, at most duty stations (¶38). */
  readonly shiftHours: Cited<{ readonly before: number; readonly after: number }>;
  /** Countries whose field posts the roster of candidates serves (¶40). */
  readonly rosterCountries: Cited<number>;
  /** Standardized security equipment items (¶47: about 44). */
  readonly standardizedEquipmentItemsApprox: Cited<number>;
  /** Hours after notice within which standby officers deploy (¶50: 24 to 48). */
  readonly standbyDeploymentHours: Cited<{ readonly from: number; readonly to: number }>;
  /** What one organization (the World Bank) withheld, US dollars as a decimal string (¶53). */
  readonly withheldUsd: Cited<string>;
}

/**
 * DSS's work in figures: the Field Security Handbook in 6 languages (¶14); 5 regional
 * sections and a threat and risk analysis unit (¶17); courses of three, three and two
 * weeks, about 120 serving advisers, "Advanced Security in the Field" in six languages
 * (¶22); the tracking system in 3 countries (¶25); unit heads from P-4 to D-1 and more
 * than 1 000 uniformed personnel led by a D-2 (¶30–32; ¶56(b) read as the same post, our
 * reading: see the note of `directorGrade`); shifts from 12 to 8 hours
 * (¶38); a roster for 150 countries (¶40); about 44 standardized items (¶47); deployment
 * within 24 to 48 hours (¶50); US$ 11 million withheld (¶53).
 *
 * @example
 * ```ts
 * import { dssOperations } from "@unsms/reference-data"
 *
 * console.log(dssOperations.standbyDeploymentHours.value) // { from: 24, to: 48 }
 * console.log(dssOperations.trackingSystemCountries.value) // ["Colombia", "Philippines", "Egypt"]
 * ```
 *
 * @category system
 * @since 0.2.0
 */
export const dssOperations: DssOperations = {
  fieldSecurityHandbookLanguages: { value: 6, citation: { document: "A/61/531", location: "¶14" } },
  regionalSections: { value: 5, citation: { document: "A/61/531", location: "¶17" } },
  threatAndRiskAnalysisUnits: { value: 1, citation: { document: "A/61/531", location: "¶17" } },
  inductionCourseWeeks: { value: 3, citation: { document: "A/61/531", location: "¶22" } },
  certificationCourseWeeks: { value: 3, citation: { document: "A/61/531", location: "¶22" } },
  refresherCourseWeeks: { value: 2, citation: { document: "A/61/531", location: "¶22" } },
  servingAdvisersApprox: {
    value: 120,
    citation: { document: "A/61/531", location: "¶22", note: "the report says about 120 (大约120名)" },
  },
  advancedSecurityInTheFieldLanguages: { value: 6, citation: { document: "A/61/531", location: "¶22" } },
  trackingSystemCountries: {
    value: ["Colombia", "Philippines", "Egypt"],
    citation: { document: "A/61/531", location: "¶25" },
  },
  securityUnitHeadGrades: { value: { from: "P-4", to: "D-1" }, citation: { document: "A/61/531", location: "¶32" } },
  uniformedPersonnelMoreThan: {
    value: 1000,
    citation: {
      document: "A/61/531",
      location: "¶32",
      note: "1 000多名: more than 1 000; Table 1 counts 1 015 security officer posts (916 filled)",
    },
  },
  directorGrade: {
    value: "D-2",
    citation: {
      document: "A/61/531",
      location: "¶30–32, ¶56(b)",
      note: "the Chinese ¶56(b) says 总部安保和安全处处长 (chief of the Headquarters Security and Safety Service); read as the Division Director (司长) of ¶30–32, since the Service chief is D-1 in Annex II — our reading",
    },
  },
  shiftHours: {
    value: { before: 12, after: 8 },
    citation: { document: "A/61/531", location: "¶38", note: "at most duty stations" },
  },
  rosterCountries: { value: 150, citation: { document: "A/61/531", location: "¶40" } },
  standardizedEquipmentItemsApprox: {
    value: 44,
    citation: { document: "A/61/531", location: "¶47", note: "about 44 (大约44个), as at July 2006" },
  },
  standbyDeploymentHours: { value: { from: 24, to: 48 }, citation: { document: "A/61/531", location: "¶50" } },
  withheldUsd: {
    value: "11000000.00",
    citation: { document: "A/61/531", location: "¶53", note: "the World Bank, which disputed the method" },
  },
};
