import type { CommandGroup } from "../internal/CommandGroup";

/**
 * The commands of `unsms`, in the order `--help` lists them. Each package's commands live
 * in their own file under `commands/`, imported (with the domain package and zod behind
 * it) only when one of its commands runs: add a file's group here, with the names and
 * descriptions its module gives its top-level commands (a test checks they agree).
 *
 * @internal
 */
export const commandGroups: ReadonlyArray<CommandGroup> = [
  {
    commands: [{ name: "schema", description: "print the JSON Schema of an input (without NAME: list the names)" }],
    load: async () => (await import("./schemaCommand")).schemaCommand,
  },
  {
    commands: [
      { name: "risk", description: "security risk management: risk matrices and risk registers" },
      { name: "compliance", description: "MOSS / H-MOSS compliance" },
    ],
    load: async () => (await import("./riskCommand")).riskCommand,
  },
  {
    commands: [
      {
        name: "accountability",
        description:
          "the framework of accountability (A/61/531, Annex I): roles, chains, and checks of a duty station's arrangement",
      },
    ],
    load: async () => (await import("./accountabilityCommand")).accountabilityCommand,
  },
  {
    commands: [
      { name: "staffing", description: "posts, fill rates and round-the-clock coverage (A/61/531 ¶4–43, Annex II)" },
      { name: "reference", description: "print the report's reference data with its citations" },
    ],
    load: async () => (await import("./staffingCommand")).staffingCommand,
  },
  {
    commands: [{ name: "pass", description: "grounds passes: keys, issuance, offline verification, revocation lists" }],
    load: async () => (await import("./passCommand")).passCommand,
  },
  {
    commands: [
      {
        name: "cost-share",
        description: "share a total among participants by headcount, exact to the cent (A/61/531 ¶52–53)",
      },
    ],
    load: async () => (await import("./costShareCommand")).costShareCommand,
  },
];
