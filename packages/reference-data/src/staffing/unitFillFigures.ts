import type { Citation } from "@unsms/core";

/**
 * A unit's fill figure as a paragraph of the report states it: posts, filled posts, and
 * the percentage it prints with its decimals (`null` when it prints none).
 *
 * @example
 * ```ts
 * import type { UnitFillFigure } from "@unsms/reference-data"
 *
 * const figure: UnitFillFigure = {
 *   unit: "Field Support Service", posts: 30, filled: 16, printed: "53.3", decimals: 1,
 *   citation: { document: "A/61/531", location: "¶21" },
 * }
 * console.log(figure.printed)
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export interface UnitFillFigure {
  /** The unit (or part of it) the figure is about. */
  readonly unit: string;
  /** Its posts. */
  readonly posts: number;
  /** Filled posts. */
  readonly filled: number;
  /** The percentage as printed, or `null` when the report prints none. */
  readonly printed: string | null;
  /** The decimals of the printed percentage. */
  readonly decimals: number;
  /** The paragraph. */
  readonly citation: Citation;
}

/**
 * The unit fill figures of ¶6, ¶13, ¶15, ¶17, ¶19, ¶21 and ¶40, each as printed. ¶19's two
 * figures for Field Security Operations (174 of 250 international, 230 of 369 local: 404 of
 * 619) do not agree with the recruitment table's 467 of 619 (¶41); both are kept, cited.
 *
 * @example
 * ```ts
 * import { unitFillFigures } from "@unsms/reference-data"
 * import { percentage } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * for (const figure of unitFillFigures)
 *   if (figure.printed !== null) console.log(figure.printed === Result.getOrThrow(percentage(figure.filled, figure.posts, figure.decimals))) // true
 * ```
 *
 * @category staffing
 * @since 0.1.0
 */
export const unitFillFigures: ReadonlyArray<UnitFillFigure> = [
  {
    unit: "Office of the Under-Secretary-General",
    posts: 8,
    filled: 8,
    printed: null,
    decimals: 0,
    citation: {
      document: "A/61/531",
      location: "¶6",
      note: "fully staffed (满员): 1 D-2, 1 P-5, 1 P-3, 1 GS(PL), 3 GS(OL) besides the USG; 8 posts in Annex II",
    },
  },
  {
    unit: "Policy, Planning and Coordination Unit",
    posts: 6,
    filled: 3,
    printed: "50",
    decimals: 0,
    citation: { document: "A/61/531", location: "¶13" },
  },
  {
    unit: "Compliance, Evaluation and Monitoring Unit",
    posts: 8,
    filled: 6,
    printed: "75",
    decimals: 0,
    citation: { document: "A/61/531", location: "¶15", note: "the remaining 2 P-3 posts under recruitment" },
  },
  {
    unit: "Division of Regional Operations (headquarters)",
    posts: 43,
    filled: 28,
    printed: "65",
    decimals: 0,
    citation: { document: "A/61/531", location: "¶17" },
  },
  {
    unit: "Field Security Operations, international posts",
    posts: 250,
    filled: 174,
    printed: "69.6",
    decimals: 1,
    citation: {
      document: "A/61/531",
      location: "¶19",
      note: "with the local posts, 404 of 619 filled, against 467 in the recruitment table (¶41)",
    },
  },
  {
    unit: "Field Security Operations, local posts",
    posts: 369,
    filled: 230,
    printed: "62.3",
    decimals: 1,
    citation: {
      document: "A/61/531",
      location: "¶19",
      note: "with the international posts, 404 of 619 filled, against 467 in the recruitment table (¶41)",
    },
  },
  {
    unit: "Field Support Service",
    posts: 30,
    filled: 16,
    printed: "53.3",
    decimals: 1,
    citation: { document: "A/61/531", location: "¶21" },
  },
  {
    unit: "Executive Office",
    posts: 17,
    filled: 14,
    printed: "82",
    decimals: 0,
    citation: { document: "A/61/531", location: "¶40" },
  },
];
