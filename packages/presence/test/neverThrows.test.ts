import { fc, test } from "@fast-check/vitest";
import { makeMoney, USD } from "@unsms/core";
import {
  changesBetween,
  costSharesFromPresence,
  countHeadcounts,
  drawEvacuationList,
  takeCensus,
} from "@unsms/presence";
import { describe, expect } from "vitest";
import { consistentRecordsArb } from "./support/arbitraries";

/** Whatever a plain JavaScript caller passes: arbitrary values, or records with one field spoiled. */
const anyRecords = fc.oneof(
  fc.anything({ withNullPrototype: true }),
  fc
    .tuple(
      consistentRecordsArb,
      fc.nat(),
      fc.constantFrom("person", "from", "to", "category", "dutyStation"),
      fc.anything({ withNullPrototype: true }),
    )
    .map(([records, index, key, value]) =>
      records.map((record, i) => (i === index % Math.max(records.length, 1) ? { ...record, [key]: value } : record)),
    ),
);
const anyDate = fc.oneof(fc.anything({ withNullPrototype: true }), fc.date({ noInvalidDate: false }));

describe("presence functions never throw, whatever a JavaScript caller passes", () => {
  test.prop([anyRecords, anyDate, fc.anything({ withNullPrototype: true }), fc.anything({ withNullPrototype: true })])(
    "takeCensus, countHeadcounts, changesBetween, drawEvacuationList, costSharesFromPresence",
    (records, at, other, more) => {
      const r = records as never;
      const a = at as never;
      expect(() => takeCensus(r, a, other as never)).not.toThrow();
      expect(() => countHeadcounts(r, a, other as never)).not.toThrow();
      expect(() => changesBetween(r, a, a, other as never)).not.toThrow();
      expect(() => drawEvacuationList(r, a, other as never, more as never)).not.toThrow();
      expect(() => costSharesFromPresence(r, a, makeMoney(100n, USD), other as never)).not.toThrow();
      expect(() => costSharesFromPresence(r, a, other as never, more as never)).not.toThrow();
    },
  );
});
