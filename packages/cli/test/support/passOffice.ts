import { expect } from "vitest";
import { unsms } from "./unsms";

type Files = Readonly<Record<string, string | Uint8Array>>;

/** A pass office's key pair, made by `unsms pass keygen`: the files `office.key` and `office.pub`. */
export const officeKeys = async (): Promise<Record<string, string>> => {
  const made = await unsms(["pass", "keygen", "--private", "office.key", "--public", "office.pub", "--json"]);
  expect(made.code).toBe(0);
  return made.written;
};

/** `unsms pass issue --json`: the pass of `request.json` signed with `office.key`, issued at `at`. */
export const issueAt = (files: Files, at: string) =>
  unsms(["pass", "issue", "--input", "request.json", "--key", "office.key", "--at", at, "--json"], files);
