/**
 * The report `unsms report` prints, as data: every renderer (text, Markdown, HTML, JSON)
 * reads the same model, so the formats cannot disagree.
 *
 * @internal
 */
export interface ReportModel {
  readonly title: string;
  readonly source: string;
  /** The headline figures, for machines (`--format json`) and tests. */
  readonly figures: {
    readonly posts: number;
    readonly filled: number;
    readonly vacant: number;
    readonly fillRate: string;
    readonly fundingGap: string;
    readonly currency: string;
  };
  readonly sections: ReadonlyArray<ReportSection>;
}

/** @internal */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly blocks: ReadonlyArray<ReportBlock>;
}

/**
 * A paragraph, a table, the figure checks, a chain of lines, or one of the pictures
 * (`picture` is the SVG's name; the HTML report embeds it).
 *
 * @internal
 */
export type ReportBlock =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "note"; readonly text: string }
  | { readonly kind: "table"; readonly table: ReportTable }
  | { readonly kind: "checks"; readonly checks: ReadonlyArray<FigureCheck> }
  | { readonly kind: "chain"; readonly lines: ReadonlyArray<string> }
  | { readonly kind: "picture"; readonly picture: string; readonly alt: string };

/** @internal */
export interface ReportTable {
  readonly caption: string;
  readonly headers: ReadonlyArray<string>;
  /** "l" or "r" per column. */
  readonly align: ReadonlyArray<"l" | "r">;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  /** Rows shown as totals (bold in HTML, after a rule in text). */
  readonly totalRows?: number;
}

/**
 * One figure computed by the SDK set against what the report prints: `reconciled` when
 * they agree, `disagrees` when the report contradicts itself (¶19 against ¶41).
 *
 * @internal
 */
export interface FigureCheck {
  readonly figure: string;
  readonly computed: string;
  readonly printed: string;
  readonly source: string;
  readonly status: "reconciled" | "disagrees";
}
