const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/**
 * Where a text stops being JSON (RFC 8259) and what was expected there — what
 * `JSON.parse` does not say in a form we may print (its message quotes the start of the
 * text). Iterative (nesting depth is unbounded) and linear; called only after
 * `JSON.parse` refused the text. `offset` is a UTF-16 index into `text`.
 *
 * @internal
 */
export const locateJsonError = (text: string): { readonly offset: number; readonly expected: string } => {
  const n = text.length;
  const stack: Array<number> = [];
  let i = 0;
  let state: "value" | "valueOrEnd" | "key" | "keyOrEnd" | "after" = "value";
  const at = (k: number): number => (k < n ? text.charCodeAt(k) : -1);
  const fail = (expected: string) => ({ offset: i, expected });
  // Steps over the '}' or ']' that closes the innermost object or array.
  const close = () => {
    i += 1;
    stack.pop();
    state = "after";
  };
  // Scans a string starting at its opening quote; returns an error or undefined.
  const string = () => {
    i += 1;
    for (;;) {
      const c = at(i);
      if (c === -1) return fail("a closing '\"'");
      if (c === 0x22) {
        i += 1;
        return undefined;
      }
      if (c < 0x20) return fail("a control character escaped in the string");
      if (c === 0x5c) {
        const e = at(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k += 1) {
            if (!isHex(at(i + k))) {
              i += k;
              return fail("four hexadecimal digits after \\u");
            }
          }
          i += 6;
        } else if ([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74].includes(e)) {
          i += 2;
        } else {
          i += 1;
          return fail('an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits');
        }
      } else {
        i += 1;
      }
    }
  };
  const digits = (): boolean => {
    const start = i;
    while (isDigit(at(i))) i += 1;
    return i > start;
  };
  const number = () => {
    if (at(i) === 0x2d) i += 1;
    if (at(i) === 0x30) i += 1;
    else if (!digits()) return fail("a digit");
    if (at(i) === 0x2e) {
      i += 1;
      if (!digits()) return fail("a digit after '.'");
    }
    if (at(i) === 0x65 || at(i) === 0x45) {
      i += 1;
      if (at(i) === 0x2b || at(i) === 0x2d) i += 1;
      if (!digits()) return fail("a digit in the exponent");
    }
    return undefined;
  };
  for (;;) {
    while (isSpace(at(i))) i += 1;
    const c = at(i);
    if (state === "value" || state === "valueOrEnd") {
      if (state === "valueOrEnd" && c === 0x5d) {
        close();
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        stack.push(c);
        i += 1;
        state = c === 0x7b ? "keyOrEnd" : "valueOrEnd";
        continue;
      }
      const word = ["true", "false", "null"].find((w) => text.startsWith(w, i));
      const error =
        c === 0x22
          ? string()
          : c === 0x2d || isDigit(c)
            ? number()
            : word === undefined
              ? fail("a JSON value")
              : ((i += word.length), undefined);
      if (error !== undefined) return error;
      state = "after";
      continue;
    }
    if (state === "key" || state === "keyOrEnd") {
      if (state === "keyOrEnd" && c === 0x7d) {
        close();
        continue;
      }
      if (c !== 0x22) return fail("a double-quoted property name");
      const error = string();
      if (error !== undefined) return error;
      while (isSpace(at(i))) i += 1;
      if (at(i) !== 0x3a) return fail("':' after the property name");
      i += 1;
      state = "value";
      continue;
    }
    const top = stack.at(-1);
    if (top === undefined) return i < n ? fail("the end of the document") : fail("nothing: the text is JSON");
    if (c === 0x2c) {
      i += 1;
      state = top === 0x7b ? "key" : "value";
      continue;
    }
    if ((top === 0x7b && c === 0x7d) || (top === 0x5b && c === 0x5d)) {
      close();
      continue;
    }
    return fail(top === 0x7b ? "',' or '}'" : "',' or ']'");
  }
};
