import * as Result from "effect/Result";
import type { CommandContext } from "../CommandContext";
import type { CommandModule } from "../CommandModule";
import { UsageError } from "../internal/CliError";
import { fileError } from "../internal/fileError";
import { renderPictures } from "../pictures/renderPictures";
import { buildReport } from "./report/buildReport";
import { renderReportHtml } from "./report/renderReportHtml";
import { renderReportMarkdown } from "./report/renderReportMarkdown";
import { renderReportText } from "./report/renderReportText";
import { topCommand } from "../internal/topCommand";

const formats = ["text", "md", "html", "json"] as const;
type Format = (typeof formats)[number];
const isFormat = (value: string): value is Format => (formats as ReadonlyArray<string>).includes(value);

/**
 * `unsms report [--format text|md|html|json]`: the report's story over the embedded
 * reference data, every figure computed by the SDK and checked against the report; and
 * `unsms pictures --out DIR`: the report's pictures as SVG files (the docs build uses it).
 *
 * @internal
 */
export const reportCommand: CommandModule = {
  register: (program, context) => {
    topCommand(program, "report")
      .option(
        "--format <format>",
        "text (80 columns; colour on a terminal unless NO_COLOR) | md | html (one self-contained file) | json",
        "text",
      )
      .action((options: { format: string }, command: { optsWithGlobals: () => { json?: boolean } }) => {
        // checked under --json too: an unknown format is a usage error whatever the output mode
        if (!isFormat(options.format))
          return context.fail(
            new UsageError({
              message: `--format must be one of ${formats.join(", ")}; got ${JSON.stringify(options.format)}`,
            }),
          );
        const format = command.optsWithGlobals().json === true ? "json" : options.format;
        return context.respond(Result.gen(() => reportOutcome(format, context)));
      });
    topCommand(program, "pictures")
      .requiredOption("--out <dir>", "the folder to write NAME.svg into (created when missing)")
      .action(async (options: { out: string }) => {
        const pictures = renderPictures();
        if (Result.isFailure(pictures)) return context.respond(pictures);
        const written: Array<string> = [];
        for (const [name, svg] of pictures.success) {
          const path = `${options.out.replace(/\/+$/, "")}/${name}.svg`;
          try {
            await context.io.writeFile(path, svg, { createFolders: true });
          } catch (cause) {
            return context.fail(fileError({ action: "write", source: JSON.stringify(path), flag: "--out", cause }));
          }
          written.push(path);
        }
        return context.succeed({ exitCode: 0, json: { written }, text: `${written.join("\n")}\n` });
      });
  },
};

/** The outcome of `unsms report`: the report in the format asked for. */
function* reportOutcome(format: Format, context: CommandContext) {
  const report = yield* buildReport();
  const text =
    format === "json"
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === "md"
        ? renderReportMarkdown(report)
        : format === "text"
          ? renderReportText(report, context.io.colour === true)
          : renderReportHtml(report, yield* renderPictures());
  return { exitCode: 0 as const, json: report, text };
}
