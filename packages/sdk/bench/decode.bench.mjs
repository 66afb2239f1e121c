// Decoding at the boundary against JSON.parse of the same text (issue 11: "decoding
// 100 000 records ≤ 1× JSON.parse"). The records are the participants of one cost-share
// request (`unsms schema cost-share`): ids "AGENCY-00001"… and headcounts 1..5000 from a
// fixed linear congruential sequence; 100 000 of them are a 3.6 MB document.
// - "JSON.parse 1e5": the reference, parsing the text.
// - "decodeInput 1e5": the sdk's decodeInput("cost-share", value) over the parsed value —
//   the boundary's own cost, what the target is about.
// - "JSON.parse + decodeInput 1e5": what a server pays for a request body, for information.
import { decodeInput } from "@unsms/sdk/schema";

const request = (n) => {
  const participants = new Array(n);
  let state = 20_060_531;
  for (let i = 0; i < n; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    participants[i] = { id: `AGENCY-${String(i).padStart(5, "0")}`, headcount: (state % 5000) + 1 };
  }
  return { currency: "USD", total: "400000000.00", participants, formula: { kind: "proportional" } };
};

const text = JSON.stringify(request(100_000));
const value = JSON.parse(text);

export default {
  name: "sdk: decoding 100 000 records",
  cases: [
    { name: "JSON.parse 1e5", fn: () => JSON.parse(text) },
    {
      name: "decodeInput 1e5",
      fn: () => {
        const result = decodeInput("cost-share", value);
        if (result._tag !== "Success") throw new Error("the request did not decode");
        return result;
      },
      reference: "JSON.parse 1e5",
    },
    {
      name: "JSON.parse + decodeInput 1e5",
      fn: () => decodeInput("cost-share", JSON.parse(text)),
      reference: "JSON.parse 1e5",
    },
  ],
  targets: [{ case: "decodeInput 1e5", reference: "JSON.parse 1e5", atMost: 1 }],
};
