import { packageBuild } from "../../tsup.shared";

export default packageBuild(["src/index.ts", "src/schema.ts", "src/services.ts", "src/node.ts", "src/web.ts"]);
