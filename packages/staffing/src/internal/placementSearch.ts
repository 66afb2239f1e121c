import type { FunctionTable } from "../functionTable/FunctionTable";
import { columnState } from "./columnState";
import { deadEnds } from "./deadEnds";
import { maxPlacementCells } from "./placementLimits";
import type { RowOptions } from "./rowOptions";

/** @internal */
export interface PlacementResult {
  readonly placements: Array<Array<Array<number>>>;
  readonly complete: boolean;
  readonly steps: number;
}

/** One row being placed: its candidate now, and whether one of its candidates led to a placement. */
interface Frame {
  readonly rowIndex: number;
  readonly key: number;
  choice: Array<number> | undefined;
  applied: boolean;
  found: boolean;
}

/** Moves a frame to its row's next candidate: the candidate, or `undefined` when there is no other. */
const nextChoice = (frame: Frame, option: RowOptions | undefined): ReadonlyArray<number> | undefined => {
  if (frame.choice === undefined) return (frame.choice = option?.first());
  return option?.next(frame.choice) === true ? frame.choice : undefined;
};

/**
 * The depth-first search of `findPlacements` over rows ordered most constrained first, with
 * an explicit stack (a table's rows can be many more than the call stack is deep). Each
 * candidate tried is a step; a candidate must leave in each column no more than the rows
 * still to place can reach; states known to lead nowhere are not searched again.
 *
 * @internal
 */
export const placementSearch = (
  table: FunctionTable,
  options: ReadonlyArray<RowOptions>,
  limit: number,
  maxSteps: number,
): PlacementResult => {
  const width = table.columns.length;
  const rows = table.rows.length;
  const placements: Array<Array<Array<number>>> = [];
  const outputCap = rows * width === 0 ? Number.POSITIVE_INFINITY : Math.floor(maxPlacementCells / (rows * width));
  let steps = 0;
  let complete = true;
  const order = options
    .map((_, index) => index)
    .sort((a, b) => (options[a]?.count ?? 0) - (options[b]?.count ?? 0) || a - b);
  const reachable = new Array<number>(width).fill(0);
  for (const option of options)
    for (const [column, value] of option.reach) reachable[column] = (reachable[column] ?? 0) + value;
  const state = columnState(table.columnTotals, reachable);
  const dead = deadEnds(state);
  const stack: Array<Frame> = [];
  const valuesOf = (rowIndex: number): ReadonlyArray<number> => table.rows[rowIndex]?.values ?? [];
  const apply = (frame: Frame, sign: number): void => {
    const values = valuesOf(frame.rowIndex);
    frame.choice?.forEach((column, k) => state.take(column, sign * (values[k] ?? 0)));
  };
  const record = (): void => {
    const matrix = Array.from({ length: rows }, () => new Array<number>(width).fill(0));
    for (const frame of stack) {
      const values = valuesOf(frame.rowIndex);
      const cells = matrix[frame.rowIndex];
      if (cells !== undefined) frame.choice?.forEach((column, k) => (cells[column] = values[k] ?? 0));
    }
    placements.push(matrix);
  };
  /** Enters the row at `depth`: `true` when a frame was pushed, else whether the end was reached with a placement. */
  const enter = (depth: number): boolean | "pushed" => {
    const rowIndex = order[depth];
    if (rowIndex === undefined) {
      if (state.nonZero() !== 0) return false;
      record();
      return true;
    }
    const key = dead.keyOf(depth);
    if (dead.has(key)) return false;
    for (const [column, value] of options[rowIndex]?.reach ?? []) state.reachMore(column, -value);
    stack.push({ rowIndex, key, choice: undefined, applied: false, found: false });
    return "pushed";
  };
  const leave = (frame: Frame): boolean => {
    for (const [column, value] of options[frame.rowIndex]?.reach ?? []) state.reachMore(column, value);
    if (!frame.found && complete) dead.add(frame.key);
    stack.pop();
    return frame.found;
  };
  /** A child's answer reaches its parent: the parent's candidate is taken back and the search may stop. */
  const settle = (frame: Frame, found: boolean): boolean => {
    if (found) frame.found = true;
    apply(frame, -1);
    frame.applied = false;
    return placements.length >= limit || placements.length >= outputCap || !complete;
  };
  let answer = enter(0);
  let stop = false;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (answer !== "pushed" && frame.applied) stop = settle(frame, answer);
    answer = "pushed";
    const option = options[frame.rowIndex];
    const choice = stop ? undefined : nextChoice(frame, option);
    if (choice === undefined) {
      answer = leave(frame);
      continue;
    }
    steps += 1;
    if (steps > maxSteps) {
      complete = false;
      stop = true;
      answer = leave(frame);
      continue;
    }
    const values = valuesOf(frame.rowIndex);
    if (!choice.every((column, k) => (state.remaining[column] ?? 0) >= (values[k] ?? 0))) continue;
    apply(frame, 1);
    if (state.over() !== 0) {
      apply(frame, -1);
      continue;
    }
    frame.applied = true;
    answer = enter(stack.length);
  }
  if (placements.length >= outputCap && placements.length < limit) complete = false;
  return { placements, complete, steps };
};
