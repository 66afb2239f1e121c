import { describe, expect, test } from "vitest";
import * as core from "@unsms/core";
import * as sdk from "@unsms/sdk";

describe("@unsms/sdk", () => {
  test("re-exports every value of @unsms/core", () => {
    for (const name of Object.keys(core)) expect(sdk).toHaveProperty(name);
  });
});
