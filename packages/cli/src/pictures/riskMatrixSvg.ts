import { Risk } from "@unsms/sdk";
import { esc, FONT, n, svgOpen } from "./svg";

const palette = ["#2da44e", "#9be9a8", "#f9e27d", "#f4a261", "#e76f51", "#9d0208"];

/**
 * The default risk matrix as a heat map: likelihood up, impact across, each cell coloured
 * by its risk level.
 *
 * @internal
 */
export const riskMatrixSvg = (): string => {
  const matrix = Risk.DEFAULT_RISK_MATRIX;
  const cell = { width: 112, height: 44 };
  const left = 140;
  const top = 30;
  const rows = matrix.likelihood.length;
  const columns = matrix.impact.length;
  const width = left + columns * cell.width + 20;
  const height = top + rows * cell.height + 70 + 30;
  const parts: Array<string> = [svgOpen("risk-matrix", width, height, "The default risk matrix: likelihood by impact")];
  parts.push(
    `<text x="${n(left + (columns * cell.width) / 2)}" y="18" ${FONT} font-size="13" font-weight="bold" text-anchor="middle">impact →</text>`,
  );
  for (const [l, likelihood] of matrix.likelihood.entries()) {
    const y = top + (rows - 1 - l) * cell.height;
    parts.push(
      `<text x="${n(left - 8)}" y="${n(y + cell.height / 2 + 4)}" ${FONT} font-size="12" text-anchor="end">${esc(likelihood)}</text>`,
    );
    for (const [i] of matrix.impact.entries()) {
      const level = matrix.cells[l]?.[i] ?? "";
      const rank = matrix.levels.indexOf(level);
      const x = left + i * cell.width;
      parts.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${cell.width}" height="${cell.height}" fill="${palette[rank] ?? "#ffffff"}" stroke="#ffffff" stroke-width="2"/>`,
        `<text x="${n(x + cell.width / 2)}" y="${n(y + cell.height / 2 + 4)}" ${FONT} font-size="12" text-anchor="middle" fill="${rank >= 4 ? "#ffffff" : "#1b1f24"}">${esc(level)}</text>`,
      );
    }
  }
  const axis = top + rows * cell.height + 18;
  for (const [i, impact] of matrix.impact.entries()) {
    parts.push(
      `<text x="${n(left + i * cell.width + cell.width / 2)}" y="${n(axis)}" ${FONT} font-size="12" text-anchor="middle">${esc(impact)}</text>`,
    );
  }
  parts.push(`<text x="12" y="${n(top - 10)}" ${FONT} font-size="13" font-weight="bold">likelihood ↑</text>`);
  const legend = axis + 30;
  for (const [rank, level] of matrix.levels.entries()) {
    const x = 12 + rank * 118;
    parts.push(
      `<rect x="${n(x)}" y="${n(legend)}" width="14" height="14" fill="${palette[rank] ?? "#ffffff"}"/>`,
      `<text x="${n(x + 20)}" y="${n(legend + 11)}" ${FONT} font-size="12">${esc(level)}</text>`,
    );
  }
  parts.push("</svg>\n");
  return parts.join("\n");
};
