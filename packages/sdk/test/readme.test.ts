import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");

describe("the README", () => {
  it("names every namespace the main entry exports", () => {
    const namespaces = [...read("../src/index.ts").matchAll(/^export \* as (\w+) from/gm)].map((match) => match[1]);
    expect(namespaces).toContain("Equipment");
    const readme = read("../README.md");
    expect(namespaces.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});
