import type { Command } from "commander";
import * as Result from "effect/Result";
import type { AccessPass } from "@unsms/sdk";
import type { CommandContext } from "../CommandContext";
import { InputError } from "../internal/CliError";
import { pngDataFits } from "../internal/pngImageData";
import { MAX_SCAN_IMAGE_SIDE, pngSize } from "../internal/pngSize";
import type { TaggedErrorLike } from "@unsms/sdk";
import type { Outcome } from "../Outcome";
import type { Checkpoint } from "@unsms/access-pass/node";
import {
  type CheckpointOptions,
  checkAtGate,
  instantOption,
  readBytes,
  readCheckpoint,
  withCheckpointOptions,
} from "./passSupport";

/** The one line a guard reads for an admitted pass. @internal */
const admitLine = (claims: AccessPass.PassClaims): string =>
  `ADMIT ${claims.id}: ${claims.category}, ${claims.dutyStation}${claims.stationBound ? " only" : ""}, zones ${claims.zones.join(", ")}, ${claims.escortRequired ? "ESCORT REQUIRED" : "unescorted"}, valid until ${claims.validUntil}\n`;

/** The token of a scanned card (the QR code of a PNG), or of standard input. @internal */
const readToken = async (
  context: CommandContext,
  image: string | undefined,
): Promise<Result.Result<string, TaggedErrorLike>> => {
  if (image === undefined)
    return context.io.stdinIsTTY
      ? Result.fail(
          new InputError({
            message: "no card: give a PNG image or pipe the token on standard input",
            path: "image",
            expected: "a PNG or a token on stdin",
            received: "nothing",
          }),
        )
      : Result.map(await context.readTextFile(undefined, "image"), (text) => text.trim());
  const bytes = await readBytes(context, image, "image");
  if (Result.isFailure(bytes)) return Result.fail(bytes.failure);
  const png = bytes.success;
  const notPng = (): Result.Result<never, InputError> =>
    Result.fail(
      new InputError({
        message: `${image} is not a PNG image`,
        path: "image",
        expected: "a PNG image",
        received: `${png.length} bytes`,
      }),
    );
  // the size the header declares, checked before anything is decoded
  const size = pngSize(png);
  if (size === undefined) return notPng();
  if (size.width > MAX_SCAN_IMAGE_SIDE || size.height > MAX_SCAN_IMAGE_SIDE)
    return Result.fail(
      new InputError({
        message: `${image} is ${size.width} × ${size.height} pixels, larger than the ${MAX_SCAN_IMAGE_SIDE} × ${MAX_SCAN_IMAGE_SIDE} a scan decodes`,
        path: "image",
        expected: `a PNG of at most ${MAX_SCAN_IMAGE_SIDE} × ${MAX_SCAN_IMAGE_SIDE} pixels`,
        received: `${size.width} × ${size.height} pixels`,
      }),
    );
  // the image data inflated with the bound its header sets, interlaced or not, before the decoder inflates it
  const fits = pngDataFits(png);
  if (fits === "not-png") return notPng();
  if (fits !== "fits")
    return Result.fail(
      new InputError({
        message: `${image}'s image data inflates to more than the ${fits.tooLarge} bytes its ${size.width} × ${size.height} pixels take: not decoded`,
        path: "image",
        expected: `at most ${fits.tooLarge} bytes of image data`,
        received: "more",
      }),
    );
  const { scanPng } = await import("./passCard/scanPng");
  return Result.gen(() => scannedToken(scanPng(png), image, notPng));
};

/** The steps of {@link readToken} once the image is scanned: its QR code's text. */
function* scannedToken(
  scanned: { readonly text: string } | "none" | "invalid",
  image: string,
  notPng: () => Result.Result<never, InputError>,
) {
  if (scanned === "invalid") return yield* notPng();
  if (scanned === "none")
    return yield* Result.fail(
      new InputError({
        message: `no QR code found in ${image}`,
        path: "image",
        expected: "a pass card with its QR code",
        received: "no QR code",
      }),
    );
  return scanned.text;
}

/**
 * `unsms pass scan`: the gate. Reads the QR code of a scanned pass card (a PNG), or the
 * token from standard input, verifies it offline against the trust store and the revocation
 * list and prints the decision in one line: `ADMIT …` (exit 0, naming the revocation list's
 * issuing time and key, or saying revocation was not checked) or `REFUSE (reason): …` (exit
 * 1). A PNG is decoded only when its header declares at most 4096 × 4096 pixels and its image
 * data, interlaced or not, inflates to no more than those pixels take; a revocation list
 * issued after `--at` plus the skew, or longer ago than `--max-list-age`, is an input error
 * (exit 2).
 *
 * @internal
 */
export const passScanCommand = (pass: Command, context: CommandContext): void => {
  withCheckpointOptions(pass.command("scan"))
    .description(
      "the gate: read a pass card's QR code (PNG) or a token on standard input, verify it offline and print ADMIT or REFUSE in one line",
    )
    .argument("[image]", "the scanned card, PNG (default: the token on standard input)")
    .action(async (image: string | undefined, options: CheckpointOptions) => {
      const at = instantOption(options.at, context.io.now(), "--at");
      const token = await readToken(context, image);
      const checkpoint = await readCheckpoint(context, options);
      return context.respond(Result.gen(() => scanOutcome(options, at, token, checkpoint)));
    });
};

/** The steps of {@link passScanCommand}: the gate's answer. */
function* scanOutcome(
  options: CheckpointOptions,
  at: Result.Result<Date, TaggedErrorLike>,
  token: Result.Result<string, TaggedErrorLike>,
  checkpoint: Result.Result<Checkpoint, TaggedErrorLike>,
) {
  const time = yield* at;
  const text = yield* token;
  const gate = yield* checkpoint;
  const { list, verified } = yield* checkAtGate(options, gate, time, text);
  if (Result.isFailure(verified)) {
    const { reason, message } = verified.failure;
    return {
      exitCode: 1,
      json: { admit: false, reason, message },
      text: `REFUSE (${reason}): ${message}\n`,
    } satisfies Outcome;
  }
  const listNote =
    list === undefined
      ? " (revocation not checked: no --revoked list)"
      : ` (revocation list of ${list.issuedAt}, key ${list.keyId})`;
  return {
    exitCode: 0,
    json: {
      admit: true,
      pass: verified.success,
      revocationChecked: list !== undefined,
      revocationList: list ?? null,
    },
    text: `${admitLine(verified.success).trimEnd()}${listNote}\n`,
  } satisfies Outcome;
}
