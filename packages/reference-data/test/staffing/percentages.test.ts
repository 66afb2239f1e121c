import { formatMoney, percentage, type DutyStationId, type PostId, type UnitId } from "@unsms/core";
import * as Result from "effect/Result";
import { describe, expect, test } from "vitest";
import { deputyReclassificationCosts, recruitmentTable, unitFillFigures } from "@unsms/reference-data";
import { reclassifyPost } from "@unsms/staffing";

describe("every percentage the report prints comes out of core's rates", () => {
  test("the recruitment table (¶41): 90, 87, 75, 84", () => {
    for (const row of [...recruitmentTable.rows, recruitmentTable.total])
      expect(Result.getOrThrow(percentage(row.incumbents, row.authorized, recruitmentTable.decimals))).toBe(
        row.percentage,
      );
    expect([...recruitmentTable.rows, recruitmentTable.total].map((row) => row.percentage)).toEqual([
      "90",
      "87",
      "75",
      "84",
    ]);
  });

  test("the unit figures: 50 (¶13), 75 (¶15), 65 (¶17), 69.6 and 62.3 (¶19), 53.3 (¶21), 82 (¶40)", () => {
    const printed = unitFillFigures.filter((figure) => figure.printed !== null);
    for (const figure of printed)
      expect(Result.getOrThrow(percentage(figure.filled, figure.posts, figure.decimals))).toBe(figure.printed);
    expect(printed.map((figure) => `${figure.printed} ${figure.citation.location}`)).toEqual([
      "50 ¶13",
      "75 ¶15",
      "65 ¶17",
      "69.6 ¶19",
      "62.3 ¶19",
      "53.3 ¶21",
      "82 ¶40",
    ]);
    const full = unitFillFigures.find((figure) => figure.printed === null);
    expect([full?.posts, full?.filled, full?.citation.location]).toEqual([8, 8, "¶6"]);
  });

  test("the deputy's reclassification costs (¶12, ¶56(a)): net US$ 33 400, zero for staff assessment", () => {
    const deputy = {
      id: "OUSG-D2" as PostId,
      grade: "D-2" as const,
      unit: "OUSG" as UnitId,
      dutyStation: "New York" as DutyStationId,
      funding: "regular-budget" as const,
      status: "established" as const,
      incumbent: {},
    };
    const change = Result.getOrThrow(
      reclassifyPost([deputy], { post: deputy.id, to: "ASG" }, deputyReclassificationCosts),
    );
    expect([
      formatMoney(change.effect.expenditure),
      formatMoney(change.effect.income),
      formatMoney(change.effect.net),
    ]).toEqual(["40200.00", "6800.00", "33400.00"]);
  });
});
