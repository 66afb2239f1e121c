import { fileURLToPath } from "node:url";
import { testNeverThrows } from "../../../tools/vitest/neverThrows";

testNeverThrows(fileURLToPath(new URL("..", import.meta.url)));
