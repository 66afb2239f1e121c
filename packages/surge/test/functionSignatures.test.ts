import { fileURLToPath } from "node:url";
import { testFunctionSignatures } from "../../../tools/vitest/functionSignatures";

testFunctionSignatures(fileURLToPath(new URL("..", import.meta.url)));
