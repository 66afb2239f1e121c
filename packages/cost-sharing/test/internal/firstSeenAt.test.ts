import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { firstSeenAt } from "../../src/internal/firstSeenAt";

const fnv = (id: string): number => {
  let h = 0x811c9dc5 | 0;
  for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 16_777_619);
  return h;
};

const byMap = (ids: ReadonlyArray<string>): Array<number> => {
  const seen = new Map<string, number>();
  return ids.map((id, i) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    return first ?? -1;
  });
};

describe("firstSeenAt", () => {
  test.prop([fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 })])("agrees with a Map", (ids) => {
    const out = new Int32Array(ids.length);
    firstSeenAt(ids, out);
    expect(Array.from(out)).toEqual(byMap(ids));
  });

  it("ids crafted to share one bucket still give the right answer (the probe budget hands over to a Map)", () => {
    // 600 distinct ids whose FNV-1a hashes fall in bucket 0 of the table for 601 ids (2^11 buckets)
    const crafted: Array<string> = [];
    for (let i = 0; crafted.length < 600; i++) if ((fnv(`x${i}`) & 2047) === 0) crafted.push(`x${i}`);
    const ids = [...crafted, crafted[123] as string];
    const out = new Int32Array(ids.length);
    firstSeenAt(ids, out);
    expect(Array.from(out)).toEqual(byMap(ids));
    expect(out[600]).toBe(123);
  });
});
