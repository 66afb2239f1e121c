import { readPresenceInput } from "@unsms/presence/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { readExample } from "../support/readExample";

describe("readPresenceInput", () => {
  it("reads the sample: instants with their offsets, open records, the ¶25 source by default", () => {
    const input = Result.getOrThrow(readPresenceInput(readExample("presence.json")));
    expect(input.records).toHaveLength(20);
    expect(input.records[0]).toMatchObject({
      person: "col-s1",
      from: new Date("2005-03-01T13:00:00Z"),
      to: null,
      source: "integrated-security-tracking-system",
    });
  });

  // The sample's first record as JSON: each case below changes one field of it.
  const { records } = readExample("presence.json") as { readonly records: ReadonlyArray<Record<string, unknown>> };
  const record = records[0];

  it("lists every problem with its path: no offset, an impossible date, an end before the start, an unknown category", () => {
    const result = readPresenceInput({
      records: [
        { ...record, from: "2006-01-01T00:00:00" },
        { ...record, from: "2006-02-30T00:00:00Z" },
        { ...record, from: "2006-03-01T00:00:00Z", to: "2006-02-01T00:00:00Z" },
        { ...record, category: "boss" },
      ],
    });
    expect(Result.isFailure(result)).toBe(true);
    if (Result.isFailure(result)) {
      expect(result.failure.issues.map((issue) => issue.path)).toEqual([
        "$.records[0].from",
        "$.records[1].from",
        "$.records[2].to",
        "$.records[3].category",
      ]);
      expect(result.failure.issues[1]?.expected).toBe("a real calendar date");
    }
  });

  it("a source is read like core's ids: a zero-width space is refused", () => {
    expect(Result.isFailure(readPresenceInput({ records: [{ ...record, source: "ists\u200B" }] }))).toBe(true);
    expect(Result.isSuccess(readPresenceInput({ records: [{ ...record, source: "ists" }] }))).toBe(true);
  });
});
