import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import * as Result from "effect/Result";
import { CostSharing, type TaggedErrorLike } from "@unsms/sdk";
import type { CommandModule } from "../CommandModule";
import type { CommandContext } from "../CommandContext";
import { InputError } from "../internal/CliError";
import { renderTable } from "../internal/renderTable";

interface CostShareOptions {
  readonly input?: string;
  readonly csv?: string;
  readonly total?: string;
  readonly currency?: string;
  readonly minimum?: string;
  readonly csvOut?: boolean;
}

const csvRequest = async (context: CommandContext, options: CostShareOptions): Promise<Result.Result<unknown, TaggedErrorLike>> => {
  const path = options.csv ?? "";
  if (options.total === undefined) {
    return Result.fail(new InputError({ message: "--csv needs --total, e.g. --total 400000000.00", path: "--total", expected: "a decimal amount", received: "nothing" }));
  }
  const text = await context.readTextFile(path);
  if (Result.isFailure(text)) return text;
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text.success, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<Record<string, string>>;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : "invalid CSV";
    return Result.fail(new InputError({ message: `${path} is not CSV: ${reason}`, path: "--csv", expected: "a CSV file with the columns id,headcount", received: JSON.stringify(path) }));
  }
  return Result.succeed({
    currency: options.currency ?? "USD",
    total: options.total,
    participants: rows.map((row) => ({
      id: row["id"],
      headcount: /^-?[0-9]+$/.test(row["headcount"] ?? "") ? Number(row["headcount"]) : row["headcount"],
    })),
    ...(options.minimum === undefined ? {} : { formula: { kind: "floor", minimum: options.minimum } }),
  });
};

/**
 * `--total` with a JSON input: the input only brings the participants, e.g. the answer of
 * `unsms presence headcounts --json` (`{"asOf", "rule", "participants": [{"id", "headcount"}]}`).
 */
const participantsRequest = async (context: CommandContext, options: CostShareOptions): Promise<Result.Result<unknown, TaggedErrorLike>> => {
  const input = await context.readJsonInput(options.input);
  if (Result.isFailure(input)) return input;
  const json = input.success;
  const participants = typeof json === "object" && json !== null && !Array.isArray(json) ? (json as { participants?: unknown }).participants : undefined;
  if (participants === undefined) {
    return Result.fail(
      new InputError({ message: "with --total the input must hold participants, e.g. the output of `unsms presence headcounts --json`", path: "$.participants", expected: "an array of {id, headcount}", received: "nothing" }),
    );
  }
  return Result.succeed({
    currency: options.currency ?? "USD",
    total: options.total,
    participants,
    ...(options.minimum === undefined ? {} : { formula: { kind: "floor", minimum: options.minimum } }),
  });
};

const toCsv = (response: CostSharing.CostShareResponse): string =>
  stringify([
    ["id", "headcount", "amount", "currency", "percentage", "basis", "quota_minor_units", "remainder_rank", "leftover_unit"],
    ...response.shares.map((share) => [
      share.id,
      share.headcount,
      share.amount,
      response.currency,
      share.percentage,
      share.basis,
      share.explanation.quota ?? "",
      share.explanation.remainderRank ?? "",
      share.explanation.leftoverUnit ? "yes" : "no",
    ]),
  ]);

const toText = (response: CostSharing.CostShareResponse): string => {
  const table = renderTable(
    ["id", "headcount", `amount (${response.currency})`, "%", "basis", "leftover unit"],
    response.shares.map((share) => [share.id, String(share.headcount), share.amount, share.percentage, share.basis, share.explanation.leftoverUnit ? "yes" : ""]),
  );
  const head = `Total ${response.currency} ${response.total} shared among ${response.shares.length} participants (largest remainder, ties by id)\n\n`;
  const funding =
    response.funding === undefined
      ? ""
      : `\nDue ${response.funding.due}, received ${response.funding.received}: funding gap ${response.currency} ${response.funding.gap}\n` +
        renderTable(
          ["id", "due", "paid", "arrears"],
          response.funding.arrears.filter((row) => /[1-9]/.test(row.arrears)).map((row) => [row.id, row.due, row.paid, row.arrears]),
        );
  return head + table + funding;
};

/**
 * `unsms cost-share`: apportions a total among participants by headcount, exactly to the
 * cent (largest remainder), from a JSON request (`--input` or stdin) or a CSV of
 * headcounts (`--csv FILE --total AMOUNT [--currency USD] [--minimum AMOUNT]`), or a JSON
 * input that only brings the participants with `--total` (the pipeline `unsms presence
 * headcounts --json | unsms cost-share --total AMOUNT`). Prints the
 * JSON contract with `--json`, a spreadsheet-friendly CSV with `--csv-out`, a table
 * otherwise. Exit 1 when payments leave a funding gap.
 *
 * @internal
 */
export const costShareCommand: CommandModule = {
  register: (program, context) => {
    program
      .command("cost-share")
      .description("share a total among participants by headcount, exact to the cent (A/61/531 ¶52–53)")
      .option("--input <file>", "the JSON request (see `unsms schema cost-share`); stdin when absent")
      .option("--csv <file>", "a CSV of headcounts with the columns id,headcount, instead of --input")
      .option("--total <amount>", "with --csv, or with a JSON input that only brings participants (e.g. `unsms presence headcounts --json`): the total to share, e.g. 400000000.00")
      .option("--currency <code>", "with --total: the currency (default USD)")
      .option("--minimum <amount>", "with --total: use the floor formula with this minimum, e.g. 75000.00")
      .option("--csv-out", "print the shares as CSV (spreadsheet-friendly)")
      .action(async (options: CostShareOptions) => {
        const input =
          options.csv !== undefined
            ? await csvRequest(context, options)
            : options.total !== undefined
              ? await participantsRequest(context, options)
              : await context.readJsonInput(options.input);
        if (Result.isFailure(input)) return context.respond(input);
        const response = Result.flatMap(CostSharing.readCostShareRequest(input.success), (request) => CostSharing.costShare(request));
        if (Result.isFailure(response)) return context.fail(response.failure);
        const answer = response.success;
        const gap = answer.funding !== undefined && /[1-9]/.test(answer.funding.gap);
        context.succeed({ exitCode: gap ? 1 : 0, json: answer, text: options.csvOut === true ? toCsv(answer) : toText(answer) });
      });
  },
};
