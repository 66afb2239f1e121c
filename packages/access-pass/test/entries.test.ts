import { fileURLToPath } from "node:url";
import { testZodFreeEntries } from "../../../tools/vitest/zodFreeEntries";

testZodFreeEntries(fileURLToPath(new URL("..", import.meta.url)));
