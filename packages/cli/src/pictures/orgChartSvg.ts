import { Graph, type EdgeLabel, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";
import * as Result from "effect/Result";
import { ReferenceData, Staffing, type TaggedErrorLike } from "@unsms/sdk";
import { groupDigits } from "../commands/report/groupDigits";
import { reportFillRate } from "../commands/report/reportFillRate";
import { boxOf, CHAR_WIDTH, centredText, esc, n, openGraphSvg, polyline, wrapWords } from "./svg";

/**
 * The organization chart of DSS (A/61/531, Annex II) with each unit's posts and, where the
 * report gives them, its filled posts and fill rate (with the decimals the report prints
 * for the unit); laid out by dagre, left to right.
 *
 * @internal
 */
export const orgChartSvg = (): Result.Result<string, TaggedErrorLike> => {
  const table = ReferenceData.dssStaffingTable;
  const summary = Staffing.summarizeStaffing(table, { by: "unit" });
  if (Result.isFailure(summary)) return Result.fail(summary.failure);
  const rows = new Map<string, { authorized: number; filled?: number }>();
  for (const row of summary.success.rows) rows.set(row.key, row);
  for (const row of summary.success.undetermined) rows.set(row.key, { authorized: row.authorized });
  const graph = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  graph.setGraph({ rankdir: "LR", nodesep: 14, ranksep: 60, marginx: 12, marginy: 12 });
  graph.setDefaultEdgeLabel(() => ({}));
  const labels = new Map<string, Array<{ text: string; weight?: "bold" }>>();
  for (const unit of table.units) {
    const row = rows.get(unit.id);
    const lines: Array<{ text: string; weight?: "bold" }> = wrapWords(unit.name, 34).map((text) => ({
      text,
      weight: "bold" as const,
    }));
    lines.push({ text: row === undefined ? "posts not given" : `${groupDigits(row.authorized)} posts` });
    lines.push({
      text:
        row?.filled === undefined
          ? "filled: not given"
          : `${groupDigits(row.filled)} filled (${reportFillRate(unit.name, row.filled, row.authorized)} %)`,
    });
    labels.set(unit.id, lines);
    const width = Math.max(...lines.map((line) => line.text.length)) * CHAR_WIDTH + 20;
    graph.setNode(unit.id, { width, height: lines.length * 15 + 14 });
  }
  for (const unit of table.units) if (unit.parent !== null) graph.setEdge(unit.parent, unit.id);
  const parts = openGraphSvg(graph, "org-chart", "DSS organization chart (A/61/531, Annex II), posts per unit");
  // Elbow connectors: right out of the parent, down or up in the gap between the two
  // columns (ranks), right into the child; so no line crosses a box.
  const columnRight = new Map<number, number>();
  for (const id of graph.nodes()) {
    const node = boxOf(graph.node(id));
    columnRight.set(node.x, Math.max(columnRight.get(node.x) ?? 0, node.x + node.width / 2));
  }
  for (const edge of graph.edges()) {
    const from = boxOf(graph.node(edge.v));
    const to = boxOf(graph.node(edge.w));
    const gap = (columnRight.get(from.x) ?? from.x) + 30;
    const points = [
      { x: from.x + from.width / 2, y: from.y },
      { x: gap, y: from.y },
      { x: gap, y: to.y },
      { x: to.x - to.width / 2, y: to.y },
    ];
    parts.push(
      `<path d="${polyline(points)}" fill="none" stroke="#8c959f" stroke-width="1.2" marker-end="url(#org-chart-arrow)"/>`,
    );
  }
  for (const unit of table.units) {
    const node = boxOf(graph.node(unit.id));
    const row = rows.get(unit.id);
    const fill = row?.filled === undefined ? "#f6f8fa" : unit.parent === null ? "#ddf4ff" : "#eef7ee";
    parts.push(
      `<g id="unit-${esc(unit.id)}"><rect x="${n(node.x - node.width / 2)}" y="${n(node.y - node.height / 2)}" width="${n(node.width)}" height="${n(node.height)}" rx="6" fill="${fill}" stroke="#57606a"/>`,
      centredText(labels.get(unit.id) ?? [], node.x, node.y),
      "</g>",
    );
  }
  parts.push("</svg>\n");
  return Result.succeed(parts.join("\n"));
};
