#!/usr/bin/env node
import { run } from "./run";

// The executable: run with the process's arguments and exit with the code run returns.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
