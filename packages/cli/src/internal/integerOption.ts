import { InvalidArgumentError } from "commander";

/**
 * The parser of an integer option, for commander's `.option(flags, description,
 * integerOption)`: only decimal digits with an optional leading `-`, a safe integer — so
 * `""`, `0x3`, `1e0`, `3.0`, ` 3` are refused as usage errors (exit 2), where `Number`
 * would have read them.
 *
 * @internal
 */
export const integerOption = (value: string): number => {
  const number = /^(0|-?[1-9][0-9]*)$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isSafeInteger(number)) return number;
  // commander's protocol for option parsers: it turns the throw into a usage error (exit 2).
  // eslint-disable-next-line no-restricted-syntax
  throw new InvalidArgumentError(`expected an integer written in decimal digits, got ${JSON.stringify(value)}`);
};
