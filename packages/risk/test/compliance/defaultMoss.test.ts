import { describe, expect, it } from "vitest";
import { DEFAULT_MOSS, MOSS_CATEGORIES } from "@unsms/risk";

describe("DEFAULT_MOSS's source", () => {
  it("cites unsms's template, not A/61/531, whose ¶16(e) names MOSS without categories", () => {
    expect(DEFAULT_MOSS.source.document).toBe("unsms");
    expect(DEFAULT_MOSS.source.note).toContain("later UNSMS practice");
    expect(DEFAULT_MOSS.source.note).toContain("no edition or year");
    expect(DEFAULT_MOSS.source.note).toContain("A/61/531 names MOSS (¶16(e)) without categories");
  });

  it("uses the nine categories, every one of them", () => {
    expect(new Set(DEFAULT_MOSS.measures.map((measure) => measure.category))).toEqual(new Set(MOSS_CATEGORIES));
  });
});
