import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { MitigationMeasureSchema } from "@unsms/risk/schema";

describe("MitigationMeasureSchema", () => {
  it("words a measure that lowers nothing as what was expected, at the measure's effect", () => {
    const decoded = decode(MitigationMeasureSchema, {
      id: "M-1",
      description: "a sign",
      reduces: { likelihood: 0, impact: 0 },
      basis: "none",
    });
    expect(Result.isFailure(decoded) && decoded.failure.issues[0]).toMatchObject({
      path: "$.reduces",
      expected: "a lower likelihood or impact: at least one level off either",
      received: "an object",
    });
  });
});
