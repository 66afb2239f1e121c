/**
 * What an id may hold: printable characters — no control (Cc), format (Cf: bidi overrides,
 * zero-width spaces and joiners, the BOM), line/paragraph separator, private-use or lone
 * surrogate characters — and no leading or trailing white space. `"UNDP"` and
 * `"UNDP\u200B"` must not be two participants.
 *
 * @internal
 */
export const idPattern =
  /^[^\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}](?:[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]*[^\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}])?$/u;
