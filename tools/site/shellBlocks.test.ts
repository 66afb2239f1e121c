import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { matchesShown, shellBlocks } from "./shellBlocks";

/**
 * Every ```sh block of README.md and docs/guides/*.md runs as written, from the
 * repository's root, after `npm ci` and the build (this runs at the end of `npm test`):
 * each command must exit as its comment says (`# exit 1`, else 0), and where a ```text
 * block follows, the last command must print exactly that (`…` lines elide).
 *
 * Three kinds of line are not run, each for a stated reason and checked otherwise:
 * `npm ci` (the test runs after it; running it again would replace the node_modules the
 * test runs from), `npm test` (what runs this test) and `npm install @unsms/…` (the
 * packages as published on the registry, for readers outside this repository: each
 * package it names must be one of ours or a peer dependency we pin).
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const files = [
  "README.md",
  ...readdirSync(`${root}docs/guides`)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => `docs/guides/${file}`),
];
const ours = new Set(
  readdirSync(`${root}packages`).map(
    (dir) => JSON.parse(readFileSync(`${root}packages/${dir}/package.json`, "utf8")).name as string,
  ),
);
const pinned = new Set(
  Object.keys(JSON.parse(readFileSync(`${root}package.json`, "utf8")).devDependencies as Record<string, string>),
);

const notRun = (command: string): string | undefined => {
  if (/^npm ci\b/.test(command)) return "npm ci";
  if (/^npm test$/.test(command)) return "npm test";
  if (/^npm install /.test(command)) return "npm install";
  return undefined;
};

// A reader's shell: no node_modules/.bin on the PATH (npm scripts and npx add it), so a bare
// `unsms` fails as it would for them; npx must not reach the registry.
const PATH = (process.env["PATH"] ?? "")
  .split(":")
  .filter((dir) => !dir.includes("node_modules/.bin") && !dir.includes("node_modules/@npmcli"))
  .join(":");
const env = {
  ...process.env,
  PATH,
  NO_COLOR: "1",
  FORCE_COLOR: undefined,
  npm_config_yes: "false",
  npm_config_offline: "true",
};

const withBlocks = files
  .map((file) => [file, shellBlocks(`${root}${file}`, file)] as const)
  .filter(([, blocks]) => blocks.length > 0);

describe.each(withBlocks)("%s", (_file, blocks) => {
  it.each(blocks.map((block) => [block.where, block] as const))("%s runs as written", (_where, block) => {
    const before = new Set(readdirSync(root));
    try {
      let last = "";
      for (const { command: line, exitCode, where } of block.commands) {
        // `npm ci && npm start`: the install is done; the rest runs
        const command = line.replace(/^npm ci(?: --[\w-]+)* && /, "");
        const skipped = notRun(command);
        if (skipped === "npm install") {
          for (const name of command.replace(/^npm install /, "").split(/\s+/))
            expect(
              ours.has(name) || pinned.has(name),
              `${where}: ${name} is not a package of ours nor a pinned peer`,
            ).toBe(true);
          continue;
        }
        if (skipped !== undefined) continue;
        const result = spawnSync("bash", ["-c", command], { cwd: root, env, encoding: "utf8", timeout: 120_000 });
        expect(result.status, `${where}: ${command}\n${result.stderr}`).toBe(exitCode);
        last = result.stdout;
      }
      if (block.output !== undefined) {
        expect(
          matchesShown(last, block.output),
          `${block.where}: the output shown differs from what it prints:\n${last}`,
        ).toBe(true);
      }
    } finally {
      for (const entry of readdirSync(root))
        if (!before.has(entry)) rmSync(`${root}${entry}`, { recursive: true, force: true });
    }
  });
});

it("the CLI the blocks run is this repository's, reached with no network", () => {
  expect(existsSync(`${root}node_modules/.bin/unsms`)).toBe(true);
  expect(execFileSync("npx", ["--no-install", "unsms", "--version"], { cwd: root, env, encoding: "utf8" }).trim()).toBe(
    JSON.parse(readFileSync(`${root}packages/cli/package.json`, "utf8")).version,
  );
});

describe("matchesShown", () => {
  it("matches line by line, … for any lines, and fails on a difference", () => {
    expect(matchesShown("a\nb\nc\n", ["a", "…", "c"])).toBe(true);
    expect(matchesShown("a\nc\n", ["a", "…", "c"])).toBe(true);
    expect(matchesShown("a\nb\nc\n", ["a", "c"])).toBe(false);
    expect(matchesShown("a\nb\n", ["a", "b", "c"])).toBe(false);
  });
});
