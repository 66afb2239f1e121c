/**
 * A list of person ids with a lookup in constant time, built once: who an appointee may
 * answer to, without a list built and searched for every appointee.
 *
 * @internal
 */
export interface PersonGroup {
  /** The ids, each once, in the order given. */
  readonly ids: ReadonlyArray<string>;
  /** Whether the person is one of them. */
  readonly has: (id: string) => boolean;
}

/**
 * The {@link PersonGroup} of ids (a repeated id kept once, at its first place).
 *
 * @internal
 */
export const personGroup = (ids: ReadonlyArray<string>): PersonGroup => {
  const set = new Set(ids);
  return { ids: [...set], has: (id) => set.has(id) };
};
