import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { madeFunctions, testFunctionSignatures } from "../../../tools/vitest/functionSignatures";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

testFunctionSignatures(packageDir);

it("renewPass shows its own parameters (guardRegister keeps them)", () => {
  expect(
    madeFunctions(packageDir)
      .get("src/index.ts:renewPass")
      ?.parameters.map((parameter) => parameter.name),
  ).toEqual(["register", "passId", "policy", "at"]);
});
