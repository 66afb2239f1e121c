/**
 * A constructor of plain `{ id, headcount }` objects, for the boundary's compiled check of a
 * large list. Its `prototype` is `Object.prototype`, so what it builds is a plain object as
 * an object literal is (same prototype, `constructor === Object`, own keys `id` then
 * `headcount`, as JSON prints it); the difference is V8's. A literal in a loop has an
 * allocation site: once V8 sees that the objects made there survive (all of them do, until
 * the list is returned), it "pretenures" the site and makes every later one directly in the
 * old generation, where the garbage of each decoded request then costs full collections.
 * Objects made by `new` carry no allocation memento and are not pretenured. Measured on
 * 100 000 participants (`docs/performance.md`, "Decoding at the boundary"): the copy took 24 ms through a
 * literal and 5 ms through this constructor, after a `JSON.parse` of the same text.
 *
 * Made on call (the caller keeps one), so that importing the module runs nothing.
 *
 * @internal
 */
export const plainRecordConstructor = <Participant>(): new (id: unknown, headcount: unknown) => Participant => {
  const PlainRecord = function (this: { id: unknown; headcount: unknown }, id: unknown, headcount: unknown): void {
    this.id = id;
    this.headcount = headcount;
  };
  PlainRecord.prototype = Object.prototype;
  return PlainRecord as unknown as new (id: unknown, headcount: unknown) => Participant;
};
