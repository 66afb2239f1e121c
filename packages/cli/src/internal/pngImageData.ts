import { inflateSync } from "node:zlib";

/** The bit depths each PNG colour type allows, and its channels per pixel (PNG spec, 11.2.2). */
const COLOUR_TYPES: Readonly<Record<number, { readonly channels: number; readonly depths: ReadonlyArray<number> }>> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/** The seven Adam7 passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Bytes of filtered image data for `width` × `height` pixels: a filter byte and the packed pixels per row. */
const filteredSize = (width: number, height: number, bitsPerPixel: number): number =>
  width === 0 || height === 0 ? 0 : height * (1 + Math.ceil((width * bitsPerPixel) / 8));

/** Cells of `size` pixels from `start`, every `step`. */
const cells = (size: number, start: number, step: number): number =>
  size > start ? Math.ceil((size - start) / step) : 0;

/**
 * The bytes a PNG's image data inflates to, as its header (IHDR) declares them: every row
 * of the image, or of each of the seven Adam7 passes of an interlaced one, with its filter
 * byte; `undefined` for a header no PNG has (zero pixels, an unknown colour type, depth,
 * compression, filter or interlace method).
 *
 * @internal
 */
const pngDataSize = (bytes: Uint8Array): number | undefined => {
  if (bytes.length < 29) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [width, height] = [view.getUint32(16), view.getUint32(20)];
  const [depth, colourType, compression, filter, interlace] = [24, 25, 26, 27, 28].map((i) => bytes[i] ?? -1);
  const colour = COLOUR_TYPES[colourType ?? -1];
  if (width === 0 || height === 0 || colour === undefined || !colour.depths.includes(depth ?? -1)) return undefined;
  if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1)) return undefined;
  const bitsPerPixel = colour.channels * (depth ?? 0);
  return interlace === 0
    ? filteredSize(width, height, bitsPerPixel)
    : ADAM7.reduce(
        (sum, [x, y, dx, dy]) => sum + filteredSize(cells(width, x, dx), cells(height, y, dy), bitsPerPixel),
        0,
      );
};

/**
 * Checks, before a PNG is decoded, that its image data inflates to no more than its header
 * declares ({@link pngDataSize}): the IDAT chunks, up to IEND, inflated with that bound, so
 * that a small file cannot make the decoder inflate gigabytes (a decompression bomb; the
 * decoder itself bounds only non-interlaced images). `fits`, `tooLarge` with the declared
 * size, or `not-png` when the chunks, header or compressed data are not a PNG's — among them
 * a second IHDR, whose size the decoder would take instead of the one checked. Linear in the
 * file and the declared size.
 *
 * @internal
 */
export const pngDataFits = (bytes: Uint8Array): "fits" | "not-png" | { readonly tooLarge: number } => {
  const declared = pngDataSize(bytes);
  if (declared === undefined) return "not-png";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data: Array<Uint8Array> = [];
  // the chunks after the signature: length, type, data, CRC
  for (let offset = 8; ;) {
    if (offset + 12 > bytes.length) return "not-png";
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return "not-png";
    // one IHDR, the first chunk: the decoder would take a second one's size, never checked
    if (type === "IHDR" && offset !== 8) return "not-png";
    if (type === "IDAT") data.push(bytes.subarray(offset + 8, offset + 8 + length));
    if (type === "IEND") break;
    offset = end;
  }
  try {
    inflateSync(Buffer.concat(data), { maxOutputLength: declared });
    return "fits";
  } catch (cause) {
    return (cause as { code?: unknown } | null)?.code === "ERR_BUFFER_TOO_LARGE" ? { tooLarge: declared } : "not-png";
  }
};
