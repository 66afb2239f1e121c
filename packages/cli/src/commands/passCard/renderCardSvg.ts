import { CARD_CORNER_MM, CARD_HEIGHT_MM, CARD_WIDTH_MM, cardLayout, type CardContent } from "./cardLayout";

const n = (value: number): string => String(Math.round(value * 1000) / 1000);

const xml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const base64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");

/** The fonts the card asks for, in order: common on Linux, macOS and Windows. @internal */
const CARD_FONTS = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

/**
 * The pass card as SVG, sized in millimetres (ID-1, 85.60 × 53.98 mm). Deterministic: the
 * same pass, token and photo give the same bytes (no dates, ids or randomness), so a
 * print office can compare two renderings.
 *
 * @internal
 */
export const renderCardSvg = (content: CardContent): string => {
  const parts: Array<string> = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH_MM}mm" height="${CARD_HEIGHT_MM}mm" viewBox="0 0 ${CARD_WIDTH_MM} ${CARD_HEIGHT_MM}" font-family="${CARD_FONTS}">`,
    `<title>${xml(`Grounds pass ${content.pass.id}`)}</title>`,
    `<defs><clipPath id="card"><rect width="${CARD_WIDTH_MM}" height="${CARD_HEIGHT_MM}" rx="${CARD_CORNER_MM}"/></clipPath></defs>`,
    `<g clip-path="url(#card)">`,
    `<rect width="${CARD_WIDTH_MM}" height="${CARD_HEIGHT_MM}" fill="#ffffff"/>`,
  ];
  for (const shape of cardLayout(content)) {
    switch (shape.kind) {
      case "rect":
        parts.push(
          `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.w)}" height="${n(shape.h)}" fill="${shape.fill}"/>`,
        );
        break;
      case "text":
        parts.push(
          `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${n(shape.size)}"${shape.bold ? ' font-weight="bold"' : ""}${shape.anchor === "start" ? "" : ` text-anchor="${shape.anchor}"`} fill="${shape.fill}">${xml(shape.text)}</text>`,
        );
        break;
      case "image":
        parts.push(
          `<image x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.w)}" height="${n(shape.h)}" preserveAspectRatio="xMidYMid slice" href="data:${shape.photo.mime};base64,${base64(shape.photo.bytes)}"/>`,
        );
        break;
      case "qr": {
        const module = shape.size / shape.modules;
        const path = shape.dark.map(([row, col, run]) => `M${col} ${row}h${run}v1h-${run}z`).join("");
        parts.push(
          `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.size)}" height="${n(shape.size)}" fill="#ffffff"/>`,
          `<path transform="translate(${n(shape.x)} ${n(shape.y)}) scale(${n(module)})" shape-rendering="crispEdges" fill="#000000" d="${path}"/>`,
        );
        break;
      }
    }
  }
  parts.push(
    `</g>`,
    `<rect x="0.05" y="0.05" width="${n(CARD_WIDTH_MM - 0.1)}" height="${n(CARD_HEIGHT_MM - 0.1)}" rx="${CARD_CORNER_MM}" fill="none" stroke="#d1d5db" stroke-width="0.1"/>`,
    `</svg>`,
  );
  return `${parts.join("\n")}\n`;
};
