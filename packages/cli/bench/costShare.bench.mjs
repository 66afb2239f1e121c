// `unsms cost-share --json` over 1 000 000 participants (a 37 MB request) against a bare node
// script that reads the same request from stdin, parses it, stringifies it and writes it
// (issue 11: at most 3×, peak memory at most 1 GB — measured with `/usr/bin/time -f %M`, see
// docs/performance.md). Both run as child processes of the built CLI (`npm run bench` builds
// first; see support/costShareRuns.mjs). Few iterations: a run takes seconds. The 10 000
// participants have their suite of their own, with more iterations (costShareSmall.bench.mjs).
import { costShareSuite } from "./support/costShareRuns.mjs";

export default costShareSuite({ n: 1_000_000, label: "1e6", iterations: 3, warmupIterations: 1 });
