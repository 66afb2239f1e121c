/**
 * `text.normalize("NFC")`, without the call when nothing can change: a text whose every code
 * unit is below U+0300 (Basic Latin, Latin-1, Latin Extended-A and -B, IPA, spacing
 * modifiers) is returned as it is. Every character there has `NFC_Quick_Check=Yes` and
 * canonical combining class 0, so such a text is already in NFC (UAX #15, "Detecting
 * Normalization Forms"); the first combining mark is U+0300. The test proves it for the
 * engine at hand: every such character and every pair of them is its own NFC.
 *
 * Ids are the bulk of a large request (a million participants), and the scan costs a third
 * of the call it spares (`docs/performance.md`, "Decoding at the boundary").
 *
 * @internal
 */
export const toNfc = (text: string): string => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return text.normalize("NFC");
  return text;
};
