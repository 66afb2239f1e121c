import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { RiskRegisterSchema } from "@unsms/risk/schema";
import { readSample } from "../support/samples";

describe("RiskRegisterSchema", () => {
  it("takes at most 100 000 threats, the limit the functions check", () => {
    const register = readSample("register.json") as { threats: ReadonlyArray<unknown> };
    const threat = register.threats[0];
    const many = (count: number) => ({ ...register, threats: Array.from({ length: count }, () => threat) });
    const over = decode(RiskRegisterSchema, many(100_001));
    expect(Result.isFailure(over) && over.failure.issues[0]?.path).toBe("$.threats");
    expect(Result.isSuccess(decode(RiskRegisterSchema, many(100_000)))).toBe(true);
  }, 60_000);
});
