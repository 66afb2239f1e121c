import { checkStandardItems, readinessGaps, summarizeRegister, type EquipmentItem } from "@unsms/equipment";
import * as Result from "effect/Result";
import { describe, expect, it } from "vitest";

/** A valid register line. */
const satPhone = {
  item: "SAT-PHONE",
  category: "communications",
  standard: true,
  dutyStation: "Cairo",
  quantity: 2,
  state: "serviceable",
} as const;

/** A register line whose every field counts its reads and answers nonsense after the first. */
const changingLine = (reads: Map<string, number>): EquipmentItem => {
  const line = {};
  for (const [key, value] of Object.entries(satPhone))
    Object.defineProperty(line, key, {
      enumerable: true,
      get: () => {
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return reads.get(key) === 1 ? value : key === "quantity" ? "2" : key === "standard" ? false : "other";
      },
    });
  return line as EquipmentItem;
};

describe("checkRegister (through every function that reads a register)", () => {
  const kit = { name: "kit", basis: "test", items: [{ item: "SAT-PHONE", quantity: 1 }] };
  const list = { name: "list", basis: "test", items: [{ item: "SAT-PHONE", category: "communications" as const }] };
  const cases: ReadonlyArray<
    readonly [string, (register: ReadonlyArray<EquipmentItem>) => Result.Result<unknown, unknown>]
  > = [
    ["summarizeRegister", (register) => summarizeRegister(register)],
    ["readinessGaps", (register) => readinessGaps(register, kit)],
    ["checkStandardItems", (register) => checkStandardItems(register, list)],
  ];

  const withSecond: ReadonlyArray<
    readonly [
      string,
      (register: ReadonlyArray<EquipmentItem>, second: never) => Result.Result<unknown, { readonly path: string }>,
    ]
  > = [
    ["readinessGaps", (register, second) => readinessGaps(register, second)],
    ["checkStandardItems", (register, second) => checkStandardItems(register, second)],
  ];

  it.each(withSecond)("%s checks the whole register before it reads the kit or list", (_, run) => {
    // the second argument throws when read: read first, the answer would be the unreadable one at "arguments"
    const unreadable = {
      get items(): never {
        throw new Error("read");
      },
    } as never;
    const valid = satPhone;
    const refused = run([valid, { ...valid, quantity: -1 }] as never, unreadable);
    expect(Result.isFailure(refused) && refused.failure.path).toBe("$.register[1].quantity");
    const read = run([valid] as never, unreadable);
    expect(Result.isFailure(read) && read.failure.path).toBe("arguments");
  });

  it.each(cases)("%s reads each field of a line once and answers from what it read", (_, run) => {
    const reads = new Map<string, number>();
    const answer = run([changingLine(reads)]);
    const plain = run([
      {
        item: "SAT-PHONE",
        category: "communications",
        standard: true,
        dutyStation: "Cairo" as EquipmentItem["dutyStation"],
        quantity: 2,
        state: "serviceable",
      },
    ]);
    expect(Result.isSuccess(answer)).toBe(true);
    expect(answer).toEqual(plain);
    expect(Object.fromEntries(reads)).toEqual({
      item: 1,
      category: 1,
      standard: 1,
      dutyStation: 1,
      quantity: 1,
      state: 1,
    });
  });
});
