/**
 * The top-level command a command line names, before commander parses it: the first
 * argument that is not an option (the global options take no value), or the one after
 * `help` (`unsms help pass`). `undefined` when there is none (`unsms --help`).
 *
 * @internal
 */
export const commandName = (args: ReadonlyArray<string>): string | undefined => {
  const words = [];
  for (const arg of args) {
    if (arg === "--") break;
    if (!arg.startsWith("-")) words.push(arg);
    if (words.length === 2) break;
  }
  return words[0] === "help" ? words[1] : words[0];
};
