import type { DutyStationId, UnitId } from "@unsms/core";
import type { StaffingTable } from "@unsms/staffing";

/**
 * The posts of DSS as the report gives them: every unit and every post by grade and
 * funding of the Annex II organization chart, with the incumbency the report states — as
 * counts per unit (¶6, ¶13, ¶17, ¶21, ¶40 and the recruitment table of ¶41) and, for the
 * Compliance, Evaluation and Monitoring Unit, per grade (¶15: the 2 vacancies are P-3).
 *
 * The units are grouped as the recruitment table groups them (¶41): DSS headquarters
 * including the Security and Safety Service (465 posts), the security and safety services
 * away from headquarters (746) and Field Security Operations (619) — not by reporting line.
 * The chart details only 26 of the 746 posts away from headquarters (Geneva's
 * extrabudgetary GS(OL)); the other 720 are one group without grade, funding or station.
 * Funding is given where the chart marks it (the RB and XB columns of the Division of
 * Regional Operations and the New York service; Field Security Operations is cost-shared,
 * ¶52) and left out elsewhere; the duty station of headquarters units is New York.
 *
 * ¶19's figures for Field Security Operations (174 of 250 international and 230 of 369
 * local posts filled: 404) do not agree with ¶41's 467 of 619; the table uses ¶41's, which
 * reconcile with the total of 1 536, and keeps ¶19's in {@link unitFillFigures}.
 *
 * @example
 * ```ts
 * import { dssStaffingTable } from "@unsms/reference-data"
 * import { summarizeStaffing } from "@unsms/staffing"
 * import * as Result from "effect/Result"
 *
 * const summary = Result.getOrThrow(summarizeStaffing(dssStaffingTable, { by: "unit" }))
 * console.log(summary.rows[0]) // { key: "DSS", …, authorized: 1830, filled: 1536, …, fillRate: "84", … }
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export const dssStaffingTable: StaffingTable = {
  description:
    "DSS posts by unit, grade and funding (A/61/531, Annex II) with the incumbency of ¶6, ¶13, ¶15, ¶17, ¶21, ¶40 and ¶41",
  units: [
    {
      id: "DSS" as UnitId,
      name: "Department of Safety and Security",
      parent: null,
      citation: { document: "A/61/531", location: "¶8, ¶41" },
    },
    {
      id: "DSS-HQ" as UnitId,
      name: "DSS headquarters (including the Security and Safety Service)",
      parent: "DSS" as UnitId,
      citation: { document: "A/61/531", location: "¶41" },
    },
    {
      id: "OUSG" as UnitId,
      name: "Office of the Under-Secretary-General",
      parent: "DSS-HQ" as UnitId,
      citation: { document: "A/61/531", location: "¶6, Annex II" },
    },
    {
      id: "EO" as UnitId,
      name: "Executive Office",
      parent: "DSS-HQ" as UnitId,
      citation: { document: "A/61/531", location: "¶40, Annex II" },
    },
    {
      id: "PPCU" as UnitId,
      name: "Policy, Planning and Coordination Unit",
      parent: "DSS-HQ" as UnitId,
      citation: { document: "A/61/531", location: "¶13, Annex II" },
    },
    {
      id: "CEMU" as UnitId,
      name: "Compliance, Evaluation and Monitoring Unit",
      parent: "DSS-HQ" as UnitId,
      citation: { document: "A/61/531", location: "¶15, Annex II" },
    },
    {
      id: "DRO" as UnitId,
      name: "Division of Regional Operations",
      parent: "DSS-HQ" as UnitId,
      citation: { document: "A/61/531", location: "¶16–17, Annex II" },
    },
    {
      id: "FSS" as UnitId,
      name: "Field Support Service",
      parent: "DSS-HQ" as UnitId,
      citation: { document: "A/61/531", location: "¶20–21, Annex II" },
    },
    {
      id: "DSSS" as UnitId,
      name: "Division of Safety and Security Services",
      parent: "DSS-HQ" as UnitId,
      citation: { document: "A/61/531", location: "¶28–35, Annex II" },
    },
    {
      id: "SSS-NY" as UnitId,
      name: "Security and Safety Service (New York)",
      parent: "DSS-HQ" as UnitId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      id: "OAH" as UnitId,
      name: "Security and safety services, offices away from headquarters and regional commissions",
      parent: "DSS" as UnitId,
      citation: {
        document: "A/61/531",
        location: "¶41, Annex II",
        note: "Addis Ababa, Bangkok, Beirut, Geneva, Nairobi, Santiago, Vienna; the chart's labels are partly garbled in the extracted text",
      },
    },
    {
      id: "FSO" as UnitId,
      name: "Field Security Operations",
      parent: "DSS" as UnitId,
      citation: { document: "A/61/531", location: "¶19, ¶41, ¶52, Annex II" },
    },
  ],
  groups: [
    // Office of the Under-Secretary-General
    {
      unit: "OUSG" as UnitId,
      grade: "USG",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "OUSG" as UnitId,
      grade: "D-2",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: {
        document: "A/61/531",
        location: "Annex II",
        note: "the D-2 (deputy) is proposed for reclassification to ASG (¶12, ¶56(a))",
      },
    },
    {
      unit: "OUSG" as UnitId,
      grade: "P-5",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "OUSG" as UnitId,
      grade: "P-3",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "OUSG" as UnitId,
      grade: "GS(PL)",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "OUSG" as UnitId,
      grade: "GS(OL)",
      count: 3,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    // Division of Regional Operations (RB and XB columns)
    {
      unit: "DRO" as UnitId,
      grade: "D-2",
      count: 1,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DRO" as UnitId,
      grade: "P-5",
      count: 7,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DRO" as UnitId,
      grade: "P-4",
      count: 9,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DRO" as UnitId,
      grade: "P-3",
      count: 7,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DRO" as UnitId,
      grade: "GS(PL)",
      count: 1,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DRO" as UnitId,
      grade: "GS(OL)",
      count: 18,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DRO" as UnitId,
      grade: "P-5",
      count: 1,
      funding: "extrabudgetary",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DRO" as UnitId,
      grade: "P-4",
      count: 4,
      funding: "extrabudgetary",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DRO" as UnitId,
      grade: "GS(OL)",
      count: 2,
      funding: "extrabudgetary",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    // Division of Safety and Security Services
    {
      unit: "DSSS" as UnitId,
      grade: "D-2",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DSSS" as UnitId,
      grade: "P-4",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DSSS" as UnitId,
      grade: "P-3",
      count: 4,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DSSS" as UnitId,
      grade: "GS(PL)",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "DSSS" as UnitId,
      grade: "GS(OL)",
      count: 3,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    // Field Support Service
    {
      unit: "FSS" as UnitId,
      grade: "D-1",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "FSS" as UnitId,
      grade: "P-5",
      count: 2,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "FSS" as UnitId,
      grade: "P-4",
      count: 11,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "FSS" as UnitId,
      grade: "P-3",
      count: 8,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "FSS" as UnitId,
      grade: "P-2",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II", note: "the chart prints P-2/1" },
    },
    {
      unit: "FSS" as UnitId,
      grade: "GS(OL)",
      count: 7,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    // Security and Safety Service, New York (RB and XB columns)
    {
      unit: "SSS-NY" as UnitId,
      grade: "D-1",
      count: 1,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "P-5",
      count: 1,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "P-4",
      count: 3,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "P-3",
      count: 1,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "P-2",
      count: 2,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "GS(PL)",
      count: 1,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "GS(OL)",
      count: 13,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "SS",
      count: 300,
      funding: "regular-budget",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "P-3",
      count: 1,
      funding: "extrabudgetary",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "P-2",
      count: 1,
      funding: "extrabudgetary",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "SSS-NY" as UnitId,
      grade: "SS",
      count: 12,
      funding: "extrabudgetary",
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    // Executive Office
    {
      unit: "EO" as UnitId,
      grade: "D-1",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "EO" as UnitId,
      grade: "P-5",
      count: 2,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "EO" as UnitId,
      grade: "P-4",
      count: 3,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "EO" as UnitId,
      grade: "P-2",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "EO" as UnitId,
      grade: "GS(PL)",
      count: 2,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "EO" as UnitId,
      grade: "GS(OL)",
      count: 8,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    // Policy, Planning and Coordination Unit
    {
      unit: "PPCU" as UnitId,
      grade: "P-5",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "PPCU" as UnitId,
      grade: "P-4",
      count: 2,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "PPCU" as UnitId,
      grade: "P-2",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "PPCU" as UnitId,
      grade: "GS(OL)",
      count: 2,
      dutyStation: "New York" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II" },
    },
    // Compliance, Evaluation and Monitoring Unit: filled per grade from ¶15 (the 2 vacancies are P-3)
    {
      unit: "CEMU" as UnitId,
      grade: "P-5",
      count: 1,
      dutyStation: "New York" as DutyStationId,
      filled: 1,
      citation: {
        document: "A/61/531",
        location: "Annex II",
        note: "¶15: 6 of 8 filled; the remaining 2 P-3 posts under recruitment",
      },
    },
    {
      unit: "CEMU" as UnitId,
      grade: "P-4",
      count: 2,
      dutyStation: "New York" as DutyStationId,
      filled: 2,
      citation: {
        document: "A/61/531",
        location: "Annex II",
        note: "¶15: 6 of 8 filled; the remaining 2 P-3 posts under recruitment",
      },
    },
    {
      unit: "CEMU" as UnitId,
      grade: "P-3",
      count: 3,
      dutyStation: "New York" as DutyStationId,
      filled: 1,
      citation: {
        document: "A/61/531",
        location: "Annex II",
        note: "¶15: 6 of 8 filled; the remaining 2 P-3 posts under recruitment",
      },
    },
    {
      unit: "CEMU" as UnitId,
      grade: "GS(OL)",
      count: 2,
      dutyStation: "New York" as DutyStationId,
      filled: 2,
      citation: {
        document: "A/61/531",
        location: "Annex II",
        note: "¶15: 6 of 8 filled; the remaining 2 P-3 posts under recruitment",
      },
    },
    // Security and safety services away from headquarters: the chart details only Geneva's XB posts
    {
      unit: "OAH" as UnitId,
      grade: "GS(OL)",
      count: 26,
      funding: "extrabudgetary",
      dutyStation: "Geneva" as DutyStationId,
      citation: { document: "A/61/531", location: "Annex II", note: "Geneva (XB: 26 GS(OL))" },
    },
    {
      unit: "OAH" as UnitId,
      count: 720,
      citation: {
        document: "A/61/531",
        location: "¶41, Annex II",
        note: "the 746 posts of ¶41 less the 26 the chart details; the report gives no grade, funding or duty station for them",
      },
    },
    // Field Security Operations, cost-shared (¶52)
    {
      unit: "FSO" as UnitId,
      grade: "P-5",
      count: 26,
      funding: "cost-shared",
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "FSO" as UnitId,
      grade: "P-4",
      count: 137,
      funding: "cost-shared",
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "FSO" as UnitId,
      grade: "P-3",
      count: 83,
      funding: "cost-shared",
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "FSO" as UnitId,
      grade: "P-2",
      count: 4,
      funding: "cost-shared",
      citation: { document: "A/61/531", location: "Annex II" },
    },
    {
      unit: "FSO" as UnitId,
      grade: "LL",
      count: 369,
      funding: "cost-shared",
      citation: { document: "A/61/531", location: "Annex II" },
    },
  ],
  fillCounts: [
    { unit: "DSS-HQ" as UnitId, filled: 417, citation: { document: "A/61/531", location: "¶41" } },
    { unit: "OAH" as UnitId, filled: 652, citation: { document: "A/61/531", location: "¶41" } },
    {
      unit: "FSO" as UnitId,
      filled: 467,
      citation: {
        document: "A/61/531",
        location: "¶41",
        note: "¶19 gives 174 + 230 = 404 filled of the same 619 posts; the recruitment table's 467 is used",
      },
    },
    {
      unit: "OUSG" as UnitId,
      filled: 8,
      citation: { document: "A/61/531", location: "¶6", note: "the office is now fully staffed (现在已经满员)" },
    },
    { unit: "PPCU" as UnitId, filled: 3, citation: { document: "A/61/531", location: "¶13" } },
    { unit: "CEMU" as UnitId, filled: 6, citation: { document: "A/61/531", location: "¶15" } },
    {
      unit: "DRO" as UnitId,
      funding: "regular-budget",
      filled: 28,
      citation: {
        document: "A/61/531",
        location: "¶17",
        note: "43 posts at headquarters, 28 filled; read as the chart's 43 regular-budget posts (its 7 extrabudgetary ones are not counted)",
      },
    },
    { unit: "FSS" as UnitId, filled: 16, citation: { document: "A/61/531", location: "¶21" } },
    { unit: "EO" as UnitId, filled: 14, citation: { document: "A/61/531", location: "¶40" } },
  ],
};
