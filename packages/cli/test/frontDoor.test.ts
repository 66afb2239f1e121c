import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { buildHostile, hostileRecipe } from "../../../tools/vitest/hostile";
import { run } from "@unsms/cli";
import { commandGroups } from "../src/commands/commandModules";
import { buildProgram } from "../src/internal/buildProgram";
import { commandName } from "../src/internal/commandName";
import { integerOption } from "../src/internal/integerOption";
import { makeContext } from "../src/internal/makeContext";
import { example } from "./support/example";
import { fakeIo } from "./support/fakeIo";

const errorOf = (stderr: string) => (JSON.parse(stderr) as { error: { code: string; message: string } }).error;

describe("the front door", () => {
  it("--json is honoured with no command and with a group without its subcommand", async () => {
    for (const [args, names] of [
      [["--json"], ['"schema"', '"risk"', '"pass"', '"cost-share"']],
      [
        ["pass", "--json"],
        ['"keygen"', '"issue"', '"verify"'],
      ],
      [
        ["--json", "risk"],
        ['"matrix"', '"assess"'],
      ],
    ] as const) {
      const { io, stdout, stderr } = fakeIo();
      expect(await run(args, io)).toBe(2);
      expect(stdout()).toBe("");
      const error = errorOf(stderr());
      expect(error.code).toBe("UsageError");
      expect(error.message).toMatch(/^missing command/);
      for (const name of names) expect(error.message).toContain(name);
    }
  });

  it("`--json help nosuch` says the command is unknown and lists the commands (exit 2)", async () => {
    const { io, stdout, stderr } = fakeIo();
    expect(await run(["--json", "help", "nosuch"], io)).toBe(2);
    expect(stdout()).toBe("");
    const error = errorOf(stderr());
    expect(error.code).toBe("UsageError");
    expect(error.message).toMatch(/^unknown command "nosuch": expected one of "schema", "report", /);
    expect(error.message).toContain('"pass"');
  });

  it("without --json a group without its subcommand still prints its help (exit 2)", async () => {
    const { io, stderr } = fakeIo();
    expect(await run(["pass"], io)).toBe(2);
    expect(stderr()).toContain("keygen");
  });

  it("a subcommand's --help shows the global options", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["risk", "assess", "--help"], io)).toBe(0);
    expect(stdout()).toContain("Global Options");
    expect(stdout()).toContain("--json");
  });

  it("integer options are decimal digits only: '', 0x3, 1e0, 3.0, ' 3' are usage errors (exit 2)", async () => {
    for (const value of ["", "0x3", "1e0", "3.0", " 3", "+3", "-0", "9007199254740993"]) {
      expect(() => integerOption(value)).toThrow(/expected an integer/);
      const { io, stderr } = fakeIo();
      expect(await run(["staffing", "summary", "--decimals", value, "--json"], io)).toBe(2);
      expect(errorOf(stderr()).code).toBe("UsageError");
    }
    expect([integerOption("0"), integerOption("3"), integerOption("-12")]).toEqual([0, 3, -12]);
  });

  it("finds the command a line names before parsing it", () => {
    expect(commandName(["--json", "risk", "assess"])).toBe("risk");
    expect(commandName(["help", "pass"])).toBe("pass");
    expect(commandName(["--help"])).toBeUndefined();
    expect(commandName(["--", "risk"])).toBeUndefined();
  });

  it("each group's module fills in the commands its group lists, and adds no other top-level command", async () => {
    const listed = commandGroups.flatMap((group) => group.commands);
    for (const group of commandGroups) {
      const state = { exitCode: 0, json: false };
      const program = await buildProgram(
        makeContext(fakeIo().io, state),
        state,
        commandGroups,
        [],
        group.commands[0]?.name,
      );
      expect(program.commands.map((command) => ({ name: command.name(), description: command.description() }))).toEqual(
        listed,
      );
      for (const { name } of group.commands) {
        const command = program.commands.find((candidate) => candidate.name() === name);
        expect(
          command?.commands.length || command?.options.length || command?.registeredArguments.length,
          name,
        ).toBeGreaterThan(0);
      }
    }
  });

  it("`unsms help GROUP` loads the group and lists its subcommands", async () => {
    const { io, stdout } = fakeIo();
    expect(await run(["help", "compliance"], io)).toBe(0);
    expect(stdout()).toContain("score");
  });
});

describe("run never throws", () => {
  test.prop([hostileRecipe])("whatever the arguments (hostile values), run resolves to 2 or less", async (recipe) => {
    const { io } = fakeIo();
    const code = await run(buildHostile(recipe) as ReadonlyArray<string>, io);
    expect([0, 1, 2]).toContain(code);
  });

  it("a size limit that is not a number >= 0 is the default one, read at once", async () => {
    // an array of 2^32 - 1 items was joined into 4 billion commas by each comparison (minutes)
    const huge: Array<unknown> = [1];
    huge.length = 2 ** 32 - 1;
    for (const maxInputBytes of [huge, Number.NaN, -1, "5"]) {
      const { io, stdout } = fakeIo({ "in.json": example("risk/register.json") });
      const code = await run(["risk", "assess", "--input", "in.json", "--json"], {
        ...io,
        maxInputBytes: maxInputBytes as number,
      });
      expect([code, stdout().length > 0]).toEqual([0, true]);
    }
  });

  test.prop([
    hostileRecipe,
    fc.constantFrom("stdout", "stderr", "readStdin", "readFile", "maxInputBytes", "stdinIsTTY"),
  ])("whatever one member of the CliIo is (hostile values), run resolves to an exit code", async (recipe, member) => {
    const { io } = fakeIo({ "in.json": "{}" }, "[]");
    const hostileIo = { ...io, [member]: buildHostile(recipe) };
    for (const args of [
      ["schema", "--json"],
      ["risk", "assess", "--input", "in.json"],
      ["pass", "--json"],
      ["staffing", "coverage"],
    ]) {
      expect([0, 1, 2]).toContain(await run(args, hostileIo));
    }
  });
});
