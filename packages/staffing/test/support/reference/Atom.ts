/**
 * Posts whose incumbency is known only together: the count-only lines a count covers and
 * none of the counts nested in it does, with how many of them are filled (`undefined` when
 * no count covers them).
 *
 * @internal
 */
export interface Atom {
  readonly lines: ReadonlyArray<number>;
  readonly size: number;
  readonly filled: number | undefined;
}
