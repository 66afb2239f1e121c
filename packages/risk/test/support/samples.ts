import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root (tests read the samples users copy, from docs/examples). */
export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** Reads and parses a sample under docs/examples/risk/. */
export const readSample = (name: string): unknown =>
  JSON.parse(readFileSync(`${repoRoot}docs/examples/risk/${name}`, "utf8")) as unknown;
