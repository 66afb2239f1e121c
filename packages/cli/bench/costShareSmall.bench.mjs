// `unsms cost-share --json` over 10 000 participants against the bare parse+stringify script
// (issue 11: at most 3×), both as child processes (support/costShareRuns.mjs). A run is about
// 0.2 s, mostly node's start-up and the imports, so one process more or less busy moves a
// single run by 10–15 %: 15 runs each, where the million's suite has 3 (with 3, one full
// bench gave 3.00× where 15 runs alone gave 2.76× and 2.77×).
import { costShareSuite } from "./support/costShareRuns.mjs";

export default costShareSuite({ n: 10_000, label: "1e4", iterations: 15, warmupIterations: 2 });
