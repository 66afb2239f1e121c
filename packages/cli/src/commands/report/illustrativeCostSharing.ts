import type { Cited } from "@unsms/sdk";

/**
 * The inputs of the report's cost-sharing walk-through. The report gives no
 * per-organization headcounts and no field-related total: those are illustrative (the
 * headcounts are those of `docs/examples/cost-sharing/headcounts.csv`), and the total is
 * chosen so that the World Bank's share under the April 2005 floor is the US$ 11 million
 * it withheld. The amount withheld is the report's (¶53).
 *
 * @internal
 */
export const illustrativeCostSharing: {
  readonly label: string;
  readonly total: string;
  readonly participants: ReadonlyArray<{ readonly id: string; readonly headcount: number }>;
  readonly withheldBy: { readonly id: string; readonly amount: Cited<string> };
} = {
  label:
    "the headcounts and the total are ours, not the report's (it gives neither); the total is chosen so that the World Bank's share is the US$ 11 million it withheld.",
  total: "200225000.00",
  participants: [
    { id: "UN", headcount: 21000 },
    { id: "UNDP", headcount: 9500 },
    { id: "UNICEF", headcount: 8200 },
    { id: "WFP", headcount: 6400 },
    { id: "UNHCR", headcount: 5900 },
    { id: "World Bank", headcount: 3300 },
    { id: "WHO", headcount: 3100 },
    { id: "FAO", headcount: 2600 },
    { id: "UNAIDS", headcount: 20 },
    { id: "UNU", headcount: 9 },
    { id: "ITC", headcount: 14 },
  ],
  withheldBy: {
    id: "World Bank",
    amount: {
      value: "11000000.00",
      citation: { document: "A/61/531", location: "¶53", note: "拒付该组织应缴纳的 1 100 万美元款项" },
    },
  },
};
