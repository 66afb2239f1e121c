import { fileURLToPath } from "node:url";
import { testGuideExamples } from "../../../tools/vitest/docExamples";

// the guides and READMEs import from @unsms/sdk and the domain packages, all of which the sdk depends on
testGuideExamples(fileURLToPath(new URL("..", import.meta.url)), fileURLToPath(new URL("../../..", import.meta.url)));
