import { fc, test } from "@fast-check/vitest";
import { checkStandardItems, readinessGaps, summarizeRegister } from "@unsms/equipment";
import { describe, expect } from "vitest";
import { kitArb, registerArb } from "./support/arbitraries";

/** Whatever a plain JavaScript caller passes: arbitrary values, or a register with one field spoiled. */
const anyRegister = fc.oneof(
  fc.anything({ withNullPrototype: true }),
  fc
    .tuple(
      registerArb,
      fc.nat(),
      fc.constantFrom("item", "quantity", "state", "category", "standard", "dutyStation"),
      fc.anything({ withNullPrototype: true }),
    )
    .map(([register, index, key, value]) =>
      register.map((line, i) => (i === index % Math.max(register.length, 1) ? { ...line, [key]: value } : line)),
    ),
);

describe("equipment functions never throw, whatever a JavaScript caller passes", () => {
  test.prop([
    anyRegister,
    fc.oneof(kitArb, fc.anything({ withNullPrototype: true })),
    fc.anything({ withNullPrototype: true }),
  ])("readinessGaps, summarizeRegister, checkStandardItems", (register, kit, other) => {
    expect(() => readinessGaps(register as never, kit as never, other as never)).not.toThrow();
    expect(() => summarizeRegister(register as never)).not.toThrow();
    expect(() => checkStandardItems(register as never, other as never)).not.toThrow();
  });
});
