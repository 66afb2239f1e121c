// A census of 100 000 presence records (the scale), against a plain loop that
// counts the same records present at the instant, measured in the same run.
import { countHeadcounts, drawEvacuationList, takeCensus } from "@unsms/presence";
import { measuredAgainst } from "../../../tools/bench/measuredAgainst.mjs";

const stations = Array.from({ length: 100 }, (_, i) => `Station ${i}`);
const organizations = ["FAO", "UNDP", "UNHCR", "UNICEF", "UNFPA", "WFP", "WHO", "IOM"];
const categories = ["staff", "staff", "staff", "dependant", "dependant", "consultant", "contractor", "visitor"];
const year = Date.UTC(2006, 0, 1);
const day = 86_400_000;
// 100 000 records of 80 000 people: a fifth of them moved once during the year.
const records = [];
for (let p = 0; records.length < 100_000; p += 1) {
  const base = {
    person: `P${p}`,
    organization: organizations[p % organizations.length],
    category: categories[(p * 7) % categories.length],
    source: "integrated-security-tracking-system",
  };
  if (p % 4 === 0) {
    const move = new Date(year + ((p * 13) % 365) * day);
    records.push({ ...base, dutyStation: stations[p % 100], from: new Date(year - 365 * day), to: move });
    records.push({ ...base, dutyStation: stations[(p + 1) % 100], from: move, to: null });
  } else {
    records.push({
      ...base,
      dutyStation: stations[p % 100],
      from: new Date(year + ((p * 31) % 300) * day),
      to: p % 9 === 0 ? new Date(year + 330 * day) : null,
    });
  }
}
const at = new Date(Date.UTC(2006, 5, 30, 12));

const countLoop = () => {
  const time = at.getTime();
  const totals = new Map();
  for (const record of records) {
    if (record.from.getTime() > time || (record.to !== null && record.to.getTime() <= time)) continue;
    totals.set(record.dutyStation, (totals.get(record.dutyStation) ?? 0) + 1);
  }
  return totals;
};

export default {
  name: "presence: census, headcounts and evacuation lists",
  cases: [
    ...measuredAgainst({ name: "count loop, 100k records", fn: countLoop }, [
      { name: "takeCensus, 100k records / 100 stations", fn: () => takeCensus(records, at) },
      { name: "countHeadcounts, 100k records", fn: () => countHeadcounts(records, at) },
    ]),
    { name: "drawEvacuationList of one station, 100k records", fn: () => drawEvacuationList(records, at, "Station 7") },
  ],
};
