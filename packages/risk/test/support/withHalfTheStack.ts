/**
 * Runs `run` with about half of the call stack already in use, as a function called deep
 * inside an application's own calls is: it measures how deep a plain recursion goes before
 * the stack overflows, then calls `run` half as deep. What fits at the top of a test's stack
 * but not there (a call spreading 100 000 arguments) shows up at once.
 */
export const withHalfTheStack = <A>(run: () => A): A => {
  let deepest = 0;
  const probe = (depth: number): void => {
    deepest = depth;
    probe(depth + 1);
  };
  try {
    probe(0);
  } catch {
    // the stack's end: `deepest` is as deep as a call of this size goes
  }
  const descend = (depth: number): A => (depth === 0 ? run() : descend(depth - 1));
  return descend(Math.floor(deepest / 2));
};
