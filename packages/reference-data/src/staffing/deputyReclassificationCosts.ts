import type { ReclassificationCostTable } from "@unsms/staffing";

/**
 * The cost of reclassifying the deputy to the Under-Secretary-General from D-2 to ASG from
 * January 2007 (¶12, ¶56(a); the report names no day): US$ 33 400 under section 33 (Safety and security) and
 * US$ 6 800 under section 35 (Staff assessment), offset by the same amount under income
 * section 1 (Income from staff assessment). Input for `reclassifyPost`.
 *
 * @example
 * ```ts
 * import { deputyReclassificationCosts } from "@unsms/reference-data"
 *
 * console.log(deputyReclassificationCosts.entries[0]?.lines.map((line) => line.amount)) // ["33400.00", "6800.00", "6800.00"]
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export const deputyReclassificationCosts: ReclassificationCostTable = {
  currency: "USD",
  entries: [
    {
      from: "D-2",
      to: "ASG",
      lines: [
        { section: "33", title: "Safety and security", kind: "expenditure", amount: "33400.00" },
        { section: "35", title: "Staff assessment", kind: "expenditure", amount: "6800.00" },
        { section: "IS1", title: "Income from staff assessment", kind: "income", amount: "6800.00" },
      ],
      citation: {
        document: "A/61/531",
        location: "¶12, ¶56(a)",
        note: "programme budget 2006–2007, effective January 2007; net zero for staff assessment",
      },
    },
  ],
};
