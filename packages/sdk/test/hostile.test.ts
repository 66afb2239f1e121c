import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fc } from "@fast-check/vitest";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { buildHostile, hostileArguments } from "../../../tools/vitest/hostile";
import { call, isClass } from "../../../tools/vitest/neverThrows";

// Issue 16, item 5: nothing thrown across the public API. Every function exported by every
// entry of every library package (its package.json `exports`: ".", "./schema", …), called
// with up to three hostile values (tools/vitest/hostile.ts), returns — a value, an error
// value, a Promise that settles — and never throws or rejects.
//
// KNOWN OFFENDERS: functions that may still throw, each with its reason. They are skipped,
// listed by name; whoever fixes one deletes its line, and the property then holds it to the
// rule. Nothing outside this list may throw. HOSTILE_ALL=1 runs the listed ones too, to see which still
// throw.
const knownOffenders: ReadonlySet<string> = new Set<string>([]);

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));
// Libraries only: the CLI's `run` takes a CliIo and has its own property (packages/cli).
// HOSTILE_PACKAGES=access-pass,core runs the property over those packages only.
const only = process.env["HOSTILE_PACKAGES"]?.split(",");
const libraries = readdirSync(packagesDir)
  .filter((dir) => dir !== "cli")
  .sort();
const checkedLibraries = only === undefined ? libraries : libraries.filter((dir) => only.includes(dir));

const entriesOf = (dir: string): ReadonlyArray<string> => {
  const manifest = JSON.parse(readFileSync(`${packagesDir}${dir}/package.json`, "utf8")) as {
    name: string;
    exports?: Record<string, unknown>;
  };
  return Object.keys(manifest.exports ?? { ".": "" })
    .filter((key) => key !== "./package.json")
    .map((key) => (key === "." ? manifest.name : `${manifest.name}/${key.slice(2)}`));
};

// The sdk re-exports core: a function already checked under its own package is not checked
// again under the sdk's name.
const checked = new Set<unknown>();

// In every `npm test` (issue 16): each function gets the workspace's 1 000 cases, and
// FC_RUNS_FACTOR (npm run fuzz) multiplies them. HOSTILE_PACKAGES narrows the run.

for (const dir of checkedLibraries) {
  for (const specifier of entriesOf(dir)) {
    describe(specifier, async () => {
      const entry = (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
      const functions = Object.entries(entry)
        .filter(
          (pair): pair is [string, (...args: Array<unknown>) => unknown] =>
            typeof pair[1] === "function" && !isClass(pair[1] as (...args: Array<unknown>) => unknown),
        )
        .filter(([, fn]) => !checked.has(fn))
        .sort(([a], [b]) => a.localeCompare(b));
      for (const [, fn] of functions) checked.add(fn);
      it("exports functions to check", () => {
        expect(functions.length + Object.keys(entry).length).toBeGreaterThan(0);
      });
      for (const [name, fn] of functions) {
        const id = `${specifier}:${name}`;
        (knownOffenders.has(id) && process.env["HOSTILE_ALL"] !== "1" ? it.skip : it)(
          `${name} never throws on hostile values`,
          async () => {
            await fc.assert(
              fc.asyncProperty(hostileArguments(3), async (recipes) => {
                await call(fn, recipes.map(buildHostile));
              }),
            );
          },
        );
      }
    });
  }
}

// In every run: the generator is hostile (a revoked proxy throws when touched), and the
// functions the packages' own properties already hold to the rule are among those found.
it("the hostile generator builds values that throw when touched", () => {
  const revoked = buildHostile({ special: "revoked proxy" } as never);
  expect(() => Object.keys(revoked as object)).toThrow();
  expect(libraries.length).toBeGreaterThan(10);
});

// In every run: `call` reads what a function returns lazily, so a generator whose work
// throws is caught, and the typed arrays that lie about their length are built as such.
it("call reads a returned iterator, and counts its throw as the function's", async () => {
  function* lazy(): Generator<number> {
    yield 1;
    throw new Error("thrown while iterating");
  }
  await expect(call(lazy, [])).rejects.toThrow("thrown while iterating");
  await expect(call(() => [1, 2, 3].values(), [])).resolves.toBeUndefined();
  // inside a successful Result, as costShareJsonChunks answers
  await expect(call(() => Result.succeed({ [Symbol.iterator]: lazy }), [])).rejects.toThrow("thrown while iterating");
  const lying = buildHostile({ special: "typed array with a false length" } as never) as Float64Array;
  expect([lying.length, lying.byteLength]).toEqual([5, 24]);
  const throwing = buildHostile({ special: "typed array whose length throws" } as never) as Uint32Array;
  expect(() => throwing.length).toThrow();
});
