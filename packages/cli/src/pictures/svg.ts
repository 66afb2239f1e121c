import { layout, type EdgeLabel, type Graph, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";
/**
 * Small SVG helpers shared by the pictures: escaping, fixed-precision numbers (so the
 * bytes never depend on float printing), a text-width estimate for layout, wrapping.
 *
 * @internal
 */
export const esc = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** @internal */
export const n = (value: number): string => {
  const fixed = (Math.round(value * 10) / 10).toFixed(1);
  return fixed.endsWith(".0") ? fixed.slice(0, -2) : fixed;
};

/** Average advance of a 12px sans-serif character, for sizing boxes before layout. @internal */
export const CHAR_WIDTH = 6.6;

/** @internal */
export const FONT = 'font-family="Helvetica, Arial, sans-serif"';

/** Wraps text at spaces into lines of at most `width` characters. @internal */
export const wrapWords = (text: string, width: number): Array<string> => {
  const lines: Array<string> = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line.length === 0 ? word : `${line} ${word}`;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
};

/**
 * Opens an SVG document of the given size with a title (its accessible name). `name`
 * prefixes its ids, so that several pictures can be inlined in one HTML page.
 *
 * @internal
 */
export const svgOpen = (name: string, width: number, height: number, title: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-labelledby="${name}-title">\n` +
  `<title id="${name}-title">${esc(title)}</title>\n<rect width="100%" height="100%" fill="#ffffff"/>\n`;

/** A multi-line text centred on (x, y). @internal */
export const centredText = (
  lines: ReadonlyArray<{ text: string; weight?: "bold" }>,
  x: number,
  y: number,
  size = 12,
): string => {
  const lineHeight = size + 3;
  const top = y - ((lines.length - 1) * lineHeight) / 2 + size * 0.35;
  return lines
    .map(
      (line, index) =>
        `<text x="${n(x)}" y="${n(top + index * lineHeight)}" ${FONT} font-size="${size}" text-anchor="middle"${line.weight === "bold" ? ' font-weight="bold"' : ""} fill="#1b1f24">${esc(line.text)}</text>`,
    )
    .join("\n");
};

/** A path through dagre's edge points. @internal */
export const polyline = (points: ReadonlyArray<{ x: number; y: number }>): string =>
  points.map((point, index) => `${index === 0 ? "M" : "L"}${n(point.x)},${n(point.y)}`).join(" ");

/** The arrowhead marker definition, `url(#NAME-arrow)`. @internal */
const arrowDefs = (name: string): string =>
  `<defs><marker id="${name}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"/></marker></defs>\n`;

/** A laid-out node's box (dagre leaves x and y optional in its types; after `layout` they are set). @internal */
export const boxOf = (node: {
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  readonly width: number;
  readonly height: number;
}) => ({
  x: node.x ?? 0,
  y: node.y ?? 0,
  width: node.width,
  height: node.height,
});

/**
 * Lays the graph out (dagre) and opens its picture: the `<svg>` element sized to the
 * layout, titled, and the arrowhead definition its edges use.
 *
 * @internal
 */
export const openGraphSvg = <E extends EdgeLabel>(
  graph: Graph<GraphLabel, NodeLabel, E>,
  name: string,
  title: string,
): Array<string> => {
  layout(graph);
  const size = graph.graph();
  return [svgOpen(name, size.width ?? 0, size.height ?? 0, title), arrowDefs(name)];
};
