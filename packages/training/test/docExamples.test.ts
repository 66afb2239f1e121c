import { fileURLToPath } from "node:url";
import { testDocExamples } from "../../../tools/vitest/docExamples";

testDocExamples(fileURLToPath(new URL("..", import.meta.url)));
