/**
 * A summary row before its rates: authorized posts, and filled posts or `undefined` when
 * the counts do not settle them.
 *
 * @internal
 */
export interface RowTally {
  readonly key: string;
  readonly label: string;
  readonly depth: number;
  readonly authorized: number;
  readonly filled: number | undefined;
}
