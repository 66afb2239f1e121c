import { fc } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildHostile, hostileArguments } from "./hostile";

/** Whether a function is a class (classes are constructed, not called: they are not checked). */
export const isClass = (value: (...args: Array<unknown>) => unknown): boolean =>
  /^class\b/.test(Function.prototype.toString.call(value));

/** How many values of a returned iterable {@link call} reads. */
const ITERATED = 10_000;

/** What a call answered, with a successful `Result` unwrapped: a lazy answer can sit inside one. */
const answerOf = (result: object): unknown =>
  "_tag" in result && result._tag === "Success" && "success" in result ? result.success : result;

/**
 * Calls `fn` and, when it returns a thenable, waits for it: a rejection counts as a throw.
 * When it returns an iterable, or a successful `Result` of one (a stream of JSON chunks),
 * reads it (up to 10 000 values): the work of a lazy answer runs then, and must not throw
 * either.
 */
export const call = async (fn: (...args: Array<unknown>) => unknown, args: ReadonlyArray<unknown>): Promise<void> => {
  const result = fn(...args);
  if (typeof result !== "object" || result === null) return;
  if ("then" in result && typeof result.then === "function") {
    await (result as PromiseLike<unknown>);
    return;
  }
  const answer = answerOf(result);
  if (typeof answer === "object" && answer !== null && Symbol.iterator in answer) {
    const iterator = (answer as Iterable<unknown>)[Symbol.iterator]();
    for (let i = 0; i < ITERATED && iterator.next().done !== true; i++);
  }
};

/**
 * Issue 16 item 5 for one package, in its own `npm test`: every function exported by every
 * entry of its package.json `exports` (read from the sources), called with up to three
 * hostile values (`tools/vitest/hostile.ts`: `fc.anything()`, revoked proxies, throwing
 * getters, cycles, huge `length`s, `__proto__` keys), returns — a value, an error value, a
 * Promise that settles — and never throws. The same property as the sdk's
 * `test/hostile.test.ts`, per package, so that a package cannot regress unseen.
 * Call it from a test file with the package's directory:
 * `testNeverThrows(fileURLToPath(new URL("..", import.meta.url)))`.
 */
export const testNeverThrows = (packageDir: string): void => {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    readonly name: string;
    readonly exports?: Readonly<Record<string, unknown>>;
  };
  const entries = Object.keys(manifest.exports ?? { ".": "" }).filter((key) => key !== "./package.json");
  for (const key of entries) {
    const source = join(packageDir, "src", key === "." ? "index.ts" : `${key.slice(2)}.ts`);
    describe(`${key === "." ? manifest.name : `${manifest.name}/${key.slice(2)}`} never throws (issue 16)`, async () => {
      const entry = (await import(/* @vite-ignore */ pathToFileURL(source).href)) as Record<string, unknown>;
      const functions = Object.entries(entry)
        .filter(
          (pair): pair is [string, (...args: Array<unknown>) => unknown] =>
            typeof pair[1] === "function" && !isClass(pair[1] as (...args: Array<unknown>) => unknown),
        )
        .sort(([a], [b]) => a.localeCompare(b));
      it("reads the entry", () => {
        expect(Object.keys(entry).length).toBeGreaterThan(0);
      });
      for (const [name, fn] of functions)
        it(`${name} returns on hostile values`, async () => {
          await fc.assert(
            fc.asyncProperty(hostileArguments(3), async (recipes) => {
              await call(fn, recipes.map(buildHostile));
            }),
          );
        });
    });
  }
};
