/**
 * Printable characters, no control characters, no leading or trailing white space.
 *
 * @internal
 */
export const idPattern = /^[^\s\p{Cc}](?:[^\p{Cc}]*[^\s\p{Cc}])?$/u;
