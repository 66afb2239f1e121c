import { ReferenceData } from "@unsms/sdk";
import { esc, FONT, n, svgOpen } from "./svg";

const parts3 = [
  { key: "original", label: "original", colour: "#54aeff" },
  { key: "new", label: "new (59/276, 60/562)", colour: "#2da44e" },
  { key: "temporary", label: "temporary", colour: "#f9c513" },
] as const;

/**
 * Security officer posts per duty station (A/61/531, Table 1): original, new and temporary
 * posts stacked, with the vacant posts marked.
 *
 * @internal
 */
export const dutyStationsSvg = (): string => {
  const t1 = ReferenceData.securityOfficerPosts;
  const left = 110;
  const barWidth = 480;
  const rowHeight = 30;
  const top = 40;
  const max = Math.max(...t1.rows.map((row) => row.total));
  const scale = barWidth / max;
  const width = left + barWidth + 150;
  const height = top + t1.rows.length * rowHeight + 30;
  const out: Array<string> = [
    svgOpen("duty-stations", width, height, "Security officer posts per duty station (A/61/531, Table 1)"),
  ];
  parts3.forEach((part, index) => {
    const x = left + index * 170;
    out.push(
      `<rect x="${n(x)}" y="10" width="14" height="14" fill="${part.colour}"/>`,
      `<text x="${n(x + 20)}" y="21" ${FONT} font-size="12">${esc(part.label)}</text>`,
    );
  });
  t1.rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    out.push(
      `<text x="${n(left - 8)}" y="${n(y + 15)}" ${FONT} font-size="12" text-anchor="end">${esc(String(row.dutyStation))}</text>`,
    );
    let x = left;
    for (const part of parts3) {
      const w = row[part.key] * scale;
      out.push(
        `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="20" fill="${part.colour}"><title>${esc(`${row[part.key]} ${part.label}`)}</title></rect>`,
      );
      x += w;
    }
    out.push(
      `<text x="${n(x + 6)}" y="${n(y + 15)}" ${FONT} font-size="12">${row.total} posts, ${row.vacant} vacant</text>`,
    );
  });
  out.push(
    `<text x="${n(left)}" y="${n(height - 8)}" ${FONT} font-size="11" fill="#57606a">${esc(`${t1.citation.document}, ${t1.citation.location}`)}</text>`,
  );
  out.push("</svg>\n");
  return out.join("\n");
};
