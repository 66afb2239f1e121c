import { fc } from "@fast-check/vitest";
import { validateRiskMatrix, type RiskMatrix, type ValidRiskMatrix } from "@unsms/risk";
import * as Result from "effect/Result";

/** A matrix of ranks (indices into `levels`) with its sizes. */
export interface RankMatrix {
  readonly rows: number;
  readonly columns: number;
  readonly levels: number;
  readonly ranks: ReadonlyArray<ReadonlyArray<number>>;
}

/** Names the scales and turns ranks into a RiskMatrix. */
export const toMatrix = (m: RankMatrix): RiskMatrix => {
  const levels = Array.from({ length: m.levels }, (_, k) => `R${k}`);
  return {
    likelihood: Array.from({ length: m.rows }, (_, k) => `L${k}`),
    impact: Array.from({ length: m.columns }, (_, k) => `I${k}`),
    levels,
    cells: m.ranks.map((row) => row.map((rank) => levels[rank] ?? "?")),
  };
};

const sizes = fc.record({
  rows: fc.integer({ min: 3, max: 7 }),
  columns: fc.integer({ min: 3, max: 7 }),
  levels: fc.integer({ min: 1, max: 7 }),
});

/**
 * Monotone rank matrices of every size from 3×3 to 7×7: each cell is the larger of the
 * cells below and to the left plus 0, 1 or 2, capped at the top level.
 */
export const monotoneRanks: fc.Arbitrary<RankMatrix> = sizes.chain(({ rows, columns, levels }) =>
  fc
    .array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    })
    .map((steps) => {
      const ranks: Array<Array<number>> = [];
      steps.forEach((row, l) => {
        const built: Array<number> = [];
        row.forEach((step, i) => {
          const floor = Math.max(l > 0 ? (ranks[l - 1]?.[i] ?? 0) : 0, i > 0 ? (built[i - 1] ?? 0) : 0);
          built.push(Math.min(levels - 1, floor + step));
        });
        ranks.push(built);
      });
      return { rows, columns, levels, ranks };
    }),
);

/** Valid matrices (monotone, complete, 3×3 to 7×7). */
export const validMatrix: fc.Arbitrary<ValidRiskMatrix> = monotoneRanks.map((ranks) =>
  Result.getOrThrow(validateRiskMatrix(toMatrix(ranks))),
);

/** Rank matrices with cells drawn independently: mostly not monotone. */
export const anyRanks: fc.Arbitrary<RankMatrix> = sizes.chain(({ rows, columns, levels }) =>
  fc
    .array(fc.array(fc.integer({ min: 0, max: levels - 1 }), { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    })
    .map((ranks) => ({ rows, columns, levels, ranks })),
);

/** Whether a rank matrix is monotone, by brute force over every pair of cells. */
export const isMonotone = (m: RankMatrix): boolean => {
  for (let l = 0; l < m.rows; l++)
    for (let i = 0; i < m.columns; i++)
      for (let l2 = l; l2 < m.rows; l2++)
        for (let i2 = i; i2 < m.columns; i2++) if ((m.ranks[l]?.[i] ?? 0) > (m.ranks[l2]?.[i2] ?? 0)) return false;
  return true;
};

/** How a single cell of a monotone matrix is broken. */
export interface BrokenCell {
  readonly matrix: RiskMatrix;
  readonly row: number;
  readonly column: number;
  readonly how: "lower" | "higher" | "unknown" | "missing";
}

/**
 * A monotone matrix with exactly one cell broken: lowered below a cell of lower
 * likelihood or impact, raised above a cell of higher likelihood or impact, replaced by a
 * name that is not a level, or removed.
 */
export const brokenCellMatrix: fc.Arbitrary<BrokenCell> = monotoneRanks.chain((m) =>
  fc
    .record({
      row: fc.integer({ min: 0, max: m.rows - 1 }),
      column: fc.integer({ min: 0, max: m.columns - 1 }),
      kind: fc.constantFrom("lower" as const, "higher" as const, "unknown" as const, "missing" as const),
      pick: fc.nat(),
    })
    .map(({ row, column, kind, pick }): BrokenCell => {
      const rank = (l: number, i: number): number | undefined => m.ranks[l]?.[i];
      const floor = Math.max(rank(row - 1, column) ?? 0, rank(row, column - 1) ?? 0);
      const ceiling = Math.min(rank(row + 1, column) ?? m.levels - 1, rank(row, column + 1) ?? m.levels - 1);
      const base = toMatrix(m);
      const cells = base.cells.map((r) => [...r]);
      let how: BrokenCell["how"] = kind;
      if (how === "lower" && floor === 0) how = "unknown";
      if (how === "higher" && ceiling === m.levels - 1) how = "unknown";
      const target = cells[row] ?? [];
      if (how === "lower") target[column] = `R${pick % floor}`;
      else if (how === "higher") target[column] = `R${ceiling + 1 + (pick % (m.levels - 1 - ceiling))}`;
      else if (how === "unknown") target[column] = "not a level";
      else target.splice(column, 1);
      return { matrix: { ...base, cells }, row, column, how };
    }),
);
