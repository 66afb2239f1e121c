import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { partitionedIdsTwice } from "../../src/internal/partitionedIdsTwice";
import { readParticipants } from "../../src/internal/readParticipants";

/** Whether readParticipants refuses these ids (each prefixed with "#", so that "" is an id too) as given twice. */
const hasDuplicates = (ids: ReadonlyArray<string>): boolean =>
  ids.length > 0 && !("ids" in readParticipants(ids.map((id) => ({ id: `#${id}`, headcount: 1 }))));

const fnv = (id: string): number => {
  let h = 0x811c9dc5;
  for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 16_777_619);
  return h;
};

describe("duplicate ids (idTable, as readParticipants uses it)", () => {
  test.prop([fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 })])("agrees with a Set", (ids) => {
    expect(hasDuplicates(ids)).toBe(new Set(ids).size !== ids.length);
  });

  test.prop([fc.uniqueArray(fc.string({ minLength: 17, maxLength: 20 }), { maxLength: 600 }), fc.nat()])(
    "long ids that share their last code units are still told apart",
    (tails, at) => {
      const ids = tails.map((tail, i) => `${i}-${"x".repeat(20)}${tail.slice(-3)}`);
      expect(hasDuplicates(ids)).toBe(false);
      if (ids.length > 0) expect(hasDuplicates([...ids, ids[at % ids.length] as string])).toBe(true);
    },
  );

  it("20 000 ids: every duplicate is found wherever it is", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `ORG-${String(i).padStart(7, "0")}`);
    expect(hasDuplicates(ids)).toBe(false);
    for (const [at, again] of [
      [0, 19_999],
      [12_345, 54],
      [19_999, 0],
    ] as const) {
      const copy = [...ids];
      copy[at] = ids[again] as string;
      expect(hasDuplicates(copy)).toBe(true);
    }
  });

  it("ids crafted to share one bucket still give the right answer (the probe budget hands over to a Set)", () => {
    // 600 distinct ids whose hashes fall in bucket 0 of the table for 601 ids (2^11 buckets)
    const crafted: Array<string> = [];
    for (let i = 0; crafted.length < 600; i++) if ((fnv(`#x${i}`) & 2047) === 0) crafted.push(`x${i}`);
    expect(hasDuplicates(crafted)).toBe(false);
    expect(hasDuplicates([...crafted, crafted[123] as string])).toBe(true);
  });

  it("a call made from a getter while the short lists' table is in use has a table of its own", () => {
    const inner = [
      { id: "beta", headcount: 1 },
      { id: "alpha", headcount: 1 },
    ];
    let innerRead: unknown;
    const outer = [
      { id: "alpha", headcount: 1 },
      {
        get id() {
          innerRead = readParticipants(inner);
          return "gamma";
        },
        headcount: 1,
      },
      { id: "alpha", headcount: 1 },
    ];
    expect("ids" in readParticipants(outer)).toBe(false);
    expect(innerRead).toMatchObject({ ids: ["beta", "alpha"] });
  });
});

describe("duplicate ids of a long list (partitionedIdsTwice)", () => {
  test.prop([fc.integer({ min: 2_049, max: 9_000 }), fc.nat(), fc.nat()])(
    "across several partitions, a duplicate is found wherever it is, and none is invented",
    (n, at, again) => {
      const ids = Array.from({ length: n }, (_, i) => `P${i.toString(36)}`);
      const fnvs = Int32Array.from(ids, fnv);
      expect(partitionedIdsTwice(ids, fnvs)).toBe(false);
      const copy = [...ids];
      copy[at % n] = ids[again % n] as string;
      expect(partitionedIdsTwice(copy, Int32Array.from(copy, fnv))).toBe(at % n !== again % n);
    },
  );

  it("gives up (undefined: the caller asks a Set) when every hash is the same", () => {
    const ids = Array.from({ length: 3_000 }, (_, i) => `id-${i}`);
    expect(partitionedIdsTwice(ids, new Int32Array(ids.length))).toBeUndefined();
  });

  it("a partition filled past its table (hashes crafted to share their top bits) gives up within the budget", () => {
    // 5 000 ids: 4 partitions of about 1 250, tables of 4 096 entries; all 5 000 in the first
    const ids = Array.from({ length: 5_000 }, (_, i) => `id-${i}`);
    const hashes = Int32Array.from(ids, (_, i) => i * 7 + 1); // distinct, top bits 0
    expect(partitionedIdsTwice(ids, hashes)).toBeUndefined();
    // 3 000 ids in one of 2 partitions (about 1 500 each) still fit its table of 8 192: answered
    expect(partitionedIdsTwice(ids.slice(0, 3_000), hashes.slice(0, 3_000))).toBe(false);
  });

  it("ids whose hashes agree are compared, not taken as the same", () => {
    const ids = ["a", "b", "c"];
    expect(partitionedIdsTwice(ids, Int32Array.of(7, 7, 8))).toBe(false);
    expect(partitionedIdsTwice(["a", "b", "a"], Int32Array.of(7, 7, 7))).toBe(true);
  });
});
