import type { FunctionTable } from "@unsms/staffing";

const cite = { document: "A/61/531", location: "¶38" } as const;
const lost = {
  document: "A/61/531",
  location: "¶38",
  note: "the extracted text lost the column of each cell: values kept in source order, columns unknown",
} as const;

/**
 * The table of ¶38: the functions of the 391 new posts by duty station (New York, Nairobi,
 * Vienna, Geneva, ECA, ESCAP, ESCWA, ECLAC). Only the two full rows (security control
 * centre, compound patrols and internal posts) have known columns. In every other row the
 * extracted text kept the values but lost their columns ("7 6 3 1" for personal
 * protection: four values, eight columns); the row and column totals do not settle them —
 * several order-keeping placements fit every total — so each sparse row keeps its values in
 * source order with `columns: null`, never a guessed placement.
 *
 * @example
 * ```ts
 * import { newPostsByFunction } from "@unsms/reference-data"
 * import { findPlacements } from "@unsms/staffing"
 *
 * console.log(newPostsByFunction.total, findPlacements(newPostsByFunction).placements.length) // 391 1
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export const newPostsByFunction: FunctionTable = {
  columns: ["New York", "Nairobi", "Vienna", "Geneva", "Addis Ababa", "Bangkok", "Beirut", "Santiago"],
  columnTotals: [88, 47, 58, 62, 70, 21, 19, 26],
  total: 391,
  rows: [
    {
      function: "Security planning, special operations and quality control",
      values: [4],
      columns: null,
      total: 4,
      citation: lost,
    },
    { function: "Personal protection", values: [7, 6, 3, 1], columns: null, total: 17, citation: lost },
    { function: "Annex posts and patrols", values: [9, 4, 12, 20], columns: null, total: 45, citation: lost },
    { function: "Counter-surveillance and emergency response", values: [15], columns: null, total: 15, citation: lost },
    {
      function: "Security control centre",
      values: [8, 5, 1, 2, 5, 5, 5, 4],
      columns: ["New York", "Nairobi", "Vienna", "Geneva", "Addis Ababa", "Bangkok", "Beirut", "Santiago"],
      total: 35,
      citation: cite,
    },
    {
      function: "Compound patrols and internal posts",
      values: [29, 11, 24, 35, 19, 4, 1, 5],
      columns: ["New York", "Nairobi", "Vienna", "Geneva", "Addis Ababa", "Bangkok", "Beirut", "Santiago"],
      total: 128,
      citation: cite,
    },
    { function: "Internal canine operations", values: [8], columns: null, total: 8, citation: lost },
    {
      function: "Fire and hazardous materials safety",
      values: [2, 2, 9, 5, 1],
      columns: null,
      total: 19,
      citation: lost,
    },
    {
      function: "Threat assessment and crisis management",
      values: [4, 8, 2, 4, 2, 1],
      columns: null,
      total: 21,
      citation: lost,
    },
    {
      function: "Security and safety training",
      values: [2, 1, 3, 1, 1, 1, 1],
      columns: null,
      total: 10,
      citation: lost,
    },
    { function: "Pass and ID unit", values: [1, 2, 6, 1, 1, 1], columns: null, total: 12, citation: lost },
    {
      function: "Pedestrian and vehicle access control",
      values: [16, 23, 6, 4, 8, 6, 14],
      columns: null,
      total: 77,
      citation: lost,
    },
  ],
  citation: {
    document: "A/61/531",
    location: "¶38",
    note: "columns: United Nations Headquarters (New York), UNON (Nairobi), UNOV (Vienna), UNOG (Geneva), ECA (Addis Ababa), ESCAP (Bangkok), ESCWA (Beirut), ECLAC (Santiago)",
  },
};
