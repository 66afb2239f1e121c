import { describe, expect, test } from "vitest";
import { newPostsByFunction, securityOfficerPosts, securityPostDecisions } from "@unsms/reference-data";

const { rows, total } = securityOfficerPosts;
const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((acc, row) => acc + pick(row), 0);

describe("Table 1 (¶36)", () => {
  test("each row: original + new + temporary = total", () => {
    for (const row of rows) expect(row.original + row.new + row.temporary).toBe(row.total);
    expect(total.original + total.new + total.temporary).toBe(total.total);
  });

  test("each column adds up to the printed total row", () => {
    expect({
      original: sum((r) => r.original),
      new: sum((r) => r.new),
      temporary: sum((r) => r.temporary),
      total: sum((r) => r.total),
      vacant: sum((r) => r.vacant),
    }).toEqual(total);
    expect(total).toEqual({ original: 624, new: 257, temporary: 134, total: 1015, vacant: 99 });
  });

  test("257 + 134 = 391 = 383 + 8; 257 = 249 + 8", () => {
    const { resolution59_276, decision60_562, newPosts } = securityPostDecisions;
    expect(total.new + total.temporary).toBe(newPosts.value);
    expect(resolution59_276.value.total + decision60_562.value).toBe(newPosts.value);
    expect(resolution59_276.value.established + resolution59_276.value.temporary).toBe(resolution59_276.value.total);
    expect(resolution59_276.value.established + decision60_562.value).toBe(total.new);
    expect(resolution59_276.value.temporary).toBe(total.temporary);
    expect(securityPostDecisions.proposedConversions.value).toBe(total.temporary);
  });

  test("each station's new + temporary posts are its column total in ¶38's table", () => {
    newPostsByFunction.columns.forEach((station, index) => {
      const row = rows.find((candidate) => candidate.dutyStation === station);
      expect(row).toBeDefined();
      expect((row?.new ?? 0) + (row?.temporary ?? 0)).toBe(newPostsByFunction.columnTotals[index]);
    });
    expect(new Set(newPostsByFunction.columns)).toEqual(new Set(rows.map((row) => row.dutyStation)));
  });
});
