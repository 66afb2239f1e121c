// Module loader hooks that append the URL of every module loaded to the file named by
// UNSMS_LOADED_LOG: what `tools/check/cli.mjs` reads to check what a command loads.
import { appendFileSync } from "node:fs";

export async function load(url, context, next) {
  appendFileSync(process.env.UNSMS_LOADED_LOG, `${url}\n`);
  return next(url, context);
}
