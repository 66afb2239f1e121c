import { readFileSync } from "node:fs";
import { run } from "@unsms/cli";
import { describe, expect, it } from "vitest";
import { fakeIo } from "../support/fakeIo";
import { expectError } from "../support/expectError";

const example = (name: string): string =>
  readFileSync(new URL(`../../../../docs/examples/equipment/${name}`, import.meta.url), "utf8");

describe("unsms equipment", () => {
  it("readiness prints {stations: [{dutyStation, gaps}]} over the sample register, exit 1 as stations are short", async () => {
    const { io, stdout } = fakeIo({ "register.json": example("register.json") });
    expect(await run(["equipment", "readiness", "--input", "register.json", "--json"], io)).toBe(1);
    const answer = JSON.parse(stdout()) as {
      stations: Array<{ dutyStation: string; gaps: Array<{ item: string; short: number }> }>;
    };
    expect(Object.keys(answer)).toEqual(["stations"]);
    expect(answer.stations.map((s) => Object.keys(s))).toEqual(
      Array.from({ length: 4 }, () => ["dutyStation", "gaps"]),
    );
    expect(answer.stations.map((s) => [s.dutyStation, s.gaps.map((g) => `${g.item} ${g.short}`)])).toEqual([
      ["Bogota", []],
      ["Cairo", ["HF-BASE 1", "BODY-ARMOUR 5"]],
      ["Manila", ["SAT-PHONE 2", "BALLISTIC-HELMET 6"]],
      [
        "Nairobi",
        ["VHF-HANDHELD 20", "HF-BASE 1", "SAT-PHONE 4", "BODY-ARMOUR 15", "BALLISTIC-HELMET 15", "TRAUMA-KIT 2"],
      ],
    ]);
  });

  it("a ready register is exit 0; a kit naming an item twice is exit 2", async () => {
    const input = JSON.parse(example("register.json")) as {
      register: Array<{ dutyStation: string }>;
      kit: { items: Array<{ item: string; quantity: number }> };
    };
    const ready = { register: input.register.filter((line) => line.dutyStation === "Bogota"), kit: input.kit };
    const ok = fakeIo({}, JSON.stringify(ready));
    expect(await run(["equipment", "readiness", "--json"], ok.io)).toBe(0);
    const twice = { ...ready, kit: { ...input.kit, items: [...input.kit.items, { item: "HF-BASE", quantity: 1 }] } };
    const bad = fakeIo({}, JSON.stringify(twice));
    expect(await run(["equipment", "readiness", "--json"], bad.io)).toBe(2);
    expectError(bad.stderr(), "InvalidEquipmentInput", ["$.kit.items[6].item"]);
  });

  it("exactly one duty station not ready is exit 1, and the text counts it", async () => {
    const input = JSON.parse(example("register.json")) as {
      register: Array<{ dutyStation: string }>;
      kit: object;
    };
    const oneShort = {
      register: input.register.filter((line) => line.dutyStation === "Bogota" || line.dutyStation === "Cairo"),
      kit: input.kit,
    };
    const json = fakeIo({}, JSON.stringify(oneShort));
    expect(await run(["equipment", "readiness", "--json"], json.io)).toBe(1);
    const answer = JSON.parse(json.stdout()) as { stations: Array<{ dutyStation: string; gaps: Array<unknown> }> };
    expect(answer.stations.filter((s) => s.gaps.length > 0).map((s) => s.dutyStation)).toEqual(["Cairo"]);
    const text = fakeIo({}, JSON.stringify(oneShort));
    expect(await run(["equipment", "readiness"], text.io)).toBe(1);
    expect(text.stdout()).toContain("1 of 2 duty stations ready");
  });

  it("paths of what the functions refuse are those of the input document, as its decoding gives them", async () => {
    const input = JSON.parse(example("register.json")) as { kit: { items: Array<unknown> } };
    const list = JSON.parse(example("standard-list.json")) as { items: Array<unknown> };
    const twice = { ...input, standardList: { ...list, items: [...list.items, list.items[0]] } };
    const summary = fakeIo({}, JSON.stringify(twice));
    expect(await run(["equipment", "summary", "--json"], summary.io)).toBe(2);
    expectError(summary.stderr(), "InvalidEquipmentInput", [`$.standardList.items[${list.items.length}].item`]);
  });

  it("an answer of more than 100 000 gaps is refused up front: exit 2, never a crash", async () => {
    const kit = {
      name: "large",
      basis: "test",
      items: Array.from({ length: 10_000 }, (_, i) => ({ item: `I${i}`, quantity: 1 })),
    };
    const dutyStations = Array.from({ length: 10_000 }, (_, i) => `S${i}`);
    const large = fakeIo({}, JSON.stringify({ register: [], kit, dutyStations }));
    expect(await run(["equipment", "readiness", "--json"], large.io)).toBe(2);
    expectError(large.stderr(), "InvalidEquipmentInput", ["$"]);
    expect(large.stdout()).toBe("");
  });

  it("summary --help says what the summary holds: quantity, serviceable and standard per category", async () => {
    const help = fakeIo({});
    await run(["equipment", "summary", "--help"], help.io);
    expect(help.stdout()).toContain("by category (quantity, serviceable, of standard items)");
    expect(help.stdout()).not.toContain("and state");
  });

  it("summary: the register by category and the ¶47 note on the standard list", async () => {
    const { io, stdout } = fakeIo({ "register.json": example("register.json") });
    expect(await run(["equipment", "summary", "--input", "register.json"], io)).toBe(0);
    expect(stdout()).toContain("173 items at 3 duty stations");
    expect(stdout()).toContain("about 44 items");
  });
});
