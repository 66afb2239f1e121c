/** Format characters (Cf): zero-width spaces and joiners, bidi controls, the BOM, the soft hyphen. */
const formatCharacters = /\p{Cf}/gu;
/** Runs of white space: spaces, tabs, no-break spaces (U+00A0, U+202F), the other Unicode spaces. */
const whiteSpaceRuns = /\s+/gu;

/**
 * The key by which `issuePass` tells whether two holders belong to one organization (the
 * passes-per-organization limit, the head or chief administrative officer approved first):
 * the name in NFC, without format characters (zero-width, bidi, soft hyphen), its white-space
 * runs (no-break spaces included) made one space, trimmed, case-folded by `toLowerCase`,
 * `toUpperCase` and `toLowerCase` again (all three locale-independent; the round trip makes
 * `ẞ`, `ß`, `SS` and `ss` one key, which `toLowerCase` alone does not), and in NFC again.
 * `"Example NGO"`, `" example\u00a0NGO "`, `"EXAMPLE N\u200bGO"` and the NFD form of an
 * accented name give one key: the key of a name is the key of its upper-cased, lower-cased
 * or NFD form, of it padded with white space or with format characters put anywhere (checked
 * on every code point between two letters), so re-spelling an organization never makes a new
 * one. A value that is not a string has no key (`undefined`). Linear in the name. @internal
 */
export const organizationKey = (name: unknown): string | undefined =>
  typeof name === "string"
    ? name
        .normalize("NFC")
        .replace(formatCharacters, "")
        .replace(whiteSpaceRuns, " ")
        .trim()
        .toLowerCase()
        .toUpperCase()
        .toLowerCase()
        .normalize("NFC")
    : undefined;
