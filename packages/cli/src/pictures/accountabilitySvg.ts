import { Graph, layout } from "@dagrejs/dagre";
import { Accountability } from "@unsms/sdk";
import { arrowDefs, CHAR_WIDTH, centredText, esc, FONT, n, polyline, svgOpen, wrapWords } from "./svg";

/**
 * The framework of accountability (A/61/531, Annex I) as a graph: each role points to whom
 * it is accountable, "through" lines labelled; laid out by dagre, top to bottom, the
 * Member States at the top.
 *
 * @internal
 */
export const accountabilitySvg = (): string => {
  const framework = Accountability.annexIFramework;
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: "BT", nodesep: 18, ranksep: 42, marginx: 12, marginy: 12 });
  const labels = new Map<string, Array<{ text: string; weight?: "bold" }>>();
  const addNode = (id: string, title: string) => {
    const lines = wrapWords(title, 26).map((text) => ({ text, weight: "bold" as const }));
    labels.set(id, lines);
    graph.setNode(id, { width: Math.max(...lines.map((line) => line.text.length)) * CHAR_WIDTH + 18, height: lines.length * 15 + 12 });
  };
  addNode(framework.apex.id, framework.apex.name);
  for (const role of framework.roles) addNode(role.id, `${role.letter} ${role.name}`);
  for (const role of framework.roles) {
    for (const [index, line] of role.accountableTo.entries()) {
      const label = line.through === undefined ? "" : `through ${framework.roles.find((other) => other.id === line.through)?.letter ?? line.through}`;
      graph.setEdge(role.id, line.to, { label, width: label.length * 6, height: label === "" ? 0 : 14, labelpos: "c" }, `${role.id}-${index}`);
    }
  }
  layout(graph);
  const size = graph.graph();
  const parts: Array<string> = [svgOpen(size.width ?? 0, size.height ?? 0, "Framework of accountability (A/61/531, Annex I): who is accountable to whom"), arrowDefs];
  for (const edge of graph.edges()) {
    const value = graph.edge(edge) as { points?: Array<{ x: number; y: number }>; label?: string; x?: number; y?: number };
    const dashed = value.label !== undefined && value.label !== "";
    parts.push(`<path d="${polyline(value.points ?? [])}" fill="none" stroke="#8c959f" stroke-width="1.2"${dashed ? ' stroke-dasharray="5 3"' : ""} marker-end="url(#arrow)"/>`);
    if (dashed) parts.push(`<text x="${n(value.x ?? 0)}" y="${n((value.y ?? 0) + 4)}" ${FONT} font-size="11" text-anchor="middle" fill="#57606a">${esc(value.label ?? "")}</text>`);
  }
  for (const id of [framework.apex.id, ...framework.roles.map((role) => role.id)]) {
    const node = graph.node(id);
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
