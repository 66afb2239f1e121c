import type { PresenceRecord } from "@unsms/presence";
import { readPresenceInput } from "@unsms/presence/schema";
import * as Result from "effect/Result";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Reads a sample from docs/examples/presence/ (the files the guide shows) as JSON. */
export const readExample = (name: string): unknown =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../../docs/examples/presence/${name}`, import.meta.url)), "utf8"),
  ) as unknown;

/** The records of docs/examples/presence/presence.json, read as the CLI reads them (fresh each call). */
export const sampleRecords = (): ReadonlyArray<PresenceRecord> =>
  Result.getOrThrow(readPresenceInput(readExample("presence.json"))).records;
