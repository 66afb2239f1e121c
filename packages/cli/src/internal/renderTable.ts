/**
 * Renders rows as an aligned plain-text table with a header line. Columns whose values
 * look numeric are right-aligned.
 *
 * @internal
 */
export const renderTable = (headers: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string => {
  // a loop, not Math.max(...rows): a million rows would overflow the stack as arguments
  const widths = headers.map((header, column) => {
    let width = header.length;
    for (const row of rows) width = Math.max(width, (row[column] ?? "").length);
    return width;
  });
  const numeric = headers.map(
    (_, column) => rows.length > 0 && rows.every((row) => /^-?[\d.,%\s]*$/.test(row[column] ?? "")),
  );
  const line = (cells: ReadonlyArray<string>): string =>
    cells
      .map((cell, column) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  const lines = [line(headers), rule];
  for (const row of rows) lines.push(line(row));
  return lines.join("\n") + "\n";
};
