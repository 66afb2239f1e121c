import { fc, test } from "@fast-check/vitest";
import type { DutyStationId } from "@unsms/core";
import { readinessGaps, type EquipmentItem, type RequiredKit } from "@unsms/equipment";
import { readReadinessInput } from "@unsms/equipment/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { kitArb, registerArb, reorder } from "../support/arbitraries";
import { readExample } from "../support/readExample";

const sample = () => Result.getOrThrow(readReadinessInput(readExample("register.json")));

describe("readinessGaps", () => {
  it("the sample register against the illustrative kit: Bogota ready, Cairo, Manila and Nairobi (nothing registered) short", () => {
    const input = sample();
    const readiness = Result.getOrThrow(
      readinessGaps(input.register, input.kit, { dutyStations: input.dutyStations ?? [] }),
    );
    expect(readiness.notReady).toBe(3);
    expect(readiness.stations.map((s) => [s.dutyStation, s.ready])).toEqual([
      ["Bogota", true],
      ["Cairo", false],
      ["Manila", false],
      ["Nairobi", false],
    ]);
    expect(readiness.stations[1]?.gaps).toEqual([
      { item: "HF-BASE", required: 1, ready: 0, short: 1, notReady: { unserviceable: 1 } },
      { item: "BODY-ARMOUR", required: 15, ready: 10, short: 5, notReady: {} },
    ]);
    expect(readiness.stations[2]?.gaps).toEqual([
      { item: "SAT-PHONE", required: 4, ready: 2, short: 2, notReady: { "in-repair": 1 } },
      { item: "BALLISTIC-HELMET", required: 15, ready: 9, short: 6, notReady: { deployed: 6 } },
    ]);
    expect(readiness.stations[3]?.gaps.map((g) => g.short)).toEqual([20, 1, 4, 15, 15, 2]);
  });

  it("never throws on what a plain JavaScript caller may pass", () => {
    const kit: RequiredKit = { name: "k", basis: "", items: [{ item: "VHF", quantity: 1 }] };
    const bad: ReadonlyArray<unknown> = [
      null,
      {},
      [null],
      [
        {
          item: "VHF",
          category: "communications",
          standard: true,
          dutyStation: "Cairo",
          quantity: -1,
          state: "serviceable",
        },
      ],
    ];
    for (const register of bad)
      expect(Result.isFailure(readinessGaps(register as ReadonlyArray<EquipmentItem>, kit))).toBe(true);
    expect(Result.isFailure(readinessGaps([], null as unknown as RequiredKit))).toBe(true);
  });

  it("a kit quantity that is not a whole number, zero or more, is refused at its path", () => {
    const register: ReadonlyArray<EquipmentItem> = [
      {
        item: "A",
        category: "communications",
        standard: true,
        dutyStation: "X" as DutyStationId,
        quantity: 1,
        state: "serviceable",
      },
    ];
    for (const quantity of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -1]) {
      const kit = { name: "k", basis: "", items: [{ item: "A", quantity }] };
      const refused = readinessGaps(register, kit);
      expect(Result.isFailure(refused) && refused.failure.path).toBe("$.kit.items[0].quantity");
    }
    expect(
      Result.isSuccess(readinessGaps(register, { name: "k", basis: "", items: [{ item: "A", quantity: 0 }] })),
    ).toBe(true);
  });

  test.prop([registerArb, kitArb, fc.array(fc.nat())])(
    "law: register order never changes the answer",
    (register, kit, keys) => {
      expect(readinessGaps(reorder(register, keys), kit)).toEqual(readinessGaps(register, kit));
    },
  );

  test.prop([registerArb, kitArb])(
    "law: each gap is what the kit requires less what is serviceable, and only where that is positive",
    (register, kit) => {
      const readiness = Result.getOrThrow(readinessGaps(register, kit));
      for (const station of readiness.stations) {
        for (const { item, quantity } of kit.items) {
          const ready = register
            .filter((l) => l.dutyStation === station.dutyStation && l.item === item && l.state === "serviceable")
            .reduce((s, l) => s + l.quantity, 0);
          const gap = station.gaps.find((g) => g.item === item);
          if (ready >= quantity) expect(gap).toBeUndefined();
          else expect(gap).toMatchObject({ required: quantity, ready, short: quantity - ready });
        }
        expect(station.ready).toBe(station.gaps.length === 0);
      }
    },
  );

  test.prop([
    registerArb,
    kitArb,
    fc.constantFrom("VHF", "HF", "SAT", "ARMOUR", "HELMET"),
    fc.constantFrom("Bogota", "Manila", "Cairo"),
    fc.integer({ min: 1, max: 50 }),
  ])("law: adding serviceable equipment never widens a gap", (register, kit, item, station, quantity) => {
    const options = { dutyStations: [station as DutyStationId] };
    const before = Result.getOrThrow(readinessGaps(register, kit, options));
    const added: EquipmentItem = {
      item,
      category: "other",
      standard: false,
      dutyStation: station as DutyStationId,
      quantity,
      state: "serviceable",
    };
    const after = Result.getOrThrow(readinessGaps([...register, added], kit, options));
    const short = (r: typeof before) =>
      new Map(r.stations.flatMap((s) => s.gaps.map((g) => [`${s.dutyStation}/${g.item}`, g.short] as const)));
    const was = short(before);
    for (const [key, value] of short(after)) expect(value).toBeLessThanOrEqual(was.get(key) ?? 0);
  });
});

describe("the answer stays proportional to the input", () => {
  const kitOf = (items: number): RequiredKit => ({
    name: "large",
    basis: "test",
    items: Array.from({ length: items }, (_, i) => ({ item: `I${i}`, quantity: 1 })),
  });
  const stationsOf = (count: number) => Array.from({ length: count }, (_, i) => `S${i}` as DutyStationId);

  it("1 000 stations with nothing registered against a kit of 10 000 items (10 000 000 gaps) are refused at $, before a gap is built", () => {
    const result = readinessGaps([], kitOf(10_000), { dutyStations: stationsOf(1000) });
    expect(Result.isFailure(result) && result.failure).toMatchObject({
      _tag: "InvalidEquipmentInput",
      path: "$",
      expected: "at most 100000 readiness gaps in one call (assess fewer duty stations at a time)",
      received: "more than 100000: 1000 duty stations against 10000 required kit items",
    });
  });

  it("the limit counts gaps, not stations × items: a ready station and a kit line of quantity 0 cost nothing", () => {
    const kit = kitOf(1000);
    const zero = { ...kit, items: [...kit.items, { item: "SPARE", quantity: 0 }] };
    const ready: ReadonlyArray<EquipmentItem> = kit.items.map(({ item }) => ({
      item,
      category: "other",
      standard: false,
      dutyStation: "READY" as DutyStationId,
      quantity: 1,
      state: "serviceable",
    }));
    // 100 stations short of 1 000 items each: exactly 100 000 gaps, the limit
    const atLimit = Result.getOrThrow(readinessGaps(ready, zero, { dutyStations: stationsOf(100) }));
    expect(atLimit.stations).toHaveLength(101);
    expect(atLimit.notReady).toBe(100);
    expect(atLimit.stations.reduce((sum, s) => sum + s.gaps.length, 0)).toBe(100_000);
    const over = readinessGaps(ready, zero, { dutyStations: stationsOf(101) });
    expect(Result.isFailure(over) && over.failure.path).toBe("$");
  });

  it("the limit counts the kit's items only: what a station holds of other items does not offset its gaps", () => {
    // each station short of all 1 000 kit items and holding 10 items not in the kit: 100 stations
    // are 100 000 gaps, 101 are 101 000 (had the other items counted as ready, 99 990)
    const other = (stations: number): ReadonlyArray<EquipmentItem> =>
      stationsOf(stations).flatMap((dutyStation) =>
        Array.from({ length: 10 }, (_, i) => ({
          item: `OTHER-${i}`,
          category: "other" as const,
          standard: false,
          dutyStation,
          quantity: 1,
          state: "serviceable" as const,
        })),
      );
    const atLimit = Result.getOrThrow(readinessGaps(other(100), kitOf(1000)));
    expect(atLimit.stations.map((s) => s.gaps.length)).toEqual(Array.from({ length: 100 }, () => 1000));
    const over = readinessGaps(other(101), kitOf(1000));
    expect(Result.isFailure(over) && over.failure.path).toBe("$");
  });
});

describe("options.dutyStations is a list of at most 100 000 stations, told by its length", () => {
  const kit: RequiredKit = { name: "k", basis: "", items: [{ item: "VHF", quantity: 1 }] };

  it("a sparse array claiming 2^32 − 1 stations, holes only or one station then holes, is refused at $.dutyStations", () => {
    const onlyHoles: Array<DutyStationId> = [];
    onlyHoles.length = 2 ** 32 - 1; // a real array of a few bytes: Array.isArray is true
    const oneThenHoles = ["Bogota" as DutyStationId];
    oneThenHoles.length = 2 ** 32 - 1;
    for (const dutyStations of [onlyHoles, oneThenHoles]) {
      const result = readinessGaps([], kit, { dutyStations });
      expect(Result.isFailure(result) && result.failure).toMatchObject({
        _tag: "InvalidEquipmentInput",
        path: "$.dutyStations",
        expected: "an array of at most 100000 duty station ids",
        received: "an array of 4294967295 items",
      });
    }
  });

  it("100 000 stations are taken, 100 001 and a value that is no list are refused", () => {
    const stations = (count: number) => Array.from({ length: count }, (_, i) => `S${i}` as DutyStationId);
    const empty: RequiredKit = { name: "none", basis: "", items: [] };
    expect(Result.getOrThrow(readinessGaps([], empty, { dutyStations: stations(100_000) })).stations).toHaveLength(
      100_000,
    );
    for (const dutyStations of [stations(100_001), "Bogota", null]) {
      const result = readinessGaps([], empty, { dutyStations: dutyStations as ReadonlyArray<DutyStationId> });
      expect(Result.isFailure(result) && result.failure.path).toBe("$.dutyStations");
    }
  });
});

describe("a kit that cannot be read says what was received where (core's describeValue)", () => {
  it.each([
    [{ items: 5 }, "$.kit.items", "5"],
    [null, "$.kit.items", "null"],
    [{ items: [{ item: 3, quantity: 1 }] }, "$.kit.items[0].item", "3"],
    [
      {
        items: [
          { item: "a", quantity: 1 },
          { item: "a", quantity: 1 },
        ],
      },
      "$.kit.items[1].item",
      '"a"',
    ],
  ])("%j", (kit, path, received) => {
    const result = readinessGaps([], kit as unknown as RequiredKit);
    expect(Result.isFailure(result) && result.failure).toMatchObject({ path, received });
  });
});
