import { readFileSync } from "node:fs";

/** A sample of `docs/examples/` (the files the guides use too) as text, e.g. `example("presence/presence.json")`. */
export const example = (path: string): string =>
  readFileSync(new URL(`../../../../docs/examples/${path}`, import.meta.url), "utf8");
