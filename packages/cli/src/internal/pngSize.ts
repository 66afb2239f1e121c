/**
 * The largest width and height, in pixels, of an image `unsms pass scan` decodes: 4096, our
 * choice (a 12-megapixel phone photo of a card, 4032 × 3024, is below it). Decoding takes
 * time and memory in proportion to the pixels, which a small compressed file can claim by
 * the billion; a larger image is refused before it is decoded.
 *
 * @internal
 */
export const MAX_SCAN_IMAGE_SIDE = 4096;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = [0x49, 0x48, 0x44, 0x52];

/**
 * The width and height a PNG declares in its header (the IHDR chunk, which must come first
 * after the signature), read without decoding the image; `undefined` when the bytes do not
 * start as a PNG.
 *
 * @internal
 */
export const pngSize = (bytes: Uint8Array): { readonly width: number; readonly height: number } | undefined => {
  if (!(bytes instanceof Uint8Array) || bytes.length < 24) return undefined;
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte) || !IHDR.every((byte, i) => bytes[12 + i] === byte))
    return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};
