import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleSize } from "./bundleSize";
import { libraries, packagesDir } from "./libraries";

// Size budgets (issue 11): small apps bundled from the built packages for the browser,
// minified and gzipped. Bytes are deterministic: a budget exceeded fails `npm test`.
//
// EXPECTED TO FAIL until the package named in `pending` lands its split into a zod-free
// `.` entry and a `./schema` entry: those budgets run under `it.fails`, which turns red as
// soon as the budget holds. Whoever merges the split deletes the package from `pending`.
const pending: ReadonlySet<string> = new Set([]);
// EXPECTED TO FAIL until @unsms/access-pass has its portable core with `/node` and `/web`
// entries (issue 11 item 3): its `.` entry imports node:crypto and node:buffer, and the
// sdk re-exports it. Delete each package from here when its entries bundle.
const pendingBrowser: ReadonlySet<string> = new Set([]);

const kB = 1000;
const gz = (bytes: number): string => `${(bytes / kB).toFixed(1)} kB gz`;

/** A budget's test: `it`, or `it.fails` while one of the packages it needs is pending. */
const budgetTest = (packages: ReadonlyArray<string>, waitingFor: ReadonlySet<string> = pending) =>
  packages.some((name) => waitingFor.has(name)) ? it.fails : it;

const budgets: ReadonlyArray<{
  readonly name: string;
  readonly packages: ReadonlyArray<string>;
  readonly source: string;
  /** The target. */
  readonly atMostGz: number;
  /**
   * Where a target is missed: the size the test holds instead, so that it still fails on any
   * growth, and why (issue 11 stays open while one is set).
   */
  readonly missed?: { readonly ceilingGz: number; readonly why: string };
}> = [
  {
    // Held at a missed ceiling of 10 213 bytes from 2026-12-01, when apportion took on the limits
    // of a JSON request for a plain JS caller, until the eighth session: 9 990 bytes once the
    // minimums and tiers were split in one pass over every participant (`planShares`).
    name: "an app that only apportions",
    packages: ["@unsms/cost-sharing"],
    source: `import { apportion } from "@unsms/cost-sharing"; export const app = apportion;`,
    atMostGz: 10 * kB,
  },
  ...[
    ["@unsms/core", "parseMoney"],
    ["@unsms/cost-sharing", "apportion"],
    ["@unsms/risk", "assessRegister"],
    ["@unsms/staffing", "summarizeStaffing"],
    ["@unsms/accountability", "checkArrangement"],
    ["@unsms/access-pass", "issuePass"],
    ["@unsms/presence", "takeCensus"],
    ["@unsms/equipment", "readinessGaps"],
    ["@unsms/training", "isCertified"],
    ["@unsms/surge", "planDeployment"],
    ["@unsms/reference-data", "dssAtAGlance"],
  ].map(([name = "", main = ""]) => ({
    name: `one main function of ${name} (${main})`,
    packages: [name],
    source: `import { ${main} } from "${name}"; export const app = ${main};`,
    atMostGz: 30 * kB,
  })),
  {
    name: "the whole SDK, every namespace used",
    packages: ["@unsms/sdk"],
    source: `import * as Sdk from "@unsms/sdk"; export const app = Sdk;`,
    // 71.0 kB since access-pass's effect services moved to `@unsms/sdk/services` (82.1 kB before)
    atMostGz: 80 * kB,
  },
  {
    // A guard: one figure of the report bundles without the others (0.3 kB). A spread at
    // module scope that no call marked pure wraps kept every dataset (4.9 kB) until 2026-12-01.
    name: "an app that reads one dataset of the report",
    packages: ["@unsms/reference-data"],
    source: `import { dssAtAGlance } from "@unsms/reference-data"; export const app = dssAtAGlance;`,
    atMostGz: 1 * kB,
  },
  {
    // A guard: a function that fails with no error class bundles without effect's runtime
    // (1.4 kB). An error class not marked pure (`extends /* @__PURE__ */ Data.TaggedError`)
    // is kept by every app of its package: it made this one 6.3 kB. 1 998 bytes on 1 December
    // 2026, 2 016 on the 2nd, once every list of a record and a catalogue was read within the
    // length checked, once (core's `listLengthUpTo`, which also refuses a `max` that is not a
    // number): so 2.1 kB, still a third of what the error class's runtime weighed.
    name: "an app that only checks a certification",
    packages: ["@unsms/training"],
    source: `import { isCertified } from "@unsms/training"; export const app = isCertified;`,
    atMostGz: 2.1 * kB,
  },
];

describe("size budgets (esbuild, browser, minified + gzip -9)", () => {
  for (const budget of budgets) {
    budgetTest(budget.packages)(`${budget.name}: ≤ ${gz(budget.atMostGz)}`, async () => {
      const size = await bundleSize(budget.source);
      expect(size.errors).toEqual([]);
      const held =
        budget.missed === undefined
          ? ""
          : `; target missed, held at ${gz(budget.missed.ceilingGz)}: ${budget.missed.why}`;
      console.log(
        `${budget.name}: ${gz(size.gzipped)} (${(size.minified / kB).toFixed(1)} kB minified), budget ${gz(budget.atMostGz)}${held}`,
      );
      expect(size.gzipped).toBeLessThanOrEqual(budget.missed?.ceilingGz ?? budget.atMostGz);
      // a missed target that is met again must be restored: delete `missed`
      if (budget.missed !== undefined) expect(size.gzipped).toBeGreaterThan(budget.atMostGz);
    });
  }
});

// Not a target of issue 11, a guard: what an app of Effect's pays on top of the whole SDK
// for `@unsms/sdk/services` (the pass-token services, and effect's runtime they need, about
// 24 kB minified). The SDK itself is held by its own budget above. Until 2 December 2026 this
// guard weighed the two together (82.6 → 92.0 kB as the domain packages grew with review fixes,
// raised three times); it is the services' own weight it guards, so it weighs the difference:
// 12.6 kB on 2 December 2026 (92.0 kB with the SDK, 79.5 kB without).
const servicesOverSdkGz = 13 * kB;
describe("the Effect services' weight on top of the whole SDK", () => {
  it(`@unsms/sdk/services adds ≤ ${gz(servicesOverSdkGz)} to the whole SDK`, async () => {
    const sdk = await bundleSize(`import * as Sdk from "@unsms/sdk"; export const app = Sdk;`);
    const both = await bundleSize(
      `import * as Sdk from "@unsms/sdk"; import * as Services from "@unsms/sdk/services"; export const app = [Sdk, Services];`,
    );
    expect([...sdk.errors, ...both.errors]).toEqual([]);
    const added = both.gzipped - sdk.gzipped;
    console.log(
      `the whole SDK and its Effect services: ${gz(both.gzipped)}, ${gz(added)} more than the SDK alone, budget ${gz(servicesOverSdkGz)}`,
    );
    expect(added).toBeLessThanOrEqual(servicesOverSdkGz);
  });
});

// Every entry of every package (its `exports`, all of it used) bundles for the browser:
// no Node built-in (`node:crypto`, `buffer`…) reachable from it.
/** An entry exported under the `node` condition alone (`@unsms/access-pass/node`) is for Node by design. */
const nodeOnly = (conditions: unknown): boolean =>
  typeof conditions === "object" &&
  conditions !== null &&
  Object.keys(conditions).every((key) => key === "node" || key === "types");
describe("every package bundles for the browser", () => {
  for (const dir of libraries) {
    const manifest = JSON.parse(readFileSync(`${packagesDir}${dir}/package.json`, "utf8")) as {
      name: string;
      exports: Record<string, unknown>;
    };
    for (const entry of Object.keys(manifest.exports).filter(
      (key) => key !== "./package.json" && !nodeOnly(manifest.exports[key]),
    )) {
      const specifier = entry === "." ? manifest.name : `${manifest.name}/${entry.slice(2)}`;
      budgetTest([manifest.name], pendingBrowser)(`${specifier}`, async () => {
        const size = await bundleSize(`import * as entry from "${specifier}"; export const app = entry;`);
        expect(size.errors).toEqual([]);
      });
    }
  }
});
