import * as z from "zod";
import { idPattern } from "./idPattern";
import { toNfc } from "./toNfc";

/**
 * The one id factory: the schema of an id of one kind, `Brand` — a non-empty string of at
 * most 128 printable characters without leading or trailing blanks, control, bidi or
 * zero-width characters (see `idPattern`), normalized to NFC (`toNfc`) so that two spellings of one
 * name are one id, and branded so that one kind of id cannot be used for another. Each
 * `ids/*IdSchema.ts` file declares only its brand, its name and its documentation, and the
 * `ids/*Id.ts` beside it the type derived from it (`@unsms/core` publishes the type,
 * `@unsms/core/schema` the schema).
 *
 * @internal
 */
export const makeIdSchema = <Brand extends string>() =>
  z
    .string()
    .overwrite(toNfc)
    .min(1)
    .max(128)
    .regex(idPattern, {
      message:
        "an id: printable characters without leading or trailing blanks, and no control, format (bidi, zero-width) or private-use characters",
    })
    .brand<Brand>();
