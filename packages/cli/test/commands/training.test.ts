import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { unsmsOver } from "../support/unsms";
import { expectError } from "../support/expectError";

const examples = fileURLToPath(new URL("../../../../docs/examples/training/", import.meta.url));
const records = readFileSync(`${examples}records.json`, "utf8");
const files = {
  "records.json": records,
  "typo-role.json": JSON.stringify({ ...(JSON.parse(records) as object), role: "chief-security-advisor" }),
};

const unsms = unsmsOver(files);

/** `unsms training check --json` over the sample records, judged at `at`. */
const check = (at: string) => unsms("training", "check", "--input", "records.json", "--at", at, "--json");

describe("unsms training", () => {
  test("courses lists the report's courses with their lengths", async () => {
    const { code, stdout } = await unsms("training", "courses", "--json");
    expect(code).toBe(0);
    const courses = JSON.parse(stdout).courses as Array<{ id: string; lengthWeeks: number | null }>;
    expect(courses.find((course) => course.id === "security-adviser-certification")?.lengthWeeks).toBe(3);
    const text = await unsms("training", "courses");
    expect(text.stdout).toContain("security-adviser-refresher");
  });

  test("check: lea may not be appointed chief security adviser (exit 1), sam and omar may", async () => {
    const { code, stdout } = await check("2006-07-01T00:00:00Z");
    expect(code).toBe(1);
    const body = JSON.parse(stdout) as {
      at: string;
      role: string;
      people: Array<{ person: string; allowed: boolean; missing: Array<{ course: string; status: string }> }>;
    };
    expect(body.role).toBe("chief-security-adviser");
    expect(body.people.map((p) => [p.person, p.allowed])).toEqual([
      ["sam", true],
      ["lea", false],
      ["omar", true],
    ]);
    expect(body.people[1]?.missing).toMatchObject([
      { course: "security-adviser-certification", status: "not-completed" },
    ]);
  });

  test("before sam's certification (24 March 2006) sam may not be appointed either", async () => {
    const { stdout } = await check("2006-03-20T00:00:00+03:00");
    expect(JSON.parse(stdout).people[0]).toMatchObject({ person: "sam", allowed: false });
  });

  test("a misspelt role is bad input (exit 2) naming the known roles, never an appointment of everyone", async () => {
    const { code, stdout, stderr } = await unsms(
      "training",
      "check",
      "--input",
      "typo-role.json",
      "--at",
      "2006-07-01T00:00:00Z",
      "--json",
    );
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expectError(stderr, "DecodeError", ["$.role"]);
    expect(JSON.parse(stderr).error.issues[0].expected).toBe('one of "chief-security-adviser", "security-adviser"');
  });

  test("--at without an offset is bad input: exit 2", async () => {
    const { code, stderr } = await check("2006-07-01T00:00:00");
    expect(code).toBe(2);
    expectError(stderr, "InvalidInstant", ["--at"]);
  });
});
