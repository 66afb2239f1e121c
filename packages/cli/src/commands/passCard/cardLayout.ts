import QRCode from "qrcode";
import * as Result from "effect/Result";
import { type AccessPass, parseInstant } from "@unsms/sdk";

/**
 * The pass card, drawn once as a list of shapes in millimetres on an ID-1 card
 * (ISO/IEC 7810: 85.60 × 53.98 mm, corner radius 3.18 mm) that the SVG and PDF renderers
 * draw the same way. The layout: a band in the category's colour with the category's name,
 * the photo, the holder's name and organization, the duty station, zones and validity, the
 * QR code of the signed token, and a strip saying whether an escort is required, with the
 * serial. The category colours are our assumption (no public UN source gives them).
 *
 * @internal
 */
export const CARD_WIDTH_MM = 85.6;
/** @internal */
export const CARD_HEIGHT_MM = 53.98;
/** @internal */
export const CARD_CORNER_MM = 3.18;

/** The colour of each category's band (our assumption). @internal */
const categoryColours: ReadonlyMap<AccessPass.PassCategory, string> = new Map<AccessPass.PassCategory, string>([
  ["staff", "#1d4ed8"],
  ["affiliate", "#0e7490"],
  ["delegate", "#7c3aed"],
  ["ngo-annual", "#15803d"],
  ["ngo-temporary", "#4d7c0f"],
  ["media", "#c2410c"],
  ["contractor", "#a16207"],
  ["intern", "#0369a1"],
  ["retiree", "#475569"],
  ["visitor", "#be123c"],
  ["courtesy", "#b45309"],
]);

/** A photo: its bytes and type. @internal */
export interface CardPhoto {
  readonly mime: "image/png" | "image/jpeg";
  readonly bytes: Uint8Array;
}

/** One shape of the card, in millimetres from the top left corner. @internal */
export type CardShape =
  | {
      readonly kind: "rect";
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly fill: string;
    }
  | {
      readonly kind: "text";
      readonly x: number;
      readonly y: number;
      readonly size: number;
      readonly text: string;
      readonly fill: string;
      readonly bold: boolean;
      readonly anchor: "start" | "end" | "middle";
    }
  | {
      readonly kind: "qr";
      readonly x: number;
      readonly y: number;
      readonly size: number;
      readonly modules: number;
      readonly dark: ReadonlyArray<readonly [number, number, number]>;
    }
  | {
      readonly kind: "image";
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly photo: CardPhoto;
    };

/** What the card shows. @internal */
export interface CardContent {
  readonly pass: AccessPass.Pass;
  readonly label: string;
  readonly token: string;
  readonly photo: CardPhoto | undefined;
}

const CHAR_WIDTH = 0.56; // average advance of a sans-serif character, in font sizes

/** A font size that fits the text in the width (at most `max`), and the text, cut with … if even 1.4 mm is too big. @internal */
const fitText = (text: string, width: number, max: number): { readonly size: number; readonly text: string } => {
  const size = Math.min(max, width / (CHAR_WIDTH * Math.max(1, text.length)));
  if (size >= 1.4) return { size, text };
  const keep = Math.max(1, Math.floor(width / (CHAR_WIDTH * 1.4)) - 1);
  return { size: 1.4, text: `${text.slice(0, keep)}…` };
};

const day = (iso: string): string => iso.slice(0, 10);
// the last day of a half-open validity: the day of its last second, read by core's one instant parser
const lastDay = (validUntil: string): string => {
  const end = parseInstant(validUntil, "validUntil");
  return Result.isSuccess(end) ? new Date(end.success.getTime() - 1000).toISOString().slice(0, 10) : day(validUntil);
};

/** The QR code of a token: error correction L (the card is laminated), 2-module quiet zone. @internal */
const qrModules = (
  token: string,
): { readonly modules: number; readonly dark: ReadonlyArray<readonly [number, number, number]> } => {
  const code = QRCode.create(token, { errorCorrectionLevel: "L" });
  const size = code.modules.size;
  const dark: Array<readonly [number, number, number]> = [];
  // horizontal runs of dark modules: [row, first column, length]
  for (let row = 0; row < size; row++) {
    let start = -1;
    for (let col = 0; col <= size; col++) {
      const on = col < size && code.modules.get(row, col) === 1;
      if (on && start < 0) start = col;
      if (!on && start >= 0) {
        dark.push([row, start, col - start]);
        start = -1;
      }
    }
  }
  return { modules: size, dark };
};

/** The shapes of a pass card. @internal */
export const cardLayout = ({ pass, label, token, photo }: CardContent): ReadonlyArray<CardShape> => {
  const colour = categoryColours.get(pass.category) ?? "#111827";
  const white = "#ffffff";
  const ink = "#111827";
  const grey = "#6b7280";
  const shapes: Array<CardShape> = [{ kind: "rect", x: 0, y: 0, w: CARD_WIDTH_MM, h: 9, fill: colour }];
  shapes.push({
    kind: "text",
    x: 3.5,
    y: 4.1,
    size: 2.5,
    text: "UNITED NATIONS",
    fill: white,
    bold: true,
    anchor: "start",
  });
  const labelFit = fitText(label.toUpperCase(), 78, 2);
  shapes.push({
    kind: "text",
    x: 3.5,
    y: 7.5,
    size: labelFit.size,
    text: labelFit.text,
    fill: white,
    bold: false,
    anchor: "start",
  });
  if (photo === undefined) {
    shapes.push({ kind: "rect", x: 3.5, y: 11.5, w: 17, h: 21.5, fill: "#e5e7eb" });
    shapes.push({ kind: "text", x: 12, y: 23, size: 2, text: "PHOTO", fill: grey, bold: false, anchor: "middle" });
  } else {
    shapes.push({ kind: "image", x: 3.5, y: 11.5, w: 17, h: 21.5, photo });
  }
  const column = 24;
  const width = 23.5;
  const name = fitText(pass.holder.name, width, 3);
  shapes.push({
    kind: "text",
    x: column,
    y: 14.5,
    size: name.size,
    text: name.text,
    fill: ink,
    bold: true,
    anchor: "start",
  });
  const organization = fitText(pass.holder.organization, width, 2.2);
  shapes.push({
    kind: "text",
    x: column,
    y: 18.2,
    size: organization.size,
    text: organization.text,
    fill: ink,
    bold: false,
    anchor: "start",
  });
  const fields: ReadonlyArray<readonly [string, string]> = [
    ["DUTY STATION", `${pass.dutyStation}${pass.stationBound ? " only" : ""}`],
    ["ZONES", pass.zones.join(", ")],
    ["VALID", `${day(pass.validFrom)} to ${lastDay(pass.validUntil)}`],
  ];
  fields.forEach(([title, value], i) => {
    const y = 22.4 + i * 5.4;
    shapes.push({ kind: "text", x: column, y, size: 1.5, text: title, fill: grey, bold: false, anchor: "start" });
    const fitted = fitText(value, width, 2.1);
    shapes.push({
      kind: "text",
      x: column,
      y: y + 2.5,
      size: fitted.size,
      text: fitted.text,
      fill: ink,
      bold: false,
      anchor: "start",
    });
  });
  const qr = qrModules(token);
  const quiet = 2;
  shapes.push({
    kind: "qr",
    x: 49.6,
    y: 10,
    size: 33.5,
    modules: qr.modules + 2 * quiet,
    dark: qr.dark.map(([row, col, run]) => [row + quiet, col + quiet, run] as const),
  });
  const strip = pass.escortRequired ? "#b91c1c" : "#f3f4f6";
  shapes.push({ kind: "rect", x: 0, y: 45.5, w: CARD_WIDTH_MM, h: CARD_HEIGHT_MM - 45.5, fill: strip });
  shapes.push({
    kind: "text",
    x: 3.5,
    y: 50.6,
    size: 2.4,
    text: pass.escortRequired ? "ESCORT REQUIRED" : "UNESCORTED",
    fill: pass.escortRequired ? white : ink,
    bold: true,
    anchor: "start",
  });
  const serial = fitText(pass.id, 36, 2.4);
  shapes.push({
    kind: "text",
    x: CARD_WIDTH_MM - 3.5,
    y: 50.6,
    size: serial.size,
    text: serial.text,
    fill: pass.escortRequired ? white : ink,
    bold: true,
    anchor: "end",
  });
  return shapes;
};
