import { afterEach, describe, expect, it } from "vitest";
import { nodeIo } from "@unsms/cli";

const tty = process.stdout.isTTY;
const noColor = process.env["NO_COLOR"];

afterEach(() => {
  process.stdout.isTTY = tty;
  if (noColor === undefined) delete process.env["NO_COLOR"];
  else process.env["NO_COLOR"] = noColor;
});

describe("nodeIo().colour", () => {
  it("is on for a terminal without NO_COLOR, off when NO_COLOR is set or output is not a terminal", () => {
    process.stdout.isTTY = true;
    delete process.env["NO_COLOR"];
    expect(nodeIo().colour).toBe(true);
    process.env["NO_COLOR"] = "1";
    expect(nodeIo().colour).toBe(false);
    process.env["NO_COLOR"] = "";
    expect(nodeIo().colour).toBe(true);
    process.stdout.isTTY = false;
    expect(nodeIo().colour).toBe(false);
  });
});
