import * as z from "zod";

/**
 * What one decode has heard from the elements of its lists: how many problems they reported
 * in full (`kept`), and how many they only counted (`omitted`) once `kept` reached `limit`.
 * Its two markers stand, in zod's issue lists, for an element whose problems were counted
 * instead of kept: `stop` for one whose problems stop the checks of the lists and objects
 * around it (zod's "aborted"), `go` for one whose problems do not (unknown keys only).
 *
 * @internal
 */
export interface IssueBudget {
  readonly limit: number;
  kept: number;
  omitted: number;
  readonly stop: z.core.$ZodRawIssue;
  readonly go: z.core.$ZodRawIssue;
}

/** The key under which a decode's parse context holds its {@link IssueBudget}. @internal */
export const BUDGET: unique symbol = Symbol("unsms.issueBudget");

const COUNTED: unique symbol = Symbol("unsms.countedElement");

/** The parse context of a decode: zod's, with the budget. @internal */
export type BudgetContext = z.core.ParseContextInternal & { readonly [BUDGET]?: IssueBudget };

/**
 * A marker issue. Its path reads as empty and ignores writes: zod prefixes an element's
 * issues with their index and key on the way up (in place, or by assigning a new path), and
 * the one marker stands for many elements, so it keeps no path and grows none.
 */
const marker = (stops: boolean): z.core.$ZodRawIssue =>
  Object.defineProperties(
    { code: "custom", input: undefined, [COUNTED]: true },
    {
      continue: { value: !stops, enumerable: true },
      path: { get: () => [], set: () => undefined, enumerable: true },
    },
  ) as unknown as z.core.$ZodRawIssue;

/** A fresh budget of `limit` problems, with its own markers. @internal */
export const makeBudget = (limit: number): IssueBudget => ({
  limit,
  kept: 0,
  omitted: 0,
  stop: marker(true),
  go: marker(false),
});

/** Whether an issue is a budget's marker for an element whose problems were only counted. @internal */
export const isCountedMarker = (issue: unknown): boolean =>
  typeof issue === "object" && issue !== null && Object.hasOwn(issue, COUNTED);

/** zod's own rule (`util.aborted`): a payload stops the checks around it unless every issue says `continue`. */
const stops = (payload: z.core.ParsePayload): boolean =>
  payload.aborted === true || payload.issues.some((issue) => issue.continue !== true);

/**
 * `element` as a list's element under a budget: while the budget has room, exactly
 * `element` (its problems counted into `kept`); once it is spent, an element still runs
 * whole, on its own payload, but its problems are counted into `omitted` and dropped, and
 * one marker takes their place, so the list fails as before, its checks and those around
 * it run or stop as before, and memory stays a reference per element. Without a
 * budget in the context (a parse that is not a decode's), exactly `element`.
 */
const capElement = (element: z.core.$ZodType, count: (issues: ReadonlyArray<z.core.$ZodRawIssue>) => number) => {
  const capped = z.unknown();
  capped._zod.run = (payload, ctx) => {
    const budget = (ctx as BudgetContext)[BUDGET];
    if (budget === undefined) return element._zod.run(payload, ctx);
    if (budget.kept < budget.limit) {
      const result = element._zod.run(payload, ctx);
      if (!(result instanceof Promise) && result.issues.length > 0) budget.kept += count(result.issues);
      return result;
    }
    const result = element._zod.run({ value: payload.value as unknown, issues: [] }, ctx);
    if (result instanceof Promise || result.issues.length === 0) return result;
    budget.omitted += count(result.issues);
    // a stopping element's value is never read (the checks around it stop): not kept
    return stops(result) ? { value: undefined, issues: [budget.stop] } : { value: result.value, issues: [budget.go] };
  };
  return capped;
};

/** A copy of `schema` (same class, same definition, getters kept) with `key` of its definition replaced. */
const withDef = (schema: z.core.$ZodType, key: string, value: unknown): z.core.$ZodType => {
  const def = Object.defineProperties({}, Object.getOwnPropertyDescriptors(schema._zod.def)) as Record<string, unknown>;
  Object.defineProperty(def, key, { value, enumerable: true, configurable: true, writable: true });
  return z.core.util.clone(schema, def as unknown as z.core.$ZodType["_zod"]["def"]);
};

/** How deep through objects and optional wrappers the lists are looked for: a boundary's lists are near its root. */
const MAX_DEPTH = 16;

const derive = (
  schema: z.core.$ZodType,
  depth: number,
  count: (issues: ReadonlyArray<z.core.$ZodRawIssue>) => number,
): z.core.$ZodType => {
  if (depth > MAX_DEPTH) return schema;
  const def = schema._zod.def as unknown as Readonly<Record<string, unknown>>;
  switch (def.type) {
    case "array":
      return withDef(schema, "element", capElement(def.element as z.core.$ZodType, count));
    case "object": {
      const shape = Object.getOwnPropertyDescriptors(def.shape as object);
      const next: Record<PropertyKey, unknown> = {};
      let changed = false;
      for (const key of Reflect.ownKeys(shape)) {
        const descriptor = shape[key as keyof typeof shape] as PropertyDescriptor;
        // a getter (a recursive shape) is left as it is: it may build a new schema on each read
        if ("value" in descriptor) {
          const value = derive(descriptor.value as z.core.$ZodType, depth + 1, count);
          if (value !== descriptor.value) changed = true;
          descriptor.value = value;
        }
        Object.defineProperty(next, key, descriptor);
      }
      return changed ? withDef(schema, "shape", next) : schema;
    }
    case "optional":
    case "nullable":
    case "default": {
      const inner = derive(def.innerType as z.core.$ZodType, depth + 1, count);
      return inner === def.innerType ? schema : withDef(schema, "innerType", inner);
    }
    default:
      return schema;
  }
};

const derived = new WeakMap<z.core.$ZodType, z.core.$ZodType>();

/**
 * `schema` for a decode that keeps the problems of its lists' elements only up to a budget:
 * the same checks, the same output, the same issues in the same order up to the budget,
 * counted past it. The lists reached from the root through objects and optional, nullable
 * and defaulted values get capped elements ({@link capElement}); nothing else changes, and a
 * schema without such a list is returned as it is. Made once per schema; a schema that
 * cannot be copied is returned as it is. The schema given is never changed: its JSON Schema,
 * its own parses, are those of the plain zod it is.
 *
 * @internal
 */
export const capLists = (
  schema: z.core.$ZodType,
  count: (issues: ReadonlyArray<z.core.$ZodRawIssue>) => number,
): z.core.$ZodType => {
  let capped = derived.get(schema);
  if (capped === undefined) {
    try {
      capped = derive(schema, 0, count);
    } catch {
      capped = schema;
    }
    derived.set(schema, capped);
  }
  return capped;
};
