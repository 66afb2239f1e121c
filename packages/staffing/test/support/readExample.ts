import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Reads a sample from docs/examples/staffing/ (the files the guide shows) as JSON. */
export const readExample = (name: string): unknown =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../../docs/examples/staffing/${name}`, import.meta.url)), "utf8"),
  ) as unknown;
