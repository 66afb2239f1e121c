import { Graph, type EdgeLabel, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";
import { Accountability } from "@unsms/sdk";
import { boxOf, CHAR_WIDTH, centredText, esc, n, openGraphSvg, polyline, wrapWords } from "./svg";

/**
 * The framework of accountability (A/61/531, Annex I) as a graph: each role points to whom
 * it is accountable (dashed, with "to X through Y" in the box, where the line goes through
 * another role); laid out by dagre, top to bottom, the
 * Member States at the top.
 *
 * @internal
 */
export const accountabilitySvg = (): string => {
  const framework = Accountability.annexIFramework;
  const graph = new Graph<GraphLabel, NodeLabel, EdgeLabel & { through?: boolean }>({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: 16, ranksep: 36, edgesep: 12, marginx: 12, marginy: 12 });
  const labels = new Map<string, Array<{ text: string; weight?: "bold" }>>();
  const letterOf = (id: string): string => framework.roles.find((role) => role.id === id)?.letter ?? id;
  const addNode = (id: string, title: string, through: ReadonlyArray<string>) => {
    const lines: Array<{ text: string; weight?: "bold" }> = wrapWords(title, 26).map((text) => ({
      text,
      weight: "bold" as const,
    }));
    for (const line of through) lines.push({ text: line });
    labels.set(id, lines);
    graph.setNode(id, {
      width: Math.max(...lines.map((line) => line.text.length)) * CHAR_WIDTH + 18,
      height: lines.length * 15 + 12,
    });
  };
  addNode(framework.apex.id, framework.apex.name, []);
  for (const role of framework.roles) {
    const through = role.accountableTo
      .filter((line) => line.through !== undefined)
      .map((line) => `to ${letterOf(line.to)} through ${letterOf(line.through ?? "")}`);
    addNode(role.id, `${role.letter} ${role.name}`, through);
  }
  // Edges run from the superior down to the role accountable to it (the arrow points back
  // up); no edge labels, which would make dagre add a rank between every two.
  for (const role of framework.roles) {
    for (const [index, line] of role.accountableTo.entries())
      graph.setEdge(line.to, role.id, { through: line.through !== undefined }, `${role.id}-${index}`);
  }
  const parts = openGraphSvg(
    graph,
    "accountability",
    "Framework of accountability (A/61/531, Annex I): who is accountable to whom",
  );
  for (const edge of graph.edges()) {
    const value = graph.edge(edge);
    // dagre puts a bend in the middle of every edge (its rank for edge labels); between
    // neighbouring ranks that bend only zigzags, so the line goes straight from the
    // superior's bottom to the role's top, through the bends of longer edges only
    const from = boxOf(graph.node(edge.v));
    const to = boxOf(graph.node(edge.w));
    const inner = (value.points ?? []).slice(1, -1);
    const points = [
      { x: from.x, y: from.y + from.height / 2 },
      ...(inner.length <= 1 ? [] : inner),
      { x: to.x, y: to.y - to.height / 2 },
    ];
    parts.push(
      `<path d="${polyline(points)}" fill="none" stroke="#8c959f" stroke-width="1.2"${value.through === true ? ' stroke-dasharray="5 3"' : ""} marker-start="url(#accountability-arrow)"/>`,
    );
  }
  for (const id of [framework.apex.id, ...framework.roles.map((role) => role.id)]) {
    const node = boxOf(graph.node(id));
    const fill = id === framework.apex.id ? "#ddf4ff" : id === "chief-security-adviser" ? "#fff8c5" : "#f6f8fa";
    parts.push(
      `<g id="role-${esc(id)}"><rect x="${n(node.x - node.width / 2)}" y="${n(node.y - node.height / 2)}" width="${n(node.width)}" height="${n(node.height)}" rx="6" fill="${fill}" stroke="#57606a"/>`,
      centredText(labels.get(id) ?? [], node.x, node.y),
      "</g>",
    );
  }
  parts.push("</svg>\n");
  return parts.join("\n");
};
