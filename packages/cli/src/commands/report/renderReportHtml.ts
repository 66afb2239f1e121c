import type { FigureCheck, ReportModel, ReportTable } from "./ReportModel";

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const table = (value: ReportTable): string => {
  const totalFrom = value.rows.length - (value.totalRows ?? 0);
  const cellOf = (tag: "td" | "th", text: string, column: number): string => {
    const depth = column === 0 ? Math.floor((/^ */.exec(text)?.[0].length ?? 0) / 2) : 0;
    const style = [
      value.align[column] === "r" ? "text-align:right" : "",
      depth > 0 ? `padding-left:${0.5 + depth * 1.2}em` : "",
    ]
      .filter((part) => part !== "")
      .join(";");
    return `<${tag}${style === "" ? "" : ` style="${style}"`}>${escape(text.trim())}</${tag}>`;
  };
  return [
    "<table>",
    `<caption>${escape(value.caption)}</caption>`,
    `<thead><tr>${value.headers.map((header, column) => cellOf("th", header, column)).join("")}</tr></thead>`,
    "<tbody>",
    ...value.rows.map(
      (row, index) =>
        `<tr${index >= totalFrom ? ' class="total"' : ""}>${row.map((text, column) => cellOf("td", text, column)).join("")}</tr>`,
    ),
    "</tbody>",
    "</table>",
  ].join("\n");
};

const checks = (items: ReadonlyArray<FigureCheck>): string =>
  `<ul class="checks">\n${items
    .map((item) =>
      item.status === "reconciled"
        ? `<li class="ok"><span>✓ reconciled</span> ${escape(item.figure)}: ${escape(item.computed)} = ${escape(item.source)}</li>`
        : `<li class="bad"><span>≠ disagrees</span> ${escape(item.figure)}: ${escape(item.computed)}, but ${escape(item.source)} prints ${escape(item.printed)}</li>`,
    )
    .join("\n")}\n</ul>`;

const style = `
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2.5rem; }
table { border-collapse: collapse; margin: 1rem 0; } caption { text-align: left; color: #57606a; font-size: .9rem; padding-bottom: .3rem; }
th, td { border-bottom: 1px solid #eaeef2; padding: .2rem .6rem; } th { text-align: left; } tr.total td { font-weight: 600; border-top: 2px solid #8c959f; }
ul.checks { list-style: none; padding-left: 0; font-size: .9rem; } ul.checks span { display: inline-block; min-width: 7.5rem; font-weight: 600; }
li.ok span { color: #1a7f37; } li.bad span { color: #9a6700; } .note { color: #57606a; font-size: .9rem; }
pre { background: #f6f8fa; padding: .6rem; overflow-x: auto; } figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
`;

/**
 * The report as one self-contained HTML file: inline style, inline SVG pictures, no
 * script, nothing fetched.
 *
 * @internal
 */
export const renderReportHtml = (report: ReportModel, pictures: ReadonlyMap<string, string>): string => {
  const out: Array<string> = [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(report.title)}</title>`,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    `<h1>${escape(report.title)}</h1>`,
    `<p class="note">${escape(report.source)}</p>`,
  ];
  for (const section of report.sections) {
    out.push(`<section id="${escape(section.id)}">`, `<h2>${escape(section.title)}</h2>`);
    for (const block of section.blocks) {
      if (block.kind === "text") out.push(`<p>${escape(block.text)}</p>`);
      else if (block.kind === "note") out.push(`<p class="note">${escape(block.text)}</p>`);
      else if (block.kind === "table") out.push(table(block.table));
      else if (block.kind === "checks") out.push(checks(block.checks));
      else if (block.kind === "chain") out.push(`<pre>${escape(block.lines.join("\n"))}</pre>`);
      else {
        const svg = pictures.get(block.picture);
        if (svg !== undefined)
          out.push(
            `<figure role="img" aria-label="${escape(block.alt)}">${svg.replace(/^<\?xml[^>]*>\s*/, "")}</figure>`,
          );
      }
    }
    out.push("</section>");
  }
  out.push("</body>", "</html>");
  return `${out.join("\n")}\n`;
};
