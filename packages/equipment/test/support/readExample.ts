import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Reads a sample from docs/examples/equipment/ (the files the guide shows) as JSON. */
export const readExample = (name: string): unknown =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../../docs/examples/equipment/${name}`, import.meta.url)), "utf8"),
  ) as unknown;
