// Exact money against the bigint operations it is built on, measured in the same run.
import { formatMoney, makeMoney, parseMoney, percentage, USD } from "@unsms/core";

const amount = makeMoney(123_456_789_012_345n, USD);
const text = "1234567890123.45";

export default {
  name: "core: money and rates",
  cases: [
    { name: "bigint toString", fn: () => amount.minorUnits.toString() },
    { name: "formatMoney", fn: () => formatMoney(amount), reference: "bigint toString" },
    { name: "BigInt(string)", fn: () => BigInt("123456789012345") },
    { name: "parseMoney", fn: () => parseMoney(text, USD), reference: "BigInt(string)" },
    { name: "percentage(174, 250, 1)", fn: () => percentage(174, 250, 1) },
  ],
};
