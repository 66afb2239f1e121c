import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "@unsms/cli";
import { fakeIo } from "../support/fakeIo";
import { issueAt, officeKeys } from "../support/passOffice";

// Issue 16 item 1: every --at of the pass commands is read by core's parseInstant, so an
// answer never depends on the machine's time zone, and an --at without an offset is refused
// (exit 2) rather than read as local time.
const examples = fileURLToPath(new URL("../../../../docs/examples/access-pass/", import.meta.url));
const request = readFileSync(`${examples}visitor.json`, "utf8");
const register = readFileSync(`${examples}gate/register.json`, "utf8");

const files = { ...(await officeKeys()), "request.json": request, "register.json": register };
const issued = await issueAt(files, "2006-06-30T12:00:00Z");
expect(issued.code).toBe(0);
const { token, pass } = JSON.parse(issued.stdout) as { token: string; pass: { validFrom: string } };

// Each command with an --at, the token read from standard input where it takes one.
const commands = (at: string): ReadonlyArray<readonly [ReadonlyArray<string>, string | undefined]> => [
  [["pass", "verify", token, "--keys", "office.pub", "--skew", "0", "--at", at], undefined],
  [["pass", "scan", "--keys", "office.pub", "--skew", "0", "--at", at], token],
  [["pass", "revocations", "--input", "register.json", "--key", "office.key", "--at", at], undefined],
  [["pass", "issue", "--input", "request.json", "--key", "office.key", "--serial", "NY-1", "--at", at], undefined],
  [["pass", "card", "--input", "request.json", "--key", "office.key", "--serial", "NY-1", "--at", at], undefined],
];

const answers = async (at: string, timeZone: string): Promise<ReadonlyArray<string>> => {
  process.env["TZ"] = timeZone;
  const out: Array<string> = [];
  for (const [args, stdin] of commands(at)) {
    const { io, stdout, stderr } = fakeIo(files, stdin);
    const code = await run([...args, "--json"], io);
    out.push(`${code} ${stdout()} ${stderr()}`);
  }
  return out;
};

describe("pass --at: core's parseInstant, the same answer under any TZ", () => {
  const saved = process.env["TZ"];
  afterEach(() => {
    if (saved === undefined) delete process.env["TZ"];
    else process.env["TZ"] = saved;
  });

  it("the test machine's zones really differ (so that the comparison below can fail)", () => {
    const local = (timeZone: string) => {
      process.env["TZ"] = timeZone;
      return new Date("2006-06-30T12:00:00").getTime();
    };
    expect(local("UTC")).not.toBe(local("America/Los_Angeles"));
  });

  it.each([
    pass.validFrom, // the first valid second
    "2006-06-30T11:59:59Z", // one second early
    "2006-06-30T04:59:59-07:00", // the same second in Los Angeles' summer time
    "2006-06-30T14:00:00+02:00",
    "2006-07-01T11:59:59.999Z",
    "2006-07-01T12:00:00Z", // expired
    "2006-06-30T11:00:00", // no offset: not yet valid as UTC, valid as Los Angeles time (refused in both)
  ])("--at %s: every command answers the same under UTC and America/Los_Angeles", async (at) => {
    expect(await answers(at, "America/Los_Angeles")).toEqual(await answers(at, "UTC"));
  });

  it.each(["2006-06-30T12:00:00", "2006-06-30T12:00", "2006-06-30", "2007-02-30T00:00:00Z", "2006-06-30T24:00:00Z"])(
    "--at %s (no offset, or no such instant) is refused with exit 2 by every command, in any TZ",
    async (at) => {
      for (const timeZone of ["UTC", "America/Los_Angeles"]) {
        for (const answer of await answers(at, timeZone)) {
          expect(answer.startsWith("2 ")).toBe(true);
          expect(answer).toContain('"code":"InvalidInstant"');
        }
      }
    },
  );
});
