import { readFileSync } from "node:fs";

/** One command of a guide's ```sh block, as a reader would type it. */
export interface ShellCommand {
  /** The command line, continuation lines joined, the trailing comment removed. */
  readonly command: string;
  /** The exit code the guide states (`# exit 1`), else 0. */
  readonly exitCode: number;
  /** Where it is: `docs/guides/risk.md:38`. */
  readonly where: string;
}

/** A ```sh block and, when a ```text (or bare ```) block follows it, the output it shows. */
export interface ShellBlock {
  readonly where: string;
  readonly commands: ReadonlyArray<ShellCommand>;
  /** The output of the block's last command as the guide shows it; `…` lines elide. */
  readonly output: ReadonlyArray<string> | undefined;
}

/** Splits a line at its first `#` comment outside quotes. */
const splitComment = (line: string): { code: string; comment: string } => {
  let quote: string | undefined;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "#" && (index === 0 || /\s/.test(line[index - 1] ?? ""))) {
      return { code: line.slice(0, index).trimEnd(), comment: line.slice(index + 1).trim() };
    }
  }
  return { code: line.trimEnd(), comment: "" };
};

/**
 * The ```sh blocks of a Markdown file with their commands and the output shown after them.
 * A block's output is the ```text or bare ``` block that follows it with only blank
 * lines between.
 */
export const shellBlocks = (path: string, name: string): Array<ShellBlock> => {
  const lines = readFileSync(path, "utf8").split("\n");
  const blocks: Array<ShellBlock> = [];
  for (let index = 0; index < lines.length; index += 1) {
    const fence = /^```(\w*)\s*$/.exec(lines[index] ?? "");
    if (fence === null) continue;
    const start = index;
    const body: Array<string> = [];
    for (index += 1; index < lines.length && !/^```\s*$/.test(lines[index] ?? ""); index += 1)
      body.push(lines[index] ?? "");
    if (fence[1] !== "sh") continue;
    const commands: Array<ShellCommand> = [];
    let pending = "";
    let pendingLine = 0;
    body.forEach((raw, offset) => {
      const { code, comment } = splitComment(raw);
      if (pending === "") pendingLine = start + offset + 2;
      if (code.endsWith("\\")) {
        pending += `${code.slice(0, -1).trimEnd()} `;
        return;
      }
      const command = (pending + code.trimStart()).trim();
      pending = "";
      if (command === "") return;
      const stated = /\bexit (\d)\b/.exec(comment);
      commands.push({ command, exitCode: stated === null ? 0 : Number(stated[1]), where: `${name}:${pendingLine}` });
    });
    let next = index + 1;
    while (next < lines.length && (lines[next] ?? "").trim() === "") next += 1;
    let output: Array<string> | undefined;
    if (/^```(text)?\s*$/.test(lines[next] ?? "")) {
      output = [];
      for (next += 1; next < lines.length && !/^```\s*$/.test(lines[next] ?? ""); next += 1)
        output.push(lines[next] ?? "");
    }
    blocks.push({ where: `${name}:${start + 1}`, commands, output });
  }
  return blocks;
};

/**
 * Whether the printed text matches the output a guide shows: line by line (trailing
 * spaces ignored), where a line `…` stands for any number of lines.
 */
export const matchesShown = (printed: string, shown: ReadonlyArray<string>): boolean => {
  const actual = printed
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.trimEnd());
  const expected = shown.map((line) => line.trimEnd());
  // memoised match of expected[i..] against actual[j..]
  const memo = new Map<number, boolean>();
  const match = (i: number, j: number): boolean => {
    const key = i * (actual.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === expected.length) result = j === actual.length;
    else if (expected[i] === "…") result = match(i + 1, j) || (j < actual.length && match(i, j + 1));
    else result = j < actual.length && expected[i] === actual[j] && match(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
};
