import type { FigureCheck, ReportModel, ReportTable } from "./ReportModel";

const cell = (text: string): string => text.trim().replace(/\|/g, "\\|");

const table = (value: ReportTable): string => {
  const totalFrom = value.rows.length - (value.totalRows ?? 0);
  return [
    `*${value.caption}*`,
    "",
    `| ${value.headers.map(cell).join(" | ")} |`,
    `| ${value.align.map((align) => (align === "r" ? "---:" : "---")).join(" | ")} |`,
    ...value.rows.map((row, index) => {
      const depth = Math.floor((/^ */.exec(row[0] ?? "")?.[0].length ?? 0) / 2);
      const cells = row.map((text, column) =>
        column === 0 && depth > 0 ? `${"&nbsp;&nbsp;".repeat(depth)}${cell(text)}` : cell(text),
      );
      return `| ${(index >= totalFrom ? cells.map((text) => (text === "" ? text : `**${text}**`)) : cells).join(" | ")} |`;
    }),
  ].join("\n");
};

const checks = (items: ReadonlyArray<FigureCheck>): string =>
  items
    .map((item) =>
      item.status === "reconciled"
        ? `- ✓ reconciled — ${item.figure}: ${item.computed} = ${item.source}`
        : `- ≠ **disagrees** — ${item.figure}: ${item.computed}, but ${item.source} prints ${item.printed}`,
    )
    .join("\n");

/**
 * The report as Markdown (GitHub-flavoured tables), without the pictures (the HTML report
 * embeds them).
 *
 * @internal
 */
export const renderReportMarkdown = (report: ReportModel): string => {
  const out: Array<string> = [`# ${report.title}`, "", `*${report.source}*`];
  for (const section of report.sections) {
    out.push("", `## ${section.title}`);
    for (const block of section.blocks) {
      if (block.kind === "text") out.push("", block.text);
      else if (block.kind === "note") out.push("", `> ${block.text}`);
      else if (block.kind === "table") out.push("", table(block.table));
      else if (block.kind === "checks") out.push("", checks(block.checks));
      else if (block.kind === "chain") out.push("", "```", ...block.lines, "```");
    }
  }
  return `${out.join("\n")}\n`;
};
