// Exact money against the bigint operations it is built on, measured in the same run.
import { addMoney, formatMoney, makeMoney, parseMoney, percentage, sumMoney, USD } from "@unsms/core";

const amount = makeMoney(123_456_789_012_345n, USD);
const other = makeMoney(680_000n, USD);
const text = "1234567890123.45";
const amounts = Array.from({ length: 1000 }, (_, i) => makeMoney(BigInt(i * 137), USD));
// what adding costs with no check: the sum of the minor units, as a Money
const bareAdd = (a, b) => ({ minorUnits: a.minorUnits + b.minorUnits, currency: a.currency });
const bareSum = (list) => {
  let minorUnits = 0n;
  for (const money of list) minorUnits += money.minorUnits;
  return { minorUnits, currency: USD };
};

export default {
  name: "core: money and rates",
  cases: [
    { name: "bigint toString", fn: () => amount.minorUnits.toString() },
    { name: "formatMoney", fn: () => formatMoney(amount), reference: "bigint toString" },
    { name: "BigInt(string)", fn: () => BigInt("123456789012345") },
    { name: "parseMoney", fn: () => parseMoney(text, USD), reference: "BigInt(string)" },
    { name: "percentage(174, 250, 1)", fn: () => percentage(174, 250, 1) },
    // each operand read and checked (a Money, within the digit limit, one currency): 4–5 µs
    // a call until its read stopped spreading an object (docs/performance.md, "Object spreads")
    { name: "bigint add", fn: () => bareAdd(amount, other) },
    { name: "addMoney", fn: () => addMoney(amount, other), reference: "bigint add" },
    { name: "bigint sum of 1 000", fn: () => bareSum(amounts) },
    { name: "sumMoney of 1 000", fn: () => sumMoney(USD, amounts), reference: "bigint sum of 1 000" },
  ],
};
