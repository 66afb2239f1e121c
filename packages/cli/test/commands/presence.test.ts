import { run } from "@unsms/cli";
import { describe, expect, it } from "vitest";
import { Presence } from "@unsms/sdk";
import { decodeInput } from "@unsms/sdk/schema";
import * as Result from "effect/Result";
import { example } from "../support/example";
import { fakeIo } from "../support/fakeIo";
import { unsms } from "../support/unsms";
import { expectError } from "../support/expectError";

const files = {
  "presence.json": example("presence/presence.json"),
  "conflicting.json": example("presence/conflicting.json"),
};

/** `unsms presence headcounts --json` over one of the files, at an instant (none: the flag left out). */
const headcounts = (input: string, at?: string) =>
  unsms(["presence", "headcounts", "--input", input, ...(at === undefined ? [] : ["--at", at]), "--json"], files);

interface Headcounts {
  asOf: string;
  rule: { name: string; text: string };
  participants: Array<{ id: string; headcount: number }>;
}

describe("unsms presence", () => {
  it("headcounts prints exactly {asOf, rule, participants} (exit 0)", async () => {
    const { code, stdout } = await headcounts("presence.json", "2006-06-30T14:00:00+02:00");
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Headcounts;
    expect(Object.keys(answer)).toEqual(["asOf", "rule", "participants"]);
    expect(answer.asOf).toBe("2006-06-30T12:00:00.000Z");
    expect(answer.rule.text).toContain("staff present at any duty station");
    // the presence package's count of the sample (its tests hold the figures), as {id, headcount}
    const { records } = Result.getOrThrow(decodeInput("presence", JSON.parse(files["presence.json"])));
    const counted = Result.getOrThrow(
      Presence.countHeadcounts(records, new Date(answer.asOf), Presence.defaultCountingRule),
    );
    expect(answer.participants).toEqual(counted.participants.map(({ id, headcount }) => ({ id, headcount })));
    expect(answer.participants.length).toBeGreaterThan(1);
  });

  it("presence → headcounts → cost shares as a CLI pipeline: the headcounts' JSON piped into `unsms cost-share --total`", async () => {
    const first = await headcounts("presence.json", "2006-06-30T12:00:00Z");
    expect(first.code).toBe(0);
    const second = fakeIo({}, first.stdout);
    expect(await run(["cost-share", "--total", "1000000.00", "--currency", "USD", "--json"], second.io)).toBe(0);
    const shares = (JSON.parse(second.stdout()) as { shares: Array<{ id: string; headcount: number; amount: string }> })
      .shares;
    expect(shares.map((s) => [s.id, s.headcount, s.amount])).toEqual([
      ["UNDP", 4, "400000.00"],
      ["UNHCR", 2, "200000.00"],
      ["UNICEF", 2, "200000.00"],
      ["WFP", 1, "100000.00"],
      ["WHO", 1, "100000.00"],
    ]);
    // a JSON input with --total but no participants is bad input
    const bad = fakeIo({}, "{}");
    expect(await run(["cost-share", "--total", "1.00", "--json"], bad.io)).toBe(2);
    expect(JSON.parse(bad.stderr())).toMatchObject({ error: { code: "InputError" } });
  });

  it("headcounts needs --at, read by parseInstant (exit 2 without an offset)", async () => {
    expect((await headcounts("presence.json")).code).toBe(2);
    const noOffset = await headcounts("presence.json", "2006-06-30T12:00:00");
    expect(noOffset.code).toBe(2);
    expectError(noOffset.stderr, "InvalidInstant", ["--at"]);
  });

  it("a person in two places at once is refused, never counted twice (exit 2)", async () => {
    const { code, stderr } = await headcounts("conflicting.json", "2006-06-30T12:00:00Z");
    expect(code).toBe(2);
    expectError(stderr, "ConflictingPresence", ["$.records[1]"]);
    const census = await unsms(
      ["presence", "census", "--input", "conflicting.json", "--at", "2006-06-30T12:00:00Z", "--json"],
      files,
    );
    expectError(census.stderr, "ConflictingPresence", ["$.records[1]"]);
  });

  it("an evacuation policy naming a category twice is refused at its path in the input document (exit 2)", async () => {
    const input = {
      ...(JSON.parse(files["presence.json"]) as object),
      evacuation: {
        name: "x",
        basis: "test",
        groups: [
          { name: "a", categories: ["staff"] },
          { name: "b", categories: ["staff"] },
        ],
      },
    };
    const { code, stderr } = await unsms(
      ["presence", "evacuation", "--station", "Bogota", "--at", "2006-06-30T12:00:00Z", "--json"],
      {},
      JSON.stringify(input),
    );
    expect(code).toBe(2);
    expectError(stderr, "InvalidPresenceInput", ["$.evacuation.groups[1].categories[0]"]);
  });

  it("census prints the station view; without --json a table", async () => {
    const { io, stdout } = fakeIo(files);
    expect(
      await run(["presence", "census", "--input", "presence.json", "--at", "2006-06-30T12:00:00Z", "--json"], io),
    ).toBe(0);
    const census = JSON.parse(stdout()) as {
      total: number;
      stations: Array<{ dutyStation: string; total: number; people: Array<{ person: string }> }>;
    };
    expect(census.total).toBe(17);
    expect(census.stations.map((s) => [s.dutyStation, s.total])).toEqual([
      ["Bogota", 6],
      ["Cairo", 5],
      ["Manila", 6],
    ]);
    const text = fakeIo(files);
    expect(
      await run(
        ["presence", "census", "--input", "presence.json", "--at", "2006-06-30T12:00:00Z", "--station", "Cairo"],
        text.io,
      ),
    ).toBe(0);
    expect(text.stdout()).toContain("Census at 2006-06-30T12:00:00.000Z: 5 present");
  });

  it("census defaults to the clock's now; changes and the evacuation list", async () => {
    const now = fakeIo(files);
    expect(await run(["presence", "census", "--input", "presence.json", "--json"], now.io)).toBe(0);
    expect((JSON.parse(now.stdout()) as { asOf: string }).asOf).toBe("2006-06-30T12:00:00.000Z");
    const changes = fakeIo(files);
    expect(
      await run(
        [
          "presence",
          "changes",
          "--input",
          "presence.json",
          "--from",
          "2006-01-01T00:00:00Z",
          "--to",
          "2006-06-30T12:00:00Z",
          "--json",
        ],
        changes.io,
      ),
    ).toBe(0);
    const c = JSON.parse(changes.stdout()) as {
      arrived: Array<unknown>;
      changed: Array<{ person: string; before: { dutyStation: string }; after: { dutyStation: string } }>;
    };
    expect(c.arrived).toHaveLength(6);
    expect(c.changed.map((x) => [x.person, x.before.dutyStation, x.after.dutyStation])).toEqual([
      ["phl-s4", "Manila", "Cairo"],
    ]);
    const list = fakeIo(files);
    expect(
      await run(
        [
          "presence",
          "evacuation",
          "--input",
          "presence.json",
          "--station",
          "Bogota",
          "--at",
          "2006-06-30T12:00:00Z",
          "--json",
        ],
        list.io,
      ),
    ).toBe(0);
    const l = JSON.parse(list.stdout()) as {
      total: number;
      groups: Array<{ priority: number; people: Array<{ person: string }> }>;
    };
    expect(l.total).toBe(6);
    expect(l.groups.map((g) => g.people.map((p) => p.person))).toEqual([
      ["col-d1"],
      ["col-c1", "col-v1"],
      ["col-s1", "col-s2", "col-s3"],
    ]);
    const noStation = fakeIo(files);
    expect(await run(["presence", "evacuation", "--input", "presence.json", "--json"], noStation.io)).toBe(2);
  });

  it("bad records are exit 2 with every issue", async () => {
    const { io, stderr } = fakeIo({
      "bad.json": JSON.stringify({
        records: [
          { person: "a", organization: "UNDP", category: "boss", dutyStation: "Cairo", from: "2006-02-30T00:00:00Z" },
        ],
      }),
    });
    expect(await run(["presence", "census", "--input", "bad.json", "--json"], io)).toBe(2);
    const error = JSON.parse(stderr()) as { error: { code: string; issues: Array<{ path: string }> } };
    expect(error.error.code).toBe("DecodeError");
    expect(error.error.issues.map((i) => i.path)).toEqual(["$.records[0].category", "$.records[0].from"]);
  });
});
