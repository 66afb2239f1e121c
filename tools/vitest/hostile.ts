import { fc } from "@fast-check/vitest";

/**
 * What a careless or hostile JS caller can pass to a public function (issue 16, item 5):
 * every JSON-like and JS value of `fc.anything()`, plus values that break code which
 * trusts its types — revoked proxies, proxies whose every trap throws, throwing getters,
 * cyclic objects and arrays, array-likes and a real sparse array with huge `length`s, typed arrays whose own
 * `length` throws or lies, own `__proto__` and
 * `constructor` keys, and the strings that name `Object.prototype`'s members.
 *
 * The arbitrary generates a *recipe* (plain data that fast-check can print and shrink,
 * so a counterexample reads well and replays with its seed); {@link buildHostile} turns a
 * recipe into the value, fresh for each call.
 */
export type HostileRecipe =
  | { readonly plain: unknown }
  | { readonly special: Special }
  | { readonly object: ReadonlyArray<readonly [string, HostileRecipe]> }
  | { readonly array: ReadonlyArray<HostileRecipe> };

const SPECIALS = [
  "revoked proxy",
  "revoked proxy of an array",
  "proxy whose every trap throws",
  "throwing getters",
  "throwing Symbol.iterator",
  "cyclic object",
  "cyclic array",
  "length 2^32 - 1",
  "length MAX_SAFE_INTEGER",
  "length Infinity",
  "length -1",
  "array of length 2^32 - 1",
  "typed array whose length throws",
  "typed array with a false length",
  "own __proto__ key",
  "own constructor key",
  "null prototype",
  "'__proto__'",
  "'constructor'",
  "'prototype'",
  "'toString'",
  "'hasOwnProperty'",
] as const;
type Special = (typeof SPECIALS)[number];

// Keys an object may hold: prototype names, and those the packages read (ids, amounts…).
const KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "then",
  "length",
  "id",
  "name",
  "headcount",
  "total",
  "currency",
  "participants",
  "amount",
  "kind",
  "category",
  "roles",
  "threats",
  "posts",
  "weights",
  "at",
  "by",
];

const thrower = (): never => {
  throw new Error("hostile: this value throws when touched");
};

const throwingGetters = (): object => {
  const value = {};
  for (const key of KEYS) Object.defineProperty(value, key, { get: thrower, enumerable: true });
  return value;
};

const special = (kind: Special): unknown => {
  switch (kind) {
    case "revoked proxy": {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
    case "revoked proxy of an array": {
      const { proxy, revoke } = Proxy.revocable([1, 2, 3], {});
      revoke();
      return proxy;
    }
    case "proxy whose every trap throws":
      return new Proxy(
        {},
        Object.fromEntries(
          [
            "get",
            "has",
            "ownKeys",
            "getOwnPropertyDescriptor",
            "getPrototypeOf",
            "set",
            "defineProperty",
            "deleteProperty",
            "isExtensible",
            "preventExtensions",
            "setPrototypeOf",
            "apply",
            "construct",
          ].map((trap) => [trap, thrower]),
        ),
      );
    case "throwing getters":
      return throwingGetters();
    case "throwing Symbol.iterator":
      return Object.assign([1, 2, 3], { [Symbol.iterator]: thrower });
    case "cyclic object": {
      const value: Record<string, unknown> = { id: "A", headcount: 1 };
      value["self"] = value;
      value["participants"] = [value];
      return value;
    }
    case "cyclic array": {
      const value: Array<unknown> = [];
      value.push(value, { items: value });
      return value;
    }
    case "length 2^32 - 1":
      return { length: 2 ** 32 - 1 };
    case "length MAX_SAFE_INTEGER":
      return { length: Number.MAX_SAFE_INTEGER, 0: 1 };
    case "length Infinity":
      return { length: Number.POSITIVE_INFINITY };
    case "length -1":
      return { length: -1 };
    case "array of length 2^32 - 1": {
      // a real Array (Array.isArray is true) that costs a few bytes: a loop to its length,
      // a spread or a copy runs for minutes or ends the process
      const value: Array<unknown> = [{ id: "A", headcount: 1 }];
      value.length = 2 ** 32 - 1;
      return value;
    }
    case "typed array whose length throws":
      return Object.defineProperty(Uint32Array.of(1, 2, 3), "length", { get: thrower });
    case "typed array with a false length":
      return Object.defineProperty(Float64Array.of(1, 2, 3), "length", { value: 5 });
    case "own __proto__ key":
      return JSON.parse('{"__proto__":{"polluted":true,"id":"X"},"id":"A"}') as unknown;
    case "own constructor key":
      return { constructor: { prototype: { polluted: true } }, id: "A" };
    case "null prototype":
      return Object.assign(Object.create(null) as object, { id: "A", headcount: 1 });
    case "'__proto__'":
      return "__proto__";
    case "'constructor'":
      return "constructor";
    case "'prototype'":
      return "prototype";
    case "'toString'":
      return "toString";
    case "'hasOwnProperty'":
      return "hasOwnProperty";
  }
};

/** Builds the value a recipe describes: fresh objects, proxies revoked anew. */
export const buildHostile = (recipe: HostileRecipe): unknown => {
  if ("plain" in recipe) return recipe.plain;
  if ("special" in recipe) return special(recipe.special);
  if ("array" in recipe) return recipe.array.map(buildHostile);
  const value: Record<string, unknown> = {};
  // defineProperty: an own "__proto__" key, as JSON.parse makes one, not a prototype change.
  for (const [key, inner] of recipe.object)
    Object.defineProperty(value, key, {
      value: buildHostile(inner),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return value;
};

/** The recipes of hostile values, nested (objects and arrays holding hostile values). */
export const hostileRecipe: fc.Arbitrary<HostileRecipe> = fc.letrec<{
  value: HostileRecipe;
  object: HostileRecipe;
  array: HostileRecipe;
}>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc
      .anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        withBoxedValues: true,
        maxDepth: 2,
      })
      .map((plain) => ({ plain })),
    fc.constantFrom(...SPECIALS).map((kind) => ({ special: kind })),
    tie("object"),
    tie("array"),
  ),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 4 })), tie("value")), { maxLength: 4 })
    .map((entries) => ({ object: entries })),
  array: fc.array(tie("value"), { maxLength: 4 }).map((items) => ({ array: items })),
})).value;

/** Hostile argument lists: up to `max` recipes (a function gets 0 to `max` arguments). */
export const hostileArguments = (max = 3): fc.Arbitrary<ReadonlyArray<HostileRecipe>> =>
  fc.array(hostileRecipe, { maxLength: max });
