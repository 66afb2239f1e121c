import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { madeFunctions, testFunctionSignatures } from "../../../tools/vitest/functionSignatures";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

testFunctionSignatures(packageDir);

it("readinessGaps shows its own parameters, the options optional (catchUnreadable keeps them)", () => {
  const readinessGaps = madeFunctions(packageDir).get("src/index.ts:readinessGaps");
  expect(readinessGaps?.parameters).toEqual([
    { name: "register", optional: false },
    { name: "kit", optional: false },
    { name: "options", optional: true },
  ]);
});
