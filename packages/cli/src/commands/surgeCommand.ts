import * as Result from "effect/Result";
import { Surge } from "@unsms/sdk";
import { inputAction, type DecodedInput } from "../internal/inputAction";
import { renderTable } from "../internal/renderTable";
import { commandModule } from "../internal/commandModule";

const planText = (plan: Surge.SurgePlan, destination: string): string => {
  const head = `Deployment to ${destination}, arrival by ${plan.arriveBy.toISOString()} (A/61/531 ¶50: 24 to 48 hours)\n\n`;
  const selected =
    plan.selected.length === 0
      ? "No officer can be sent.\n"
      : renderTable(
          ["need", "officer", "from", "hours", "arrives"],
          plan.selected.map((s) => [
            s.need,
            s.officer,
            s.homeStation,
            String(s.travelHours),
            s.arrivesAt.toISOString(),
          ]),
        );
  const unmet =
    plan.unmet.length === 0
      ? "\nEvery need is met.\n"
      : `\n${plan.unmet.length === 1 ? "1 need" : `${plan.unmet.length} needs`} unmet:\n${plan.unmet.map((u) => `- ${u.message}`).join("\n")}\n`;
  return head + selected + unmet;
};

const deploymentPlan = (input: DecodedInput<"surge-plan">) => Result.gen(() => deploymentOutcome(input));

/** The steps of {@link deploymentPlan}. */
function* deploymentOutcome(input: DecodedInput<"surge-plan">) {
  const { roster, request, catalogue } = yield* input;
  const plan = yield* Surge.planDeployment(roster, request, catalogue === undefined ? {} : { catalogue });
  return {
    exitCode: plan.unmet.length === 0 ? (0 as const) : (1 as const),
    json: { selected: plan.selected, unmet: plan.unmet },
    text: planText(plan, request.destination),
  };
}

const crisisCentre = (input: DecodedInput<"surge-crisis-centre">) => Result.gen(() => crisisCentreOutcome(input));

/** The steps of {@link crisisCentre}. */
function* crisisCentreOutcome(input: DecodedInput<"surge-crisis-centre">) {
  const decoded = yield* input;
  const { officers, coverage } = yield* Surge.crisisCentreStaffing(decoded);
  return {
    exitCode: 0 as const,
    json: {
      positions: coverage.need.positions,
      officers,
      officersNeeded: coverage.need.officersNeeded,
      officersShort: coverage.officersShort,
      overtimeHoursPerWeek: coverage.overtimeHoursPerWeek,
      contributors: decoded.contributors,
    },
    text:
      `Crisis coordination centre: ${coverage.need.positions} desks held 24/7 with ${coverage.need.shiftHours}-hour shifts\n` +
      `officers on the roster ${officers}, needed ${coverage.need.officersNeeded}, short ${coverage.officersShort}, ` +
      `overtime ${coverage.overtimeHoursPerWeek.approx} hours a week\n`,
  };
}

/**
 * `unsms surge plan | crisis-centre`: deployment plans from the standby roster (A/61/531
 * ¶50) and the crisis coordination centre's round-the-clock staffing (¶48, ¶51).
 *
 * @internal
 */
export const surgeCommand = commandModule("surge", (group, context) => {
  group
    .command("plan")
    .description(
      "pick the standby officers able to arrive in time and list every unmet need; exit 1 when a need is unmet",
    )
    .option(
      "--input <file>",
      'JSON {"roster": […], "request": {…}, "catalogue"?: […]} (default: standard input); see `unsms schema surge-plan`',
    )
    .action(inputAction(context, "surge-plan", deploymentPlan));
  group
    .command("crisis-centre")
    .description("the officers the crisis coordination centre's 24/7 desks need, against its contributors' roster")
    .option(
      "--input <file>",
      "JSON {positions, policy, contributors} (default: standard input); see `unsms schema surge-crisis-centre`",
    )
    .action(inputAction(context, "surge-crisis-centre", crisisCentre));
});
