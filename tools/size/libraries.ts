import { fileURLToPath } from "node:url";

/** The workspace's packages folder. */
export const packagesDir = fileURLToPath(new URL("../../packages/", import.meta.url));

/** The library packages (every package but the cli), by folder name. */
export const libraries = [
  "core",
  "cost-sharing",
  "risk",
  "staffing",
  "accountability",
  "access-pass",
  "reference-data",
  "presence",
  "equipment",
  "training",
  "surge",
  "sdk",
] as const;
