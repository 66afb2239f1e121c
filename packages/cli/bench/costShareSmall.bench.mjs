// `unsms cost-share --json` over 10 000 participants against the bare parse+stringify script
// (issue 11: at most 3×), both as child processes (support/costShareRuns.mjs). A run is about
// 0.2 s, mostly node's start-up and the imports, so one process more or less busy moves a
// single run by 10–15 %: 15 runs each, where the million's suite has 3 (with 3, one full
// bench gave 3.00× where 15 runs alone gave 2.76× and 2.77×).
import { measuredAgainst } from "../../../tools/bench/measuredAgainst.mjs";
import { runBare, runCostShare } from "./support/costShareRuns.mjs";

export default {
  name: "cli: cost-share 1e4",
  options: { iterations: 15, warmupIterations: 2, time: 0, warmupTime: 0 },
  cases: measuredAgainst({ name: "bare parse+stringify 1e4", fn: () => runBare(10_000) }, [
    { name: "unsms cost-share --json 1e4", fn: () => runCostShare(10_000) },
  ]),
  targets: [{ case: "unsms cost-share --json 1e4", reference: "bare parse+stringify 1e4", atMost: 3 }],
};
