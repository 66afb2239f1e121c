import { readFileSync } from "node:fs";
import { CostSharing, Equipment, makeMoney, parseInstant, Presence, USD } from "@unsms/sdk";
import { decodeInput, inputJsonSchema } from "@unsms/sdk/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

const example = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../docs/examples/${path}`, import.meta.url), "utf8"));

describe("Presence and Equipment through the sdk", () => {
  it("presence → headcounts → cost shares end to end from one sample file", () => {
    const input = Result.getOrThrow(decodeInput("presence", example("presence/presence.json")));
    const at = Result.getOrThrow(parseInstant("2006-06-30T12:00:00Z"));
    const headcounts = Result.getOrThrow(Presence.countHeadcounts(input.records, at));
    // the participants go to cost-sharing as they are
    const direct = Result.getOrThrow(
      CostSharing.costShare({ total: makeMoney(100_000_000n, USD), participants: headcounts.participants }),
    );
    const oneCall = Result.getOrThrow(Presence.costSharesFromPresence(input.records, at, makeMoney(100_000_000n, USD)));
    expect(oneCall.costShares.shares.map((s) => [s.id, s.amount])).toEqual(direct.shares.map((s) => [s.id, s.amount]));
    expect(oneCall.costShares.shares.map((s) => s.amount)).toEqual([
      "400000.00",
      "200000.00",
      "200000.00",
      "100000.00",
      "100000.00",
    ]);
    expect(oneCall.costShares.shares.every((s) => s.explanation?.text.includes('rule "staff present"'))).toBe(true);
  });

  it("an equipment readiness report over the sample register", () => {
    const input = Result.getOrThrow(decodeInput("equipment", example("equipment/register.json")));
    const readiness = Result.getOrThrow(
      Equipment.readinessGaps(input.register, input.kit, { dutyStations: input.dutyStations ?? [] }),
    );
    expect(readiness.notReady).toBe(3);
  });

  it("the inputs have JSON Schemas (instants as strings)", () => {
    const schema = JSON.stringify(Result.getOrThrow(inputJsonSchema("presence")));
    expect(schema).toContain('"from"');
    expect(Result.getOrThrow(inputJsonSchema("equipment"))["type"]).toBe("object");
  });
});
