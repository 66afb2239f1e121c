import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "@unsms/cli";
import { Accountability } from "@unsms/sdk";
import { fakeIo } from "../support/fakeIo";

// A command with a default document (the report's data) reads a document piped on standard
// input as every command does, so a piped document is never silently replaced by the default.
const examples = fileURLToPath(new URL("../../../../docs/examples/", import.meta.url));
const posts = readFileSync(`${examples}staffing/posts.json`, "utf8");
const agencyMatrix = readFileSync(`${examples}risk/agency-matrix.json`, "utf8");
// Annex I with its wardens renamed: a valid framework that is not the default
const framework = JSON.stringify({
  ...Accountability.annexIFramework,
  roles: Accountability.annexIFramework.roles.map((role) =>
    role.id === "warden" ? { ...role, name: "Wardens (an agency's name)" } : role,
  ),
});

/** The commands with a default document, and a valid document of theirs that is not the default. */
const commands: ReadonlyArray<readonly [ReadonlyArray<string>, string]> = [
  [["risk", "matrix"], agencyMatrix],
  [["staffing", "summary"], posts],
  [["accountability", "roles"], framework],
  [["accountability", "chain", "warden"], framework],
];

const answer = async (args: ReadonlyArray<string>, stdin?: string) => {
  const { io, stdout, stderr } = fakeIo({}, stdin);
  const code = await run([...args, "--json"], io);
  return { code, stdout: stdout(), stderr: stderr() };
};

describe("a command's default document and standard input", () => {
  it("a terminal, nothing piped, or only white space piped: the default document", async () => {
    for (const [args] of commands) {
      const fromTerminal = await answer(args);
      expect(fromTerminal.code).toBe(0);
      expect(await answer(args, "")).toEqual(fromTerminal);
      expect(await answer(args, " \n\t\r\n")).toEqual(fromTerminal);
    }
  });

  it("a document piped is read and decoded: not JSON, or not the document, exits 2", async () => {
    for (const [args] of commands) {
      const notJson = await answer(args, "{ nope");
      expect(notJson).toMatchObject({ code: 2, stdout: "" });
      expect(JSON.parse(notJson.stderr).error.message).toMatch(/standard input/);
      expect(await answer(args, '{"not":"the document"}')).toMatchObject({ code: 2, stdout: "" });
    }
  });

  it("a valid document piped is the one answered, the same as with --input -", async () => {
    for (const [args, given] of commands) {
      const piped = await answer(args, given);
      expect(piped.code).toBe(0);
      expect(piped.stdout).not.toEqual((await answer(args)).stdout);
      const option = args[0] === "accountability" ? "--framework" : "--input";
      expect(piped).toEqual(await answer([...args, option, "-"], given));
    }
    expect(JSON.parse((await answer(["risk", "matrix"], agencyMatrix)).stdout)).toEqual(JSON.parse(agencyMatrix));
  });

  it("a framework piped to accountability roles is the one listed", async () => {
    const piped = await answer(["accountability", "roles"], framework);
    expect(piped.stdout).toContain("Wardens (an agency's name)");
    expect((await answer(["accountability", "roles"])).stdout).not.toContain("an agency's name");
  });
});
