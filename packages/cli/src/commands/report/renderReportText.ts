import type { FigureCheck, ReportModel, ReportTable } from "./ReportModel";

/** The width the text report fits. */
const WIDTH = 80;

interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly ok: (text: string) => string;
  readonly warn: (text: string) => string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const colours: Paint = { bold: ansi(1, 22), dim: ansi(2, 22), ok: ansi(32, 39), warn: ansi(33, 39) };
const plain: Paint = { bold: (text) => text, dim: (text) => text, ok: (text) => text, warn: (text) => text };

/** Wraps text at spaces to lines of at most `width` characters (a longer word stands alone). */
const wrap = (text: string, width: number, indent = ""): Array<string> => {
  const lines: Array<string> = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((part) => part.length > 0)) {
    const candidate = line.length === 0 ? indent + word : `${line} ${word}`;
    if (candidate.length > width && line.length > 0) {
      lines.push(line);
      line = indent + word;
    } else {
      line = candidate;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
};

/** A table fitted to the width: the first column wraps (keeping its indent) when the table is too wide. */
const renderTable = (table: ReportTable, paint: Paint): Array<string> => {
  const { headers, rows, align } = table;
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const others = widths.slice(1).reduce((total, width) => total + width + 2, 0);
  widths[0] = Math.max(12, Math.min(widths[0] ?? 0, WIDTH - others));
  const cellLines = (cell: string, column: number): Array<string> => {
    const width = widths[column] ?? 0;
    if (cell.length <= width) return [cell];
    const indent = /^ */.exec(cell)?.[0] ?? "";
    return wrap(cell, width, indent).map((line, index) => (index === 0 ? line : `${indent}  ${line.trimStart()}`));
  };
  const line = (cells: ReadonlyArray<string>): Array<string> => {
    const split = cells.map(cellLines);
    const height = Math.max(...split.map((lines) => lines.length));
    return Array.from({ length: height }, (_, row) =>
      split
        .map((lines, column) => {
          const cell = lines[row] ?? "";
          const width = widths[column] ?? 0;
          return align[column] === "r" ? cell.padStart(width) : cell.padEnd(width);
        })
        .join("  ")
        .trimEnd(),
    );
  };
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  const totalRows = table.totalRows ?? 0;
  const body = rows.flatMap((row, index) => {
    const lines = line(row);
    return index >= rows.length - totalRows ? lines.map(paint.bold) : lines;
  });
  return [...wrap(table.caption, WIDTH).map(paint.dim), paint.bold(line(headers).join("\n")), rule, ...body];
};

const renderChecks = (checks: ReadonlyArray<FigureCheck>, paint: Paint): Array<string> =>
  checks.flatMap((item) => {
    const mark = item.status === "reconciled" ? paint.ok("✓ reconciled") : paint.warn("≠ disagrees");
    const text =
      item.status === "reconciled"
        ? `${item.figure}: ${item.computed} = ${item.source}`
        : `${item.figure}: ${item.computed}, but ${item.source} prints ${item.printed}`;
    return wrap(text, WIDTH - 15).map((line, index) => (index === 0 ? `${mark}  ${line}` : `${" ".repeat(14)}${line}`));
  });

/**
 * The report as text for an 80-column terminal, with ANSI colour only when `colour` is
 * true (a TTY without NO_COLOR). Pictures are left out: the HTML report and the site show them.
 *
 * @internal
 */
export const renderReportText = (report: ReportModel, colour: boolean): string => {
  const paint = colour ? colours : plain;
  const out: Array<string> = [paint.bold(report.title), ...wrap(report.source, WIDTH).map(paint.dim)];
  for (const section of report.sections) {
    out.push("", paint.bold(section.title), paint.bold("=".repeat(Math.min(WIDTH, section.title.length))));
    for (const block of section.blocks) {
      switch (block.kind) {
        case "text":
          out.push("", ...wrap(block.text, WIDTH));
          break;
        case "note":
          out.push("", ...wrap(block.text, WIDTH).map(paint.dim));
          break;
        case "table":
          out.push("", ...renderTable(block.table, paint));
          break;
        case "checks":
          out.push("", ...renderChecks(block.checks, paint));
          break;
        case "chain":
          out.push("", ...block.lines.flatMap((line) => wrap(line, WIDTH, /^ */.exec(line)?.[0] ?? "")));
          break;
        case "picture":
          break;
      }
    }
  }
  return `${out.join("\n")}\n`;
};
