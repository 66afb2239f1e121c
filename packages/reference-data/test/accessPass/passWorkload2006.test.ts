import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import { passWorkloadRatios, totalPassWorkload } from "@unsms/access-pass";
import { PassWorkloadSchema } from "@unsms/access-pass/schema";
import { newPostsByFunction, passWorkload2006, securityOfficerPosts } from "@unsms/reference-data";

describe("passWorkload2006 (A/61/531 Table 2)", () => {
  test("reproduces every figure of the table, in the report's order, cited", () => {
    expect(passWorkload2006.citation).toMatchObject({ document: "A/61/531", location: "¶39, Table 2" });
    expect(
      passWorkload2006.value.map((r) => [r.dutyStation, r.specialEvents, r.vipVisits, r.visitors, r.passesIssued]),
    ).toEqual([
      ["New York", 554, 230, 646_550, 70_828],
      ["Geneva", 362, 76, 89_713, 27_152],
      ["Vienna", 288, 26, 72_988, 18_947],
      ["Nairobi", 191, 10, 23_844, 5_932],
      ["Addis Ababa", 145, 9, 20_746, 4_695],
      ["Bangkok", 182, 9, 31_826, 1_778],
      ["Santiago", 167, 7, 7_667, 1_103],
      ["Beirut", 157, 6, 20_212, 1_686],
    ]);
    for (const row of passWorkload2006.value) {
      expect(Result.isSuccess(decode(PassWorkloadSchema, row))).toBe(true);
      expect(row.period).toEqual({ from: "2006-01-01", to: "2006-06-30" });
    }
  });

  test("the totals the report implies: 2 046 events, 373 VIP visits, 913 546 visitors, 132 121 passes", () => {
    const total = totalPassWorkload(passWorkload2006.value);
    expect([total.specialEvents, total.vipVisits, total.visitors, total.passesIssued]).toEqual([
      2046, 373, 913_546, 132_121,
    ]);
    expect(total.period).toEqual({ from: "2006-01-01", to: "2006-06-30" });
  });

  test("New York carries more than half of all visitors and passes (¶39: the headquarters load)", () => {
    const total = totalPassWorkload(passWorkload2006.value);
    const newYork = passWorkload2006.value[0]!;
    expect(newYork.visitors * 2).toBeGreaterThan(total.visitors);
    expect(newYork.passesIssued * 2).toBeGreaterThan(total.passesIssued);
    expect(passWorkloadRatios(newYork).passesPerVisitor?.rounded).toBe("0.110");
    expect(passWorkloadRatios(passWorkload2006.value[5]!).passesPerVisitor?.rounded).toBe("0.056");
  });

  test("the planning ratios of every duty station and of the total (as the guide prints them)", () => {
    const rows = [...passWorkload2006.value, totalPassWorkload(passWorkload2006.value)];
    expect(
      rows.map((r) => [
        r.dutyStation,
        passWorkloadRatios(r).passesPerVisitor?.rounded,
        passWorkloadRatios(r).passesPerEvent?.rounded,
      ]),
    ).toEqual([
      ["New York", "0.110", "127.8"],
      ["Geneva", "0.303", "75.0"],
      ["Vienna", "0.260", "65.8"],
      ["Nairobi", "0.249", "31.1"],
      ["Addis Ababa", "0.226", "32.4"],
      ["Bangkok", "0.056", "9.8"],
      ["Santiago", "0.144", "6.6"],
      ["Beirut", "0.083", "10.7"],
      ["all", "0.145", "64.6"],
    ]);
  });

  test("joins Table 1 and ¶38's table on the duty station's id: all 8 stations, the commissions by city", () => {
    const table1 = new Map(securityOfficerPosts.rows.map((row) => [row.dutyStation as string, row]));
    const joined = passWorkload2006.value.flatMap((row) => {
      const posts = table1.get(row.dutyStation);
      return posts === undefined ? [] : [[row.dutyStation, passWorkload2006.names[row.dutyStation], posts.total]];
    });
    expect(joined).toEqual([
      ["New York", "New York", 314],
      ["Geneva", "Geneva", 142],
      ["Vienna", "Vienna", 152],
      ["Nairobi", "Nairobi", 116],
      ["Addis Ababa", "ECA", 114],
      ["Bangkok", "ESCAP", 75],
      ["Santiago", "ECLAC", 49],
      ["Beirut", "ESCWA", 53],
    ]);
    const columns = new Set<string>(newPostsByFunction.columns);
    expect(passWorkload2006.value.filter((row) => columns.has(row.dutyStation))).toHaveLength(8);
    // one name per row, keyed by exactly the rows' ids
    expect(Object.keys(passWorkload2006.names).sort()).toEqual(
      passWorkload2006.value.map((row) => row.dutyStation as string).sort(),
    );
  });
});
