// Decoding a cost-share request of 100 000 participants at the boundary against JSON.parse
// of the same text (issue 11: decoding at most 1× JSON.parse). The text is what a caller
// receives; "JSON.parse 1e5" turns it into values, "readCostShareRequest 1e5" checks those
// values and turns them into the request the pure functions take (participants by the check
// compiled from ParticipantSchema, the rest by zod), and "zod decode 1e5" is the whole
// request through CostShareRequestSchema alone, for comparison (what readCostShareRequest
// did before 0.2.0, and what it still does when a participant is invalid, to word the
// problems). Ids are 11 characters, headcounts 1..5000 from a fixed sequence.
import { decode } from "@unsms/core/schema";
import { CostShareRequestSchema, readCostShareRequest } from "@unsms/cost-sharing/schema";
import { headcounts, participantsOf, succeeded as check } from "./support/benchInputs.mjs";

const participants = participantsOf(headcounts(100_000), 7);
const text = JSON.stringify({ currency: "USD", total: "400000000.00", participants });
const parsed = JSON.parse(text);

export default {
  name: "cost-sharing: decode",
  cases: [
    { name: "JSON.parse 1e5", fn: () => JSON.parse(text) },
    { name: "readCostShareRequest 1e5", fn: () => check(readCostShareRequest(parsed)), reference: "JSON.parse 1e5" },
    { name: "zod decode 1e5", fn: () => check(decode(CostShareRequestSchema, parsed)), reference: "JSON.parse 1e5" },
  ],
  targets: [{ case: "readCostShareRequest 1e5", reference: "JSON.parse 1e5", atMost: 1 }],
};
