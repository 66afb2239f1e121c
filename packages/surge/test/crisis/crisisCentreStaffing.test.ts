import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { decode } from "@unsms/core/schema";
import { weeklyOvertime } from "@unsms/staffing";
import { crisisCentreStaffing } from "@unsms/surge";
import { CrisisCentreSchema } from "@unsms/surge/schema";
import { readExample } from "../support/readExample";

describe("crisisCentreStaffing (¶48, ¶51 (a), ¶56 (d))", () => {
  const centre = Result.getOrThrow(decode(CrisisCentreSchema, readExample("crisis-centre.json")));

  it("counts the centre as staffing counts any 24/7 post", () => {
    const staffing = Result.getOrThrow(crisisCentreStaffing(centre));
    expect(staffing.officers).toBe(7);
    expect(staffing.coverage).toEqual(Result.getOrThrow(weeklyOvertime(centre.policy, 2, 7)));
    expect(staffing.coverage.need.officersNeeded).toBe(11);
    expect(staffing.coverage.overtimeHoursPerWeek.exact).toBe("112");
  });

  it("with 12-hour shifts more officers are needed for the same desks (¶38's comparison)", () => {
    const twelve = Result.getOrThrow(crisisCentreStaffing({ ...centre, policy: { ...centre.policy, shiftHours: 12 } }));
    expect(twelve.coverage.need.officersNeeded).toBe(12);
  });

  it("bad input is a failure, never an exception", () => {
    const negative = crisisCentreStaffing({ ...centre, contributors: [{ organization: "DSS", officers: -1 }] });
    expect(Result.isFailure(negative) && negative.failure.path).toBe("$.contributors[0].officers");
    expect(Result.isFailure(crisisCentreStaffing(null as never))).toBe(true);
    const badShift = crisisCentreStaffing({ ...centre, policy: { ...centre.policy, shiftHours: 7 } });
    expect(Result.isFailure(badShift) && badShift.failure._tag).toBe("InvalidCoveragePolicy");
  });
});
