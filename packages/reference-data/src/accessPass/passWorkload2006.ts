import type { DutyStationId } from "@unsms/core";
import type { PassWorkloadTable } from "./PassWorkloadTable";

const period = { from: "2006-01-01", to: "2006-06-30" } as const;

/**
 * Table 2 of A/61/531 (¶39): special events, VIP visits, visitors and UN passes issued at
 * the eight duty stations with security and safety services, January to June 2006. The
 * report prints no total row; `totalPassWorkload` of
 * `@unsms/access-pass` gives 2 046 events, 373 VIP visits, 913 546 visitors and 132 121 passes.
 * Rows are in the report's order: New York (Headquarters), Geneva, Vienna and Nairobi (the
 * UN Offices), and the regional commissions at Addis Ababa, Bangkok, Santiago and Beirut.
 * Each duty station's id is its city, as in Table 1
 * ({@link @unsms/reference-data!index.securityOfficerPosts | securityOfficerPosts}) and
 * ¶38's table ({@link @unsms/reference-data!index.newPostsByFunction | newPostsByFunction}),
 * so the tables join on it; `names` keeps the names the table prints: ECA (Addis Ababa),
 * ESCAP (Bangkok), ECLAC (Santiago) and ESCWA (Beirut).
 *
 * @example
 * ```ts
 * import { passWorkload2006 } from "@unsms/reference-data"
 * import { passWorkloadRatios } from "@unsms/access-pass"
 *
 * const newYork = passWorkload2006.value[0]!
 * console.log(newYork.visitors, newYork.passesIssued) // 646550 70828
 * console.log(passWorkloadRatios(newYork).passesPerEvent?.rounded) // "127.8"
 * const bangkok = passWorkload2006.value[5]!
 * console.log(bangkok.dutyStation, passWorkload2006.names[bangkok.dutyStation]) // "Bangkok" "ESCAP"
 * ```
 *
 * @category access passes
 * @since 0.1.0
 */
export const passWorkload2006: PassWorkloadTable = {
  value: [
    {
      dutyStation: "New York" as DutyStationId,
      period,
      specialEvents: 554,
      vipVisits: 230,
      visitors: 646_550,
      passesIssued: 70_828,
    },
    {
      dutyStation: "Geneva" as DutyStationId,
      period,
      specialEvents: 362,
      vipVisits: 76,
      visitors: 89_713,
      passesIssued: 27_152,
    },
    {
      dutyStation: "Vienna" as DutyStationId,
      period,
      specialEvents: 288,
      vipVisits: 26,
      visitors: 72_988,
      passesIssued: 18_947,
    },
    {
      dutyStation: "Nairobi" as DutyStationId,
      period,
      specialEvents: 191,
      vipVisits: 10,
      visitors: 23_844,
      passesIssued: 5_932,
    },
    {
      dutyStation: "Addis Ababa" as DutyStationId,
      period,
      specialEvents: 145,
      vipVisits: 9,
      visitors: 20_746,
      passesIssued: 4_695,
    },
    {
      dutyStation: "Bangkok" as DutyStationId,
      period,
      specialEvents: 182,
      vipVisits: 9,
      visitors: 31_826,
      passesIssued: 1_778,
    },
    {
      dutyStation: "Santiago" as DutyStationId,
      period,
      specialEvents: 167,
      vipVisits: 7,
      visitors: 7_667,
      passesIssued: 1_103,
    },
    {
      dutyStation: "Beirut" as DutyStationId,
      period,
      specialEvents: 157,
      vipVisits: 6,
      visitors: 20_212,
      passesIssued: 1_686,
    },
  ],
  names: {
    "New York": "New York",
    Geneva: "Geneva",
    Vienna: "Vienna",
    Nairobi: "Nairobi",
    "Addis Ababa": "ECA",
    Bangkok: "ESCAP",
    Santiago: "ECLAC",
    Beirut: "ESCWA",
  },
  citation: {
    document: "A/61/531",
    location: "¶39, Table 2",
    note: "重大活动次数、来访者人数和出入证签发数量, January–June 2006; the report gives no total row",
  },
};
