import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../browser/launchChromium";

/**
 * The built site (`npm run docs`, docs/api/) in headless Chromium: the home page, every
 * guide and a sample of API pages load with no console error, no broken link or image;
 * the search finds `apportion`; every SVG picture renders with a size. Screenshots of the
 * home page and the org chart go to build/site/ (git-ignored).
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const site = join(root, "docs/api");
const shots = join(root, "build/site");
const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv",
};

let server: Server;
let browser: Browser;
let base = "";

beforeAll(async () => {
  if (!existsSync(join(site, "index.html"))) {
    const docs = spawnSync("npm", ["run", "docs"], { cwd: root, encoding: "utf8" });
    if (docs.status !== 0) throw new Error(`npm run docs failed:\n${docs.stdout}${docs.stderr}`);
  }
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://site").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    // the browser asks for it on its own; the site has none
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    let file = join(site, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(site) || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
});

/** Opens a page and collects what went wrong: console errors, page errors, failed or 4xx/5xx requests. */
const open = async (path: string): Promise<{ page: Page; problems: Array<string> }> => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: Array<string> = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(base + path, { waitUntil: "load" });
  if (response === null || !response.ok()) problems.push(`${path}: ${response?.status() ?? "no response"}`);
  return { page, problems };
};

/** The site's file a same-site URL names, if it exists (the server serves exactly these). */
const exists = (href: string): boolean => {
  const path = decodeURIComponent(new URL(href).pathname);
  const file = join(site, path);
  return existsSync(file) && (!statSync(file).isDirectory() || existsSync(join(file, "index.html")));
};

/** Every same-site link of a page names a file of the site, and every image loaded. */
const brokenLinksAndImages = async (page: Page): Promise<Array<string>> => {
  const { links, images } = await page.evaluate(() => ({
    links: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href),
    images: [...document.images].map((img) => ({
      src: img.currentSrc || img.src,
      ok: img.complete && img.naturalWidth > 0,
    })),
  }));
  const broken: Array<string> = images.filter((image) => !image.ok).map((image) => `image: ${image.src}`);
  const local = [...new Set(links.filter((href) => href.startsWith(base)).map((href) => href.split("#")[0] ?? href))];
  for (const href of local) if (!exists(href)) broken.push(`link: ${href}`);
  return broken;
};

const guides = readdirSync(join(site, "documents"))
  .filter((file) => file.endsWith(".html"))
  .sort();

describe("the site in Chromium", () => {
  it("the home page says what unsms is, shows a picture, and has no error", async () => {
    const { page, problems } = await open("index.html");
    expect(await page.locator(".tsd-panel.tsd-typography").first().innerText()).toContain(
      "unsms turns the UN security management system",
    );
    expect(await brokenLinksAndImages(page)).toEqual([]);
    await page.screenshot({ path: join(shots, "home.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lists the guides in reading order", async () => {
    const { page } = await open("index.html");
    const titles = await page.locator(".tsd-navigation a, nav a").allInnerTexts();
    const order = [
      "Getting started",
      "Accountability",
      "Staffing",
      "Cost-sharing",
      "Risk assessment and compliance",
      "Access passes",
      "From other languages",
      "Architecture",
      "Conventions",
    ];
    const positions = order.map((title) => titles.findIndex((text) => text.trim() === title));
    expect(
      positions.every((position) => position >= 0),
      `${titles.join(" | ")}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    await page.close();
  });

  it.each(guides)("guide %s loads with no error, no broken link or image, every picture with a size", async (guide) => {
    const { page, problems } = await open(`documents/${guide}`);
    expect(await brokenLinksAndImages(page)).toEqual([]);
    const sizes = await page.evaluate(() =>
      [...document.images]
        .filter((img) => img.src.endsWith(".svg"))
        .map((img) => ({
          src: img.src,
          width: img.getBoundingClientRect().width,
          height: img.getBoundingClientRect().height,
        })),
    );
    for (const size of sizes) {
      expect(size.width, size.src).toBeGreaterThan(0);
      expect(size.height, size.src).toBeGreaterThan(0);
    }
    if (guide === "Staffing.html") {
      const chart = page.locator('img[src$="org-chart.svg"]').first();
      await chart.scrollIntoViewIfNeeded();
      await chart.screenshot({ path: join(shots, "org-chart.png") });
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it("every picture is embedded somewhere and renders with a non-zero size on its own", async () => {
    const pictures = readdirSync(join(site, "media"))
      .filter((file) => file.endsWith(".svg"))
      .sort();
    expect(pictures).toEqual([
      "accountability.svg",
      "cost-sharing.svg",
      "duty-stations.svg",
      "org-chart.svg",
      "risk-matrix.svg",
    ]);
    const { page, problems } = await open("index.html");
    for (const picture of pictures) {
      const box = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return { width: img.naturalWidth, height: img.naturalHeight };
      }, `${base}media/${picture}`);
      expect(box.width, picture).toBeGreaterThan(0);
      expect(box.height, picture).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a sample of API pages loads with no error and no broken link", async () => {
    const sample = [
      "modules.html",
      ...["functions", "interfaces", "variables"].flatMap((kind) =>
        readdirSync(join(site, kind))
          .sort()
          .filter((_, index) => index % 40 === 0)
          .slice(0, 3)
          .map((file) => `${kind}/${file}`),
      ),
    ];
    expect(sample.length).toBeGreaterThan(4);
    for (const path of sample) {
      const { page, problems } = await open(path);
      expect(await brokenLinksAndImages(page), path).toEqual([]);
      expect(problems, path).toEqual([]);
      await page.close();
    }
  });

  it("the search finds apportion", async () => {
    const { page, problems } = await open("index.html");
    await page.locator("#tsd-search-trigger, #tsd-search button, #tsd-search").first().click();
    await page.locator("#tsd-search-input, #tsd-search input").first().fill("apportion");
    const results = page.locator("#tsd-search-results li, .results li");
    await results.first().waitFor({ timeout: 10_000 });
    expect((await results.allInnerTexts()).join(" ")).toMatch(/apportion/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
