import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";

/** The shape `tools/bench/run.mjs` reads from a `bench/*.bench.mjs` file. */
interface BenchSuite {
  readonly name: string;
  readonly cases: ReadonlyArray<{ readonly name: string; readonly fn: () => unknown; readonly reference?: string }>;
  readonly targets?: ReadonlyArray<{
    readonly case: string;
    readonly reference: string;
    readonly atMost?: number;
    readonly atLeastFaster?: number;
  }>;
}

/**
 * Keeps a package's benchmark suites from rotting without timing anything (speed is
 * measured by `npm run bench`, never by a test): each suite loads against the package's
 * sources, names its cases once, refers only to cases it has, gives every target one
 * bound, and every case runs once without throwing.
 */
export const testBenchSuites = (packageDir: string): void => {
  const dir = join(packageDir, "bench");
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith(".bench.mjs"))
        .sort()
    : [];
  test("the package has benchmark suites", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    describe(`bench/${file}`, () => {
      // a suite builds its inputs when imported (a million participants, a 37 MB request):
      // over 10 s on a busy 2-core machine, where vitest's default timeout is 5 s
      test("is a suite the runner can read, and every case runs once", async () => {
        const suite = (
          (await import(/* @vite-ignore */ pathToFileURL(join(dir, file)).href)) as { default: BenchSuite }
        ).default;
        expect(typeof suite.name).toBe("string");
        const names = suite.cases.map((c) => c.name);
        expect(new Set(names).size).toBe(names.length);
        const unknown = [
          ...suite.cases.flatMap((c) => (c.reference === undefined ? [] : [c.reference])),
          ...(suite.targets ?? []).flatMap((t) => [t.case, t.reference]),
        ].filter((name) => !names.includes(name));
        expect(unknown).toEqual([]);
        for (const target of suite.targets ?? [])
          expect([target.atMost, target.atLeastFaster].filter((bound) => bound !== undefined)).toHaveLength(1);
        for (const c of suite.cases) await c.fn();
      }, 120_000);
    });
  }
};
