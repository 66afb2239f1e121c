/**
 * What the source of a record may hold — the same rule as core's ids: printable characters, no
 * control, format (bidi, zero-width), separator, private-use or lone surrogate characters,
 * no leading or trailing white space.
 *
 * @internal
 */
export const codePattern =
  /^[^\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}](?:[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]*[^\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}])?$/u;
