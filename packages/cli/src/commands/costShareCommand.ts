import type * as CsvStringify from "csv-stringify/sync";
import * as Result from "effect/Result";
import { formatMoney, type TaggedErrorLike } from "@unsms/core";
import * as CostSharing from "@unsms/cost-sharing";
import { readCostShareRequest } from "@unsms/cost-sharing/schema";
import type { CommandContext } from "../CommandContext";
import type { Outcome } from "../Outcome";
import { csvParseError } from "../internal/csvParseError";
import { InputError, UsageError } from "../internal/CliError";
import { renderTable } from "../internal/renderTable";
import { commandModule } from "../internal/commandModule";

interface CostShareOptions {
  readonly input?: string;
  readonly csv?: string;
  readonly total?: string;
  readonly currency?: string;
  readonly minimum?: string;
  readonly csvOut?: boolean;
  readonly explain?: boolean;
}

/** Options that only mean something with --total (a request built from participants alone). */
const TOTAL_ONLY = [
  ["currency", "--currency"],
  ["minimum", "--minimum"],
] as const;

/** What a full JSON request carries itself, so that --total must not also be given. */
const REQUEST_KEYS = ["total", "currency", "formula"] as const;

const conflict = (options: CostShareOptions): UsageError | undefined => {
  if (options.csv !== undefined && options.input !== undefined) {
    return new UsageError({ message: "--csv and --input are two sources of participants: give one of them" });
  }
  if (options.total === undefined) {
    const stray = TOTAL_ONLY.find(([key]) => options[key] !== undefined);
    if (stray !== undefined)
      return new UsageError({ message: `${stray[1]} goes with --total (a JSON request carries its own ${stray[0]})` });
  }
  return undefined;
};

/**
 * `--total` with a JSON input: the input only brings the participants, e.g. the answer of
 * `unsms presence headcounts --json` (`{"asOf", "rule", "participants": [{"id", "headcount"}]}`).
 * A full request (with its own total, currency or formula) and --total together are refused.
 */
const participantsRequest = async (
  context: CommandContext,
  options: CostShareOptions,
): Promise<Result.Result<unknown, TaggedErrorLike>> => {
  const input = await context.readJsonInput(options.input);
  if (Result.isFailure(input)) return input;
  const json = input.success;
  const record =
    typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  const own = REQUEST_KEYS.find((key) => record !== undefined && Object.hasOwn(record, key));
  if (own !== undefined) {
    return Result.fail(
      new UsageError({
        message: `the input is a whole request with its own ${own}: drop --total, or give an input that only brings participants`,
      }),
    );
  }
  const participants =
    record !== undefined && Object.hasOwn(record, "participants") ? record["participants"] : undefined;
  if (participants === undefined) {
    return Result.fail(
      new InputError({
        message: "with --total the input must hold participants, e.g. the output of `unsms presence headcounts --json`",
        path: "$.participants",
        expected: "an array of {id, headcount}",
        received: "nothing",
      }),
    );
  }
  return Result.succeed({
    currency: options.currency ?? "USD",
    total: options.total,
    participants,
    ...(options.minimum === undefined ? {} : { formula: { kind: "floor", minimum: options.minimum } }),
  });
};

const csvRequest = async (
  context: CommandContext,
  options: CostShareOptions,
): Promise<Result.Result<unknown, TaggedErrorLike>> => {
  const path = options.csv ?? "";
  if (options.total === undefined) {
    return Result.fail(
      new InputError({
        message: "--csv needs --total, e.g. --total 400000000.00",
        path: "--total",
        expected: "a decimal amount",
        received: "nothing",
      }),
    );
  }
  const text = await context.readTextFile(path, "--csv");
  if (Result.isFailure(text)) return text;
  // loaded only for --csv, as csv-stringify only for --csv-out: the JSON path stays light
  const { parse } = await import("csv-parse/sync");
  let rows: Array<Record<string, string>>;
  try {
    // a leading byte order mark is dropped, as in a JSON request
    rows = parse<Record<string, string>>(text.success, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (cause) {
    return Result.fail(csvParseError(cause, path, "--csv"));
  }
  const participants = new Array<{ id: string | undefined; headcount: unknown }>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, string>;
    const headcount = row["headcount"];
    participants[i] = {
      id: row["id"],
      headcount: headcount !== undefined && /^-?[0-9]+$/.test(headcount) ? Number(headcount) : headcount,
    };
  }
  return Result.succeed({
    currency: options.currency ?? "USD",
    total: options.total,
    participants,
    ...(options.minimum === undefined ? {} : { formula: { kind: "floor", minimum: options.minimum } }),
  });
};

/**
 * A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return first) gets a leading apostrophe, which spreadsheets show as text (OWASP, "CSV
 * Injection"); numbers, negative amounts included, are left as they are.
 */
const neutralize = (cell: string): string =>
  /^[=+\-@\t\r]/.test(cell) && !/^-?[0-9]+(\.[0-9]+)?$/.test(cell) ? `'${cell}` : cell;

const toCsv = (
  stringify: typeof CsvStringify.stringify,
  response: CostSharing.CostShareResponse,
  explain: boolean,
): string =>
  stringify([
    [
      "id",
      "headcount",
      "amount",
      "currency",
      "percentage",
      "basis",
      ...(explain ? ["quota_minor_units", "remainder_rank", "leftover_unit"] : []),
    ],
    ...response.shares.map((share) =>
      [
        share.id,
        String(share.headcount),
        share.amount,
        response.currency,
        share.percentage,
        share.basis,
        ...(explain
          ? [
              share.explanation?.quota ?? "",
              String(share.explanation?.remainderRank ?? ""),
              share.explanation?.leftoverUnit === true ? "yes" : "no",
            ]
          : []),
      ].map(neutralize),
    ),
  ]);

const toText = (
  response: CostSharing.CostShareResponse,
  answer: CostSharing.CostShareAnswer,
  explain: boolean,
): string => {
  const table = renderTable(
    ["id", "headcount", `amount (${response.currency})`, "%", "basis", ...(explain ? ["leftover unit"] : [])],
    response.shares.map((share) => [
      share.id,
      String(share.headcount),
      share.amount,
      share.percentage,
      share.basis,
      ...(explain ? [share.explanation?.leftoverUnit === true ? "yes" : ""] : []),
    ]),
  );
  const head = `Total ${response.currency} ${response.total} shared among ${response.shares.length} participants (largest remainder, ties by id)\n\n`;
  const funding = answer.funding;
  if (funding === undefined) return head + table;
  const code = response.currency;
  const summary = funding.hasGap
    ? `funding gap ${code} ${formatMoney(funding.gap)}`
    : funding.surplus.minorUnits > 0n
      ? `no funding gap, surplus ${code} ${formatMoney(funding.surplus)}`
      : "no funding gap";
  const rows = funding.rows.filter((row) => row.arrears.minorUnits > 0n || row.overpaid.minorUnits > 0n);
  return (
    head +
    table +
    `\nDue ${formatMoney(funding.due)}, received ${formatMoney(funding.received)}: ${summary}\n` +
    (rows.length === 0
      ? ""
      : renderTable(
          ["id", "due", "paid", "arrears", "overpaid"],
          rows.map((row) => [
            row.id,
            formatMoney(row.due),
            formatMoney(row.paid),
            formatMoney(row.arrears),
            formatMoney(row.overpaid),
          ]),
        ))
  );
};

/**
 * `unsms cost-share`: apportions a total among participants by headcount, exactly to the
 * cent (largest remainder), from a JSON request (`--input` or stdin) or a CSV of
 * headcounts (`--csv FILE --total AMOUNT [--currency USD] [--minimum AMOUNT]`), or a JSON
 * input that only brings the participants with `--total` (the pipeline `unsms presence
 * headcounts --json | unsms cost-share --total AMOUNT`). Prints the
 * JSON contract with `--json` (written in chunks, no table rendered), a spreadsheet-friendly
 * CSV with `--csv-out`, a table otherwise; `--explain` adds why each share is what it is.
 * Exit 1 when payments leave a funding gap (an overpayment is a surplus: exit 0).
 *
 * @internal
 */
export const costShareCommand = commandModule("cost-share", (costShare, context) => {
  costShare
    .option("--input <file>", "the JSON request (see `unsms schema cost-share`); stdin when absent")
    .option("--csv <file>", "a CSV of headcounts with the columns id,headcount, instead of --input")
    .option(
      "--total <amount>",
      "with --csv, or with a JSON input that only brings participants (e.g. `unsms presence headcounts --json`): the total to share, e.g. 400000000.00",
    )
    .option("--currency <code>", "with --total: the currency (default USD)")
    .option("--minimum <amount>", "with --total: use the floor formula with this minimum, e.g. 75000.00")
    .option("--csv-out", "print the shares as CSV (spreadsheet-friendly)")
    .option("--explain", "explain every share: exact quota, remainder, its rank, leftover unit")
    .action(async (options: CostShareOptions) => {
      const refused = conflict(options);
      if (refused !== undefined) return context.fail(refused);
      const input =
        options.csv !== undefined
          ? await csvRequest(context, options)
          : options.total !== undefined
            ? await participantsRequest(context, options)
            : await context.readJsonInput(options.input);
      const explain = options.explain === true;
      const csv = options.csvOut === true ? await import("csv-stringify/sync") : undefined;
      return context.respond(Result.gen(() => costShareOutcome(input, explain, csv)));
    });
});

/** The steps of {@link costShareCommand} once its input is read. */
function* costShareOutcome(
  input: Result.Result<unknown, TaggedErrorLike>,
  explain: boolean,
  csv: typeof CsvStringify | undefined,
) {
  const request = yield* readCostShareRequest(yield* input);
  const value = yield* CostSharing.answerCostShare(request, { explain });
  return {
    exitCode: value.funding?.hasGap === true ? 1 : 0,
    json: undefined,
    // an answer answerCostShare gave always converts, to chunks and to the response alike
    jsonChunks: {
      [Symbol.iterator]: () => Result.getOrThrow(CostSharing.costShareJsonChunks(value))[Symbol.iterator](),
    },
    text: () => {
      const response = Result.getOrThrow(CostSharing.toCostShareResponse(value));
      return csv !== undefined ? toCsv(csv.stringify, response, explain) : toText(response, value, explain);
    },
  } satisfies Outcome;
}
