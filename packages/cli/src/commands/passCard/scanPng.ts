import jsQR from "jsqr";
import { PNG } from "pngjs";

/**
 * The text of the QR code in a PNG image (a scanned or rendered pass card), `none` when the
 * image holds none, `invalid` when the bytes are not a PNG.
 *
 * @internal
 */
export const scanPng = (bytes: Uint8Array): { readonly text: string } | "none" | "invalid" => {
  let image: PNG;
  try {
    image = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return "invalid";
  }
  const code = jsQR(
    new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength),
    image.width,
    image.height,
    { inversionAttempts: "dontInvert" },
  );
  return code === null ? "none" : { text: code.data };
};
