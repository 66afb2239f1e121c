import { MAX_ISSUES } from "@unsms/core";
import { describe, expect, it } from "vitest";
import { readParticipants } from "../../src/internal/readParticipants";

describe("readParticipants", () => {
  it("a million holes: the refusal's fields, a hundred issues made and the rest counted", () => {
    const read = readParticipants(new Array(1e6));
    expect("issues" in read && [read.issues.length, read.omitted, read.message.split(";")[0]]).toEqual([
      MAX_ISSUES,
      1_999_900,
      "the participants are invalid: 2000000 problems",
    ]);
  });
});
