import { chromium, type Browser } from "playwright-core";

/**
 * The browser of the tests that need one: Debian's `chromium` (`apt-get install -y chromium`;
 * `.ci/run` installs it when missing), driven by playwright-core. `CHROMIUM_PATH` overrides
 * the executable. Headless, and without the sandbox, which needs a non-root user.
 */
export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
