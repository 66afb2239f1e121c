import { fileURLToPath } from "node:url";
import { testBenchSuites } from "../../../tools/vitest/benchSuites";

testBenchSuites(fileURLToPath(new URL("..", import.meta.url)));
