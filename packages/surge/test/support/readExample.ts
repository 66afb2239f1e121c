import { readFileSync } from "node:fs";

/** A sample from docs/examples/surge, parsed. */
export const readExample = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../docs/examples/surge/${name}`, import.meta.url), "utf8"));
