import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../../../tools/browser/launchChromium";

// The portable core and the web entry in a real browser: bundled by esbuild for
// `platform: "browser"` (no Node built-in may be reached), then run in headless Chromium,
// which signs a pass with a WebCrypto Ed25519 key and verifies it.

const packages = fileURLToPath(new URL("../../../", import.meta.url));

/** `@unsms/x` and `@unsms/x/entry` resolve to the sources, as in the tests. */
const sources: Plugin = {
  name: "unsms-sources",
  setup(builder) {
    builder.onResolve({ filter: /^@unsms\// }, (args) => {
      const [, name, entry] = /^@unsms\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path) ?? [];
      return { path: `${packages}${name}/src/${entry ?? "index"}.ts` };
    });
  },
};

const bundle = async (contents: string) =>
  build({
    stdin: { contents, resolveDir: packages, loader: "ts" },
    bundle: true,
    platform: "browser",
    format: "iife",
    write: false,
    metafile: true,
    minify: true,
    plugins: [sources],
    logLevel: "silent",
  });

const page = `
import { defaultPassPolicy, issuePass, noRevocationList } from "@unsms/access-pass"
import { checkPass, signPass, staticPassRevocations } from "@unsms/access-pass/services"
import { webPassSigner, webPassTrustStore } from "@unsms/access-pass/web"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Result from "effect/Result"

globalThis.runPass = async () => {
  const keys = await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])
  const request = { category: "visitor", dutyStation: "Geneva", holder: { name: "A. Visitor", organization: "Public" }, sponsor: "Visitors Service", identityDocuments: [{ kind: "national-id", number: "X1" }] }
  const pass = Result.getOrThrow(issuePass(request, defaultPassPolicy, new Date(), "GE-2006-000042"))
  const token = await Effect.runPromise(Effect.provide(signPass(pass), webPassSigner(keys)))
  const gate = Layer.merge(webPassTrustStore([keys.publicKey]), staticPassRevocations(noRevocationList()))
  const check = (t) => Effect.runPromise(Effect.result(Effect.provide(checkPass(t, { zone: "grounds", dutyStation: "Geneva" }), gate)))
  const valid = await check(token)
  const i = token.length - 10
  const altered = await check(token.slice(0, i) + (token[i] === "A" ? "B" : "A") + token.slice(i + 1))
  return { token, valid: Result.isSuccess(valid) ? valid.success : valid.failure.reason, altered: Result.isFailure(altered) ? altered.failure.reason : "valid" }
}
`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

describe("@unsms/access-pass in a browser", () => {
  it("the main, services and web entries bundle for the browser with no Node built-in and no zod; the main entry holds no effect runtime", async () => {
    const main = await bundle(`export * from "@unsms/access-pass"`);
    const services = await bundle(`export * from "@unsms/access-pass/services"`);
    const web = await bundle(`export * from "@unsms/access-pass/web"`);
    for (const result of [main, services, web]) {
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.filter((path) => path.startsWith("node:") || /node_modules\/zod\//.test(path))).toEqual([]);
    }
    const runtime = /node_modules\/effect\/dist\/(Effect|Layer|Context|Clock)\.js$/;
    expect(Object.keys(main.metafile.inputs).filter((path) => runtime.test(path))).toEqual([]);
    expect(Object.keys(services.metafile.inputs).filter((path) => runtime.test(path)).length).toBeGreaterThan(0);
    await expect(bundle(`export * from "@unsms/access-pass/node"`)).rejects.toThrow();
  });

  it("headless Chromium signs a pass with WebCrypto Ed25519 and verifies it; an altered token is refused", async () => {
    const script = (await bundle(page)).outputFiles[0]!.text;
    const tab = await browser.newPage();
    // a secure context (WebCrypto needs one), served from memory: no network
    await tab.route("https://unsms.test/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><script>${script.replace(/<\/script/g, "<\\/script")}</script>`,
      }),
    );
    await tab.goto("https://unsms.test/");
    const outcome = await tab.evaluate<{ token: string; valid: { id: string } | string; altered: string }>("runPass()");
    expect(outcome.token.split(".")).toHaveLength(3);
    expect(outcome.valid).toMatchObject({ id: "GE-2006-000042", zones: ["grounds"] });
    expect(outcome.altered).toBe("bad-signature");
  }, 30_000);
});
