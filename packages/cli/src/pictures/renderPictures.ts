import * as Result from "effect/Result";
import type { TaggedErrorLike } from "@unsms/sdk";
import { accountabilitySvg } from "./accountabilitySvg";
import { costSharingSvg } from "./costSharingSvg";
import { dutyStationsSvg } from "./dutyStationsSvg";
import { orgChartSvg } from "./orgChartSvg";
import { riskMatrixSvg } from "./riskMatrixSvg";

/**
 * Every picture of the report and the site, by name (the file is `NAME.svg`): SVG,
 * computed from the reference data by the SDK, laid out by dagre, the same bytes for the
 * same input.
 *
 * @internal
 */
export const renderPictures = (): Result.Result<ReadonlyMap<string, string>, TaggedErrorLike> =>
  Result.gen(() => pictures());

/** The steps of {@link renderPictures}. */
function* pictures() {
  const orgChart = yield* orgChartSvg();
  const costSharing = yield* costSharingSvg();
  return new Map([
    ["org-chart", orgChart],
    ["risk-matrix", riskMatrixSvg()],
    ["accountability", accountabilitySvg()],
    ["duty-stations", dutyStationsSvg()],
    ["cost-sharing", costSharing],
  ]);
}
