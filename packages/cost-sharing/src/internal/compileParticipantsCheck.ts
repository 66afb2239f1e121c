import type * as z from "zod";
import { plainRecordConstructor } from "./plainRecordConstructor";

/** What a fast check needs of a zod schema's definition (zod 4's `_zod.def`). */
interface Def {
  readonly type?: unknown;
  readonly checks?: ReadonlyArray<{ readonly _zod?: { readonly def?: Readonly<Record<string, unknown>> } }>;
  readonly shape?: Readonly<Record<string, { readonly _zod?: { readonly def?: Def } }>>;
  readonly catchall?: { readonly _zod?: { readonly def?: Def } };
}

type FieldCheck = (value: unknown) => boolean;

const checksOf = (def: Def): ReadonlyArray<Readonly<Record<string, unknown>>> | undefined => {
  const checks: Array<Readonly<Record<string, unknown>>> = [];
  for (const check of def.checks ?? []) {
    const inner = check._zod?.def;
    if (inner === undefined) return undefined;
    checks.push(inner);
  }
  return checks;
};

/**
 * A string with length bounds, regular expressions and overwrites (zod's own `tx`, e.g.
 * `.normalize("NFC")`), applied in the schema's order, and nothing else (no transform, no
 * refinement): the value it gives back is the one the schema gives, or undefined when the
 * schema would refuse it.
 */
const stringCheck = (def: Def): ((value: unknown) => string | undefined) | undefined => {
  const checks = checksOf(def);
  if (checks === undefined) return undefined;
  type Step =
    | { readonly min: number }
    | { readonly max: number }
    | { readonly pattern: RegExp }
    | { readonly tx: (value: string) => unknown };
  const steps: Array<Step> = [];
  for (const check of checks) {
    if (check["check"] === "min_length" && typeof check["minimum"] === "number") steps.push({ min: check["minimum"] });
    else if (check["check"] === "max_length" && typeof check["maximum"] === "number")
      steps.push({ max: check["maximum"] });
    else if (
      check["check"] === "string_format" &&
      check["format"] === "regex" &&
      check["pattern"] instanceof RegExp &&
      !/[gy]/.test(check["pattern"].flags)
    ) {
      steps.push({ pattern: check["pattern"] });
    } else if (check["check"] === "overwrite" && typeof check["tx"] === "function")
      steps.push({ tx: check["tx"] as (value: string) => unknown });
    else return undefined;
  }
  return (value) => {
    if (typeof value !== "string") return undefined;
    let v: string = value;
    for (const step of steps) {
      if ("tx" in step) {
        const next = step.tx(v);
        if (typeof next !== "string") return undefined;
        v = next;
      } else if ("min" in step ? v.length < step.min : "max" in step ? v.length > step.max : !step.pattern.test(v))
        return undefined;
    }
    return v;
  };
};

/** A safe integer with an inclusive lower bound, and nothing else. */
const safeIntegerCheck = (def: Def): FieldCheck | undefined => {
  const checks = checksOf(def);
  if (checks === undefined) return undefined;
  let safeInteger = false;
  let lower = Number.NEGATIVE_INFINITY;
  for (const check of checks) {
    if (check["check"] === "number_format" && check["format"] === "safeint") safeInteger = true;
    else if (check["check"] === "greater_than" && check["inclusive"] === true && typeof check["value"] === "number")
      lower = Math.max(lower, check["value"]);
    else return undefined;
  }
  if (!safeInteger) return undefined;
  return (value) => typeof value === "number" && Number.isSafeInteger(value) && value >= lower;
};

/**
 * Compiles a fast check of a list of participants from `ParticipantSchema`, which stays the
 * one definition: this only reads its constants (the id's length bounds and patterns, the
 * headcount's lower bound) and calls its own overwrites (the id's normalization). When the schema holds anything else (a transform, a
 * refinement, another field) it returns undefined and the caller uses the schema itself.
 *
 * The check returned is sound, not complete: when it accepts a list, the schema accepts it
 * too and gives the same participants (fresh plain `{ id, headcount }` objects, see `plainRecordConstructor`, with each field
 * read once, as the schema gives); when it refuses (an object that is not plain, a problem
 * anywhere, a getter that throws), the caller asks the schema, which decides and words the
 * problems. It never throws. A loop, no recursion: a million participants take a few
 * tens of milliseconds.
 *
 * @internal
 */
export const compileParticipantsCheck = <S extends z.ZodType>(
  schema: S,
): ((values: unknown) => Array<z.output<S>> | undefined) | undefined => {
  const def = (schema as unknown as { _zod?: { def?: Def } })._zod?.def;
  if (def?.type !== "object" || def.shape === undefined || def.catchall?._zod?.def?.type !== "never") return undefined;
  if ((def.checks ?? []).length > 0 || Object.keys(def.shape).join() !== "id,headcount") return undefined;
  const idDef = def.shape["id"]?._zod?.def;
  const headcountDef = def.shape["headcount"]?._zod?.def;
  const checkId = idDef?.type === "string" ? stringCheck(idDef) : undefined;
  const checkHeadcount = headcountDef?.type === "number" ? safeIntegerCheck(headcountDef) : undefined;
  if (checkId === undefined || checkHeadcount === undefined) return undefined;
  const PlainRecord = plainRecordConstructor<z.output<S>>();
  return (values) => {
    try {
      if (!Array.isArray(values)) return undefined;
      // with nothing enumerable on Object.prototype, every key for-in gives a plain object is its own
      for (const _ in {}) return undefined;
      const n = values.length;
      const out = new Array<z.output<S>>(n);
      for (let i = 0; i < n; i++) {
        const value: unknown = values[i];
        if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype)
          return undefined;
        let count = 0;
        for (const key in value) {
          if (key !== "id" && key !== "headcount") return undefined;
          count++;
        }
        if (count !== 2) return undefined;
        const { id, headcount } = value as { id?: unknown; headcount?: unknown };
        if (!checkHeadcount(headcount)) return undefined;
        const decodedId = checkId(id);
        if (decodedId === undefined) return undefined;
        out[i] = new PlainRecord(decodedId, headcount);
      }
      return out;
    } catch {
      return undefined;
    }
  };
};
