import type { Command } from "commander";
import * as Result from "effect/Result";
import type { CommandContext } from "../CommandContext";
import { InputError, UsageError } from "../internal/CliError";
import type { CardPhoto } from "./passCard/cardLayout";
import { fileError } from "../internal/fileError";
import type { TaggedErrorLike } from "@unsms/sdk";
import { type Issued, issueFromOptions, type IssueOptions, readBytes, refusedOutcome } from "./passSupport";

/** The largest photo a card takes: 2 MiB. @internal */
const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

const photoType = (bytes: Uint8Array): CardPhoto["mime"] | undefined =>
  bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47
    ? "image/png"
    : bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
      ? "image/jpeg"
      : undefined;

/** The card photo of a file's bytes: a PNG or JPEG of at most 2 MiB, else an exit-2 error naming the file. */
const photoOf = (path: string, bytes: Uint8Array): Result.Result<CardPhoto, InputError> => {
  const mime = photoType(bytes);
  return bytes.length <= MAX_PHOTO_BYTES && mime !== undefined
    ? Result.succeed({ mime, bytes })
    : Result.fail(
        new InputError({
          message: `${path}: the photo must be a PNG or JPEG of at most 2 MiB`,
          path,
          expected: "a PNG or JPEG of at most 2 MiB",
          received: `${bytes.length} bytes${mime === undefined ? ", not PNG or JPEG" : ""}`,
        }),
      );
};

interface CardOptions extends IssueOptions {
  readonly photo?: string;
  readonly format: string;
  readonly output?: string;
}

/**
 * `unsms pass card`: issues a pass from a request and draws its card — ID-1 size, the
 * category's colour and name, the holder, duty station, zones, validity, serial and the QR
 * code of the signed token — as SVG (deterministic), PDF or PNG. The renderers load only
 * when the command runs.
 *
 * @internal
 */
export const passCardCommand = (pass: Command, context: CommandContext): void => {
  pass
    .command("card")
    .description(
      "issue a pass from a request and draw its printable card (ID-1, 85.60 x 53.98 mm) with the QR code of its signed token: svg, pdf or png",
    )
    .option("--input <file>", "the request JSON (default: standard input)")
    .requiredOption("--key <file>", "the pass office's private key (PEM)")
    .option("--photo <file>", "the holder's photo (PNG or JPEG, at most 2 MiB)")
    .option("--format <format>", "svg, pdf or png", "svg")
    .option("--output <file>", "where to write the card (required for pdf and png; default for svg: standard output)")
    .option("--serial <id>", "the pass serial (default: P- and the issuing time)")
    .option("--at <iso-time>", "the issuing time, RFC 3339 with an offset (default: now)")
    .option("--policy <file>", "an agency pass policy JSON (default: the unsms default policy)")
    .option("--register <file>", "the pass register JSON, to apply the passes-per-organization limits")
    .action(async (options: CardOptions) => {
      const photoBytes = options.photo === undefined ? undefined : await readBytes(context, options.photo, "--photo");
      const issuedOutcome = await issueFromOptions(context, options);
      const ready = Result.gen(() => cardInputs(options, photoBytes, issuedOutcome));
      if (Result.isFailure(ready)) return context.respond(ready);
      const { photo, issued } = ready.success;
      if (!issued.issued) return context.succeed(refusedOutcome(issued));
      const { pass, token, policy } = issued;
      const content = { pass, token, photo, label: policy.categories[pass.category].label };
      const { renderCardSvg } = await import("./passCard/renderCardSvg");
      const svg = renderCardSvg(content);
      let data: string | Uint8Array = svg;
      if (options.format === "png") data = (await import("./passCard/renderCardPng")).renderCardPng(svg);
      if (options.format === "pdf") data = await (await import("./passCard/renderCardPdf")).renderCardPdf(content);
      if (options.output !== undefined) {
        try {
          await context.io.writeFile(options.output, data);
        } catch (cause) {
          return context.fail(
            fileError({ action: "write", source: JSON.stringify(options.output), flag: "--output", cause }),
          );
        }
      }
      return context.succeed({
        exitCode: 0,
        json: {
          pass,
          token,
          format: options.format,
          output: options.output ?? null,
          ...(options.output === undefined ? { svg } : {}),
        },
        text:
          options.output === undefined
            ? svg
            : `card of pass ${pass.id} (${options.format}) written to ${options.output}\n`,
      });
    });
};

/** The checked options, photo and pass of {@link passCardCommand}. */
function* cardInputs(
  options: CardOptions,
  photoBytes: Result.Result<Uint8Array, InputError> | undefined,
  issuedOutcome: Result.Result<Issued, TaggedErrorLike>,
) {
  if (!["svg", "pdf", "png"].includes(options.format))
    return yield* Result.fail(
      new UsageError({ message: `--format must be svg, pdf or png (got ${JSON.stringify(options.format)})` }),
    );
  if (options.format !== "svg" && options.output === undefined)
    return yield* Result.fail(
      new UsageError({ message: `--format ${options.format} writes binary data: give --output FILE` }),
    );
  const photo = photoBytes === undefined ? undefined : yield* photoOf(options.photo ?? "", yield* photoBytes);
  return { photo, issued: yield* issuedOutcome };
}
