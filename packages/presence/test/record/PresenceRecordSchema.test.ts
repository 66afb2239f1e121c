import { fc, test } from "@fast-check/vitest";
import { describeValue } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import { PresenceRecordSchema } from "@unsms/presence/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { failureIssues } from "../../../../tools/vitest/failureIssues";

const record = { person: "staff-1", organization: "UNDP", category: "staff", dutyStation: "Bogota" };

describe("PresenceRecordSchema", () => {
  it("an end before the start: expected an instant after from, received the text of `to`", () => {
    const result = decode(PresenceRecordSchema, {
      ...record,
      from: "2006-03-01T00:00:00Z",
      to: "2006-02-01T00:00:00Z",
    });
    expect(failureIssues(result)).toEqual([
      {
        path: "$.to",
        expected: "an instant after from",
        received: '"2006-02-01T00:00:00Z"',
        message: '$.to: expected an instant after from, received "2006-02-01T00:00:00Z"',
      },
    ]);
  });

  const instant = fc
    .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) })
    .map((ms) => new Date(ms).toISOString());
  test.prop([instant, instant])(
    "a record is accepted when to comes after from, else it is one issue at $.to that received its text",
    (from, to) => {
      const result = decode(PresenceRecordSchema, { ...record, from, to });
      if (Date.parse(from) < Date.parse(to)) expect(Result.isSuccess(result)).toBe(true);
      else
        expect(failureIssues(result).map((issue) => [issue.path, issue.expected, issue.received])).toEqual([
          ["$.to", "an instant after from", describeValue(to)],
        ]);
    },
  );
});

describe("PresenceRecordSchema at the edge", () => {
  it("refuses a record that ends the instant it starts, and takes one that lasts a millisecond", () => {
    const same = decode(PresenceRecordSchema, { ...record, from: "2006-03-01T00:00:00Z", to: "2006-03-01T00:00:00Z" });
    expect(failureIssues(same).map((issue) => [issue.path, issue.expected])).toEqual([
      ["$.to", "an instant after from"],
    ]);
    const short = decode(PresenceRecordSchema, {
      ...record,
      from: "2006-03-01T00:00:00Z",
      to: "2006-03-01T00:00:00.001Z",
    });
    expect(Result.isSuccess(short)).toBe(true);
  });
});
