import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFImage } from "pdf-lib";
import { CARD_HEIGHT_MM, CARD_WIDTH_MM, cardLayout, type CardContent } from "./cardLayout";

const POINTS_PER_MM = 72 / 25.4;

const colour = (hex: string) =>
  rgb(
    Number.parseInt(hex.slice(1, 3), 16) / 255,
    Number.parseInt(hex.slice(3, 5), 16) / 255,
    Number.parseInt(hex.slice(5, 7), 16) / 255,
  );

/**
 * Text the PDF's standard Helvetica can show (WinAnsi): accents kept where WinAnsi has the
 * letter, other letters without their marks, anything else as "?". The SVG and PNG cards
 * show every script; the PDF is for print offices that want vector output.
 *
 * @internal
 */
export const winAnsi = (text: string, font: PDFFont): string =>
  Array.from(text.normalize("NFC"), (c) => {
    try {
      font.encodeText(c);
      return c;
    } catch {
      const bare = c.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      try {
        font.encodeText(bare);
        return bare;
      } catch {
        return "?";
      }
    }
  }).join("");

/**
 * The pass card as a one-page PDF of the card's size (ID-1), vector shapes and the
 * standard Helvetica fonts (nothing embedded but the photo). Deterministic: no creation
 * date, producer or id is written.
 *
 * @internal
 */
export const renderCardPdf = async (content: CardContent): Promise<Uint8Array> => {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage([CARD_WIDTH_MM * POINTS_PER_MM, CARD_HEIGHT_MM * POINTS_PER_MM]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const pt = (mm: number): number => mm * POINTS_PER_MM;
  const top = (mm: number): number => pt(CARD_HEIGHT_MM - mm);
  for (const shape of cardLayout(content)) {
    switch (shape.kind) {
      case "rect":
        page.drawRectangle({
          x: pt(shape.x),
          y: top(shape.y + shape.h),
          width: pt(shape.w),
          height: pt(shape.h),
          color: colour(shape.fill),
        });
        break;
      case "text": {
        const font = shape.bold ? bold : regular;
        const text = winAnsi(shape.text, font);
        const width = font.widthOfTextAtSize(text, pt(shape.size));
        const x =
          shape.anchor === "start"
            ? pt(shape.x)
            : shape.anchor === "end"
              ? pt(shape.x) - width
              : pt(shape.x) - width / 2;
        page.drawText(text, { x, y: top(shape.y), size: pt(shape.size), font, color: colour(shape.fill) });
        break;
      }
      case "image": {
        const image: PDFImage =
          shape.photo.mime === "image/png"
            ? await pdf.embedPng(shape.photo.bytes)
            : await pdf.embedJpg(shape.photo.bytes);
        const scale = Math.max(shape.w / image.width, shape.h / image.height);
        const w = image.width * scale;
        const h = image.height * scale;
        page.drawImage(image, {
          x: pt(shape.x + (shape.w - w) / 2),
          y: top(shape.y + (shape.h + h) / 2),
          width: pt(w),
          height: pt(h),
        });
        break;
      }
      case "qr": {
        const module = shape.size / shape.modules;
        page.drawRectangle({
          x: pt(shape.x),
          y: top(shape.y + shape.size),
          width: pt(shape.size),
          height: pt(shape.size),
          color: rgb(1, 1, 1),
        });
        for (const [row, col, run] of shape.dark) {
          page.drawRectangle({
            x: pt(shape.x + col * module),
            y: top(shape.y + (row + 1) * module),
            width: pt(run * module),
            height: pt(module),
            color: rgb(0, 0, 0),
          });
        }
        break;
      }
    }
  }
  return pdf.save({ useObjectStreams: false });
};
