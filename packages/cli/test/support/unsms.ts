import { run } from "@unsms/cli";
import { fakeIo } from "./fakeIo";

type Files = Readonly<Record<string, string | Uint8Array>>;

/**
 * `unsms ARGS` run in-process over a {@link fakeIo} that serves `files` (and `stdin`,
 * else a terminal): the exit code, what was printed and the files written.
 */
export const unsms = async (args: ReadonlyArray<string>, files: Files = {}, stdin?: string) => {
  const fake = fakeIo(files, stdin);
  const code = await run(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr(), written: fake.written, writtenBytes: fake.writtenBytes };
};

/** {@link unsms} over the same files every time, the arguments as they would be typed. */
export const unsmsOver =
  (files: Files) =>
  (...args: ReadonlyArray<string>) =>
    unsms(args, files);
