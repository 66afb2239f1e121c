import * as z from "zod";

/** No control (Cc), format (Cf: bidi, zero-width, the BOM), line or paragraph separator, private-use or lone surrogate character. */
const printable = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]*$/u;

/**
 * The holder's organization in a pass request and a pass, read as core's id schemas read an
 * id: trimmed of surrounding white space (our choice — a name typed with a trailing space,
 * or a register written before, is the same name, not an error), normalized to NFC, 1 to 200
 * characters, and no control, format (bidi, zero-width), line or paragraph separator,
 * private-use or lone surrogate character anywhere (refused: an invisible character is no
 * part of a name). White space inside and letter case are kept as written, for the badge;
 * `issuePass` compares organizations by a key that folds them too (`organizationKey`).
 *
 * @internal
 */
export const organizationName = z.string().trim().normalize("NFC").min(1).max(200).regex(printable, {
  message:
    "an organization's name: printable characters, and no control, format (bidi, zero-width) or private-use characters",
});
