import { Resvg } from "@resvg/resvg-js";
import { CARD_WIDTH_MM } from "./cardLayout";

/** Dots per inch of the PNG card: 600, enough for the QR code and for printing. @internal */
export const CARD_PNG_DPI = 600;

/**
 * The pass card as PNG: the SVG rendered by resvg (no browser, no network) at
 * {@link CARD_PNG_DPI}, with the system's fonts (DejaVu Sans on Debian).
 *
 * @internal
 */
export const renderCardPng = (svg: string): Uint8Array => {
  const width = Math.round((CARD_WIDTH_MM / 25.4) * CARD_PNG_DPI);
  const rendered = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  }).render();
  return new Uint8Array(rendered.asPng());
};
