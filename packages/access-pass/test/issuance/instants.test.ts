import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { PassRegisterSchema, PassRequestSchema } from "@unsms/access-pass/schema";
import { sampleFile } from "../support/fixtures";

describe("JSON date-times go through core's parseInstant", () => {
  it("a request's validFrom/validUntil must be a real instant with an offset", () => {
    const request = JSON.parse(sampleFile("visitor")) as Record<string, unknown>;
    expect(Result.isSuccess(decode(PassRequestSchema, { ...request, validFrom: "2006-06-30T14:00:00+02:00" }))).toBe(
      true,
    );
    for (const bad of ["2007-02-30T00:00:00Z", "2006-02-29T00:00:00Z", "2006-06-30T12:00:00", "2006-06-31T00:00:00Z"]) {
      expect(Result.isFailure(decode(PassRequestSchema, { ...request, validFrom: bad }))).toBe(true);
    }
  });

  it("a register's dates too", () => {
    const pass = {
      id: "NY-1",
      category: "visitor",
      dutyStation: "New York",
      holder: { name: "A", organization: "B" },
      zones: ["grounds"],
      stationBound: true,
      escortRequired: true,
      issuedAt: "2006-06-30T12:00:00Z",
      validFrom: "2006-06-30T12:00:00Z",
      validUntil: "2006-07-01T12:00:00Z",
      renewals: 0,
    };
    expect(
      Result.isSuccess(decode(PassRegisterSchema, [{ pass, status: "active", changedAt: "2006-06-30T12:00:00Z" }])),
    ).toBe(true);
    expect(
      Result.isFailure(
        decode(PassRegisterSchema, [
          {
            pass: { ...pass, validUntil: "2007-02-30T12:00:00Z" },
            status: "active",
            changedAt: "2006-06-30T12:00:00Z",
          },
        ]),
      ),
    ).toBe(true);
  });
});
