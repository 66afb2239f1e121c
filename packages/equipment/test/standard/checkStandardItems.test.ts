import { checkStandardItems, standardEquipmentList, type StandardList } from "@unsms/equipment";
import { readReadinessInput } from "@unsms/equipment/schema";
import { decode } from "@unsms/core/schema";
import { StandardListSchema } from "@unsms/equipment/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { readExample } from "../support/readExample";

const register = () => Result.getOrThrow(readReadinessInput(readExample("register.json"))).register;

describe("checkStandardItems", () => {
  it("¶47: about 44 items standardized by July 2006, the items themselves not given", () => {
    expect(standardEquipmentList.reportedCount).toBe(44);
    expect(standardEquipmentList.items).toEqual([]);
    expect(standardEquipmentList.basis).toContain("¶47");
    // against the report's (empty) list, every item marked standard is unlisted
    expect(Result.getOrThrow(checkStandardItems(register())).unlisted).toHaveLength(6);
  });

  it("an item on the list the register holds but does not mark standard is held, and unmarked", () => {
    const list: StandardList = {
      name: "L",
      basis: "",
      items: [{ item: "VHF", category: "communications" }],
    };
    const line = {
      item: "VHF",
      category: "communications",
      standard: false,
      dutyStation: "Kabul",
      quantity: 1,
      state: "serviceable",
    } as (typeof register extends () => infer R ? R : never)[number];
    expect(Result.getOrThrow(checkStandardItems([line], list))).toMatchObject({
      listed: 1,
      held: 1,
      unmarked: ["VHF"],
    });
  });

  it("an item marked standard on one line and not on another is unmarked if listed, unlisted if not, whichever comes first", () => {
    const list: StandardList = { name: "L", basis: "", items: [{ item: "VHF", category: "communications" }] };
    const line = (item: string, standard: boolean) =>
      ({
        item,
        category: "communications",
        standard,
        dutyStation: "Kabul",
        quantity: 1,
        state: "serviceable",
      }) as (typeof register extends () => infer R ? R : never)[number];
    for (const [first, second] of [
      [true, false],
      [false, true],
    ] as const)
      expect(
        Result.getOrThrow(
          checkStandardItems([line("VHF", first), line("VHF", second), line("HF", first), line("HF", second)], list),
        ),
      ).toMatchObject({ held: 1, unlisted: ["HF"], unmarked: ["VHF"], miscategorized: [] });
  });

  it("an item whose lines give two categories is miscategorized, whichever of them comes first", () => {
    const list: StandardList = { name: "L", basis: "", items: [{ item: "VHF", category: "communications" }] };
    const line = (category: "communications" | "other") =>
      ({
        item: "VHF",
        category,
        standard: true,
        dutyStation: "Kabul",
        quantity: 1,
        state: "serviceable",
      }) as (typeof register extends () => infer R ? R : never)[number];
    for (const lines of [
      [line("communications"), line("other")],
      [line("other"), line("communications")],
    ])
      expect(Result.getOrThrow(checkStandardItems(lines, list))).toMatchObject({
        held: 1,
        unmarked: [],
        miscategorized: ["VHF"],
      });
    expect(Result.getOrThrow(checkStandardItems([line("communications"), line("communications")], list))).toMatchObject(
      {
        held: 1,
        miscategorized: [],
      },
    );
  });

  it("against the illustrative list of the sample: 6 of its items held, the local repeater marked non-standard and not listed", () => {
    const list = Result.getOrThrow(decode(StandardListSchema, readExample("standard-list.json")));
    expect(Result.getOrThrow(checkStandardItems(register(), list))).toEqual({
      list: "illustrative standard list",
      listed: 6,
      held: 6,
      unlisted: [],
      unmarked: [],
      miscategorized: [],
    });
  });
});

describe("item codes", () => {
  it("are read like core's ids: a zero-width space or a bidi override is refused, NFC applied", async () => {
    const { ItemCodeSchema } = await import("@unsms/equipment/schema");
    expect(Result.isFailure(decode(ItemCodeSchema, "SAT-PHONE\u200B"))).toBe(true);
    expect(Result.isFailure(decode(ItemCodeSchema, "\u202ESAT-PHONE"))).toBe(true);
    expect(Result.getOrThrow(decode(ItemCodeSchema, "CASQUE-BALISTIQUE-E\u0301"))).toBe("CASQUE-BALISTIQUE-\u00C9");
  });
});

describe("a standard list that cannot be read says what was received where (core's describeValue)", () => {
  it.each([
    [{ items: "x" }, "$.standardList.items", '"x"'],
    [{ items: [7] }, "$.standardList.items[0].item", "7"],
    [
      {
        items: [
          { item: "A", category: "vehicles" },
          { item: "A", category: "vehicles" },
        ],
      },
      "$.standardList.items[1].item",
      '"A"',
    ],
  ])("%j", (list, path, received) => {
    const result = checkStandardItems([], list as unknown as StandardList);
    expect(Result.isFailure(result) && result.failure).toMatchObject({ path, received });
  });
});
