// Readiness of 1 000 duty stations from a register of 100 000 lines, against a plain loop
// summing the same serviceable quantities, measured in the same run.
import { readinessGaps, summarizeRegister } from "@unsms/equipment";
import { measuredAgainst } from "../../../tools/bench/measuredAgainst.mjs";

const items = Array.from({ length: 44 }, (_, i) => `ITEM-${i}`); // ¶47: about 44 standard items
const states = ["serviceable", "serviceable", "serviceable", "in-repair", "unserviceable", "deployed"];
const register = Array.from({ length: 100_000 }, (_, i) => ({
  item: items[i % items.length],
  category: i % 3 === 0 ? "communications" : i % 3 === 1 ? "protective" : "other",
  standard: i % 10 !== 0,
  dutyStation: `Station ${i % 1000}`,
  quantity: 1 + (i % 17),
  state: states[i % states.length],
}));
const kit = { name: "bench kit", basis: "bench", items: items.map((item, i) => ({ item, quantity: 5 + (i % 7) })) };

const sumLoop = () => {
  const totals = new Map();
  for (const line of register) {
    if (line.state !== "serviceable") continue;
    const key = `${line.dutyStation}/${line.item}`;
    totals.set(key, (totals.get(key) ?? 0) + line.quantity);
  }
  return totals;
};

export default {
  name: "equipment: register and readiness",
  cases: measuredAgainst({ name: "sum loop, 100k lines", fn: sumLoop }, [
    { name: "readinessGaps, 100k lines / 1 000 stations / 44 items", fn: () => readinessGaps(register, kit) },
    { name: "summarizeRegister, 100k lines", fn: () => summarizeRegister(register) },
  ]),
};
