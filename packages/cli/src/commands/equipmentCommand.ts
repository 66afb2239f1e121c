import * as Result from "effect/Result";
import { Equipment } from "@unsms/sdk";
import { inputAction, type DecodedInput } from "../internal/inputAction";
import { renderTable } from "../internal/renderTable";
import { commandModule } from "../internal/commandModule";

const readiness = (input: DecodedInput<"equipment">) => Result.gen(() => readinessOutcome(input));

/** The steps of {@link readiness}. */
function* readinessOutcome(input: DecodedInput<"equipment">) {
  const { register, kit, dutyStations } = yield* input;
  const r = yield* Equipment.readinessGaps(register, kit, dutyStations === undefined ? {} : { dutyStations });
  const json = { stations: r.stations.map((s) => ({ dutyStation: s.dutyStation, gaps: s.gaps })) };
  const text =
    `Readiness against ${JSON.stringify(r.kit)}: ${r.stations.length - r.notReady} of ${r.stations.length} duty stations ready (A/61/531 ¶35)\n\n` +
    renderTable(
      ["duty station", "item", "required", "ready", "short", "held, not ready"],
      r.stations.flatMap((s) =>
        s.gaps.length === 0
          ? [[s.dutyStation, "(ready)", "", "", "", ""]]
          : s.gaps.map((g) => [
              s.dutyStation,
              g.item,
              String(g.required),
              String(g.ready),
              String(g.short),
              Object.entries(g.notReady)
                .map(([state, n]) => `${n} ${state}`)
                .join(", "),
            ]),
      ),
    );
  return { exitCode: r.notReady > 0 ? (1 as const) : (0 as const), json, text };
}

const summary = (input: DecodedInput<"equipment">) => Result.gen(() => summaryOutcome(input));

/** The steps of {@link summary}. */
function* summaryOutcome(input: DecodedInput<"equipment">) {
  const { register, standardList } = yield* input;
  const s = yield* Equipment.summarizeRegister(register);
  const c = yield* Equipment.checkStandardItems(register, standardList ?? Equipment.standardEquipmentList);
  const text =
    `Central register (A/61/531 ¶35): ${s.total.quantity} items at ${s.stations} duty stations, ${s.total.serviceable} serviceable, ${s.total.standard} of standard items\n\n` +
    renderTable(
      ["category", "quantity", "serviceable", "standard"],
      s.byCategory.map((row) => [row.category, String(row.quantity), String(row.serviceable), String(row.standard)]),
    ) +
    `\nStandard list: ${c.list} — ${c.listed} items listed${c.listed === 0 ? " (¶47 gives about 44 items, not which: pass standardList)" : ""}, ${c.held} held\n` +
    (c.unlisted.length === 0 ? "" : `marked standard but not listed: ${c.unlisted.join(", ")}\n`) +
    (c.unmarked.length === 0 ? "" : `listed but marked non-standard: ${c.unmarked.join(", ")}\n`) +
    (c.miscategorized.length === 0 ? "" : `category differs from the list: ${c.miscategorized.join(", ")}\n`);
  return { exitCode: 0 as const, json: { summary: s, standard: c }, text };
}

/**
 * `unsms equipment readiness | summary`: the central register of specialized equipment and
 * the readiness of each duty station against a kit (A/61/531 ¶35, ¶47).
 *
 * @internal
 */
export const equipmentCommand = commandModule("equipment", (equipment, context) => {
  equipment
    .command("readiness")
    .description(
      "the gaps of each duty station against the required kit (at most 100 000); exit 1 when a station is not ready",
    )
    .option("--input <file>", "register and kit (unsms schema equipment); - or absent for standard input")
    .action(inputAction(context, "equipment", readiness));
  equipment
    .command("summary")
    .description(
      "the register by category (quantity, serviceable, of standard items), and its standard marks against the standard list",
    )
    .option("--input <file>", "register and standard list (unsms schema equipment); - or absent for standard input")
    .action(inputAction(context, "equipment", summary));
});
