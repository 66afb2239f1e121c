import type { CommandGroup } from "../internal/CommandGroup";

/**
 * The commands of `unsms`, in the order `--help` lists them. Each package's commands live
 * in their own file under `commands/`, imported (with the domain package and zod behind
 * it) only when one of its commands runs: add a file's group here, with the names and
 * descriptions of its top-level commands — written only here: the module finds each
 * command made (`topCommand`) and adds its subcommands and options (a test checks that
 * a module adds no other top-level command).
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
      {
        name: "report",
        description:
          "the report A/61/531 in figures, each reconciled: staffing, Table 1, the 391 new posts, cost-sharing and the gap, accountability, risk, passes",
      },
      {
        name: "pictures",
        description:
          "write the report's pictures as SVG files (org chart, risk matrix, accountability graph, duty stations, cost-sharing)",
      },
    ],
    load: async () => (await import("./reportCommand")).reportCommand,
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
    ],
    load: async () => (await import("./staffingCommand")).staffingCommand,
  },
  {
    commands: [{ name: "reference", description: "print the report's reference data with its citations" }],
    load: async () => {
      const [{ referenceCommand }, { referenceStaffingCommand }] = await Promise.all([
        import("./referenceCommand"),
        import("./staffingCommand"),
      ]);
      return {
        register: (program, context) => {
          referenceCommand.register(program, context);
          referenceStaffingCommand.register(program, context);
        },
      };
    },
  },
  {
    commands: [
      {
        name: "pass",
        description: "grounds passes: keys, issuance, pass cards, offline verification and scanning, revocation lists",
      },
    ],
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
  {
    commands: [
      {
        name: "presence",
        description: "who is where: census, changes, evacuation lists and cost-sharing headcounts (A/61/531 ¶25)",
      },
    ],
    load: async () => (await import("./presenceCommand")).presenceCommand,
  },
  {
    commands: [
      {
        name: "equipment",
        description: "the central register of specialized security equipment and readiness gaps (A/61/531 ¶35, ¶47)",
      },
    ],
    load: async () => (await import("./equipmentCommand")).equipmentCommand,
  },
  {
    commands: [
      {
        name: "surge",
        description:
          "surge capacity (A/61/531 ¶48–51): deployment plans from the standby roster, the crisis centre's 24/7 staffing",
      },
    ],
    load: async () => (await import("./surgeCommand")).surgeCommand,
  },
  {
    commands: [
      {
        name: "training",
        description:
          "security training and certification (A/61/531 ¶22–23): the course catalogue, certification checks",
      },
    ],
    load: async () => (await import("./trainingCommand")).trainingCommand,
  },
];
