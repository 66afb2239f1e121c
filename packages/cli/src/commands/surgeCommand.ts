import * as Result from "effect/Result";
import { Surge } from "@unsms/sdk";
import { decodeInput } from "@unsms/sdk/schema";
import type { CommandModule } from "../CommandModule";
import { renderTable } from "../internal/renderTable";

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

/**
 * `unsms surge plan | crisis-centre`: deployment plans from the standby roster (A/61/531
 * ¶50) and the crisis coordination centre's round-the-clock staffing (¶48, ¶51).
 *
 * @internal
 */
export const surgeCommand: CommandModule = {
  register: (program, context) => {
    const group = program
      .command("surge")
      .description(
        "surge capacity (A/61/531 ¶48–51): deployment plans from the standby roster, the crisis centre's 24/7 staffing",
      );
    group
      .command("plan")
      .description(
        "pick the standby officers able to arrive in time and list every unmet need; exit 1 when a need is unmet",
      )
      .option(
        "--input <file>",
        'JSON {"roster": […], "request": {…}} (default: standard input); see `unsms schema surge-plan`',
      )
      .action(async (options: { input?: string }) => {
        const input = await context.readJsonInput(options.input);
        if (Result.isFailure(input)) return context.respond(input);
        const decoded = decodeInput("surge-plan", input.success);
        if (Result.isFailure(decoded)) return context.respond(decoded);
        const plan = Surge.planDeployment(decoded.success.roster, decoded.success.request);
        if (Result.isFailure(plan)) return context.respond(plan);
        return context.succeed({
          exitCode: plan.success.unmet.length === 0 ? 0 : 1,
          json: { selected: plan.success.selected, unmet: plan.success.unmet },
          text: planText(plan.success, decoded.success.request.destination),
        });
      });
    group
      .command("crisis-centre")
      .description("the officers the crisis coordination centre's 24/7 desks need, against its contributors' roster")
      .option(
        "--input <file>",
        "JSON {positions, policy, contributors} (default: standard input); see `unsms schema surge-crisis-centre`",
      )
      .action(async (options: { input?: string }) => {
        const input = await context.readJsonInput(options.input);
        if (Result.isFailure(input)) return context.respond(input);
        const decoded = decodeInput("surge-crisis-centre", input.success);
        if (Result.isFailure(decoded)) return context.respond(decoded);
        const staffing = Surge.crisisCentreStaffing(decoded.success);
        if (Result.isFailure(staffing)) return context.respond(staffing);
        const { officers, coverage } = staffing.success;
        return context.succeed({
          exitCode: 0,
          json: {
            positions: coverage.need.positions,
            officers,
            officersNeeded: coverage.need.officersNeeded,
            officersShort: coverage.officersShort,
            overtimeHoursPerWeek: coverage.overtimeHoursPerWeek,
            contributors: decoded.success.contributors,
          },
          text:
            `Crisis coordination centre: ${coverage.need.positions} desks held 24/7 with ${coverage.need.shiftHours}-hour shifts\n` +
            `officers on the roster ${officers}, needed ${coverage.need.officersNeeded}, short ${coverage.officersShort}, ` +
            `overtime ${coverage.overtimeHoursPerWeek.approx} hours a week\n`,
        });
      });
  },
};
