/**
 * Every value of a list that repeats an earlier one: its position and the position of its
 * first occurrence, in list order. Linear (one `Map`). What the checks of repeated ids
 * (`duplicateIdIssues`) and of a measure listed twice in one threat (`ThreatSchema`) share.
 *
 * @internal
 */
export const repeats = (
  values: ReadonlyArray<string>,
): ReadonlyArray<{ readonly index: number; readonly first: number }> => {
  const firsts = new Map<string, number>();
  const found: Array<{ readonly index: number; readonly first: number }> = [];
  values.forEach((value, index) => {
    const first = firsts.get(value);
    if (first === undefined) firsts.set(value, index);
    else found.push({ index, first });
  });
  return found;
};
