import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";
import { registerPass, type Pass, type PassRegister, type PassRegisterError } from "@unsms/access-pass";

// Every reason the register operations return, once; `satisfies` and the check below make
// it the type's whole union (a reason added to the type and not here fails `tsc`).
const reasons = [
  "not-found",
  "duplicate",
  "not-active",
  "already-revoked",
  "not-suspended",
  "renewal-limit",
  "expired",
  "invalid-time",
  "invalid-input",
] as const satisfies ReadonlyArray<PassRegisterError["reason"]>;
const everyReason: [Exclude<PassRegisterError["reason"], (typeof reasons)[number]>] extends [never] ? true : false =
  true;

const read = (path: string): string => readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8");
/** The backquoted words of the first parenthesis after `anchor` in `text`. */
const listedAfter = (text: string, anchor: string): ReadonlyArray<string> => {
  const from = text.indexOf(anchor);
  const open = text.indexOf("(", from);
  const close = text.indexOf(")", open);
  return [...text.slice(open, close).matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!);
};

describe("PassRegisterError's reasons", () => {
  it("a plain JS caller's unreadable register is `invalid-input`", () => {
    const result = registerPass("not a register" as unknown as PassRegister, {} as Pass);
    expect(everyReason).toBe(true);
    expect(Result.isFailure(result) && result.failure.reason).toBe("invalid-input");
  });

  it("the TSDoc and the guide list every reason the type has, invalid-input included", () => {
    expect(listedAfter(read("../../src/register/PassRegisterError.ts"), "`reason` says why")).toEqual(reasons);
    expect(listedAfter(read("../../../../docs/guides/access-pass.md"), "`PassRegisterError` whose `reason`")).toEqual(
      reasons,
    );
  });
});
