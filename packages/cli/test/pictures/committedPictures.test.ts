import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "@unsms/cli";
import { fakeIo } from "../support/fakeIo";

// The guides embed docs/pictures/*.svg, committed so that they show on GitHub as on the
// site: they must be what `unsms pictures` writes today, byte for byte. `npm run docs`
// rewrites them; when a picture changes, commit the new file with the change that made it.
const committed = fileURLToPath(new URL("../../../../docs/pictures/", import.meta.url));

describe("docs/pictures", () => {
  it("holds exactly the SVGs `unsms pictures` writes, the same bytes", async () => {
    const { io, written } = fakeIo();
    expect(await run(["pictures", "--out", "pics"], io)).toBe(0);
    const names = Object.keys(written)
      .map((path) => path.replace(/^pics\//, ""))
      .sort();
    expect(readdirSync(committed).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(committed, name), "utf8"), name).toBe(written[`pics/${name}`]);
  });
});
