import { DecodeError, makeIssues } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import type * as z from "zod";
import { ParticipantSchema } from "../apportion/ParticipantSchema";
import { compileParticipantsCheck } from "../internal/compileParticipantsCheck";
import { CostShareRequestSchema } from "./CostShareRequestSchema";

/** What `CostShareRequestSchema` decodes to: the request as JSON values, checked. */
type CostShareRequestJson = z.output<typeof CostShareRequestSchema>;

let fast:
  | {
      readonly participants: ReturnType<typeof compileParticipantsCheck<typeof ParticipantSchema>>;
      readonly rest: z.ZodType;
    }
  | undefined;

/** The request through the compiled participants check; undefined when the schema must decide. */
const decodeFast = (
  input: object,
  check: (values: unknown) => Array<CostShareRequestJson["participants"][number]> | undefined,
  restSchema: z.ZodType,
): Result.Result<CostShareRequestJson, DecodeError> | undefined => {
  // no prototype: a key "__proto__" of the input (JSON.parse makes it an own key) stays an own
  // key here, which the strict schema refuses as `decode` does, instead of becoming the
  // prototype through which the schema would read `formula`, `payments` or `total`
  const rest = Object.create(null) as Record<string, unknown>;
  let values: unknown;
  for (const key in input) {
    if (!Object.hasOwn(input, key)) continue;
    const value: unknown = (input as Record<string, unknown>)[key];
    if (key === "participants") values = value;
    else rest[key] = value;
  }
  const participants = Array.isArray(values) && values.length > 0 ? check(values) : undefined;
  if (participants === undefined) return undefined;
  return Result.map(decode(restSchema, rest), (json) => ({
    ...(json as Omit<CostShareRequestJson, "participants">),
    participants,
  }));
};

/**
 * Decodes an untyped cost-share request (a parsed JSON document) into the schema's own
 * output, exactly what `decode(CostShareRequestSchema, input)` gives, faster: the
 * participants of a plain object go through a loop compiled from `ParticipantSchema` (the
 * one definition: the loop only reads the schema's constants) and only the other fields
 * through zod; any other value, or any problem, goes through the whole schema, which words
 * the problems. A million participants decode in about the time `JSON.parse` took to read
 * them. {@link readCostShareRequest} goes on to the domain values (Money, formulas);
 * `decodeInput("cost-share", …)` of `@unsms/sdk/schema` is this. Never throws.
 *
 * @example
 * ```ts
 * import { decodeCostShareRequest } from "@unsms/cost-sharing/schema"
 * import * as Result from "effect/Result"
 *
 * const json = decodeCostShareRequest({ currency: "USD", total: "10.00", participants: [{ id: "UNDP", headcount: 3 }] })
 * console.log(Result.getOrThrow(json).participants) // [{ id: "UNDP", headcount: 3 }]
 * const refused = decodeCostShareRequest({ currency: "USD", total: "10.00", participants: [] })
 * console.log(Result.isFailure(refused) && refused.failure.issues[0]?.path) // "$.participants"
 * ```
 *
 * @category json
 * @since 0.2.0
 */
export const decodeCostShareRequest = (input: unknown): Result.Result<CostShareRequestJson, DecodeError> => {
  fast ??= {
    participants: compileParticipantsCheck(ParticipantSchema),
    rest: CostShareRequestSchema.omit({ participants: true }),
  };
  const check = fast.participants;
  if (check !== undefined && typeof input === "object" && input !== null) {
    try {
      const decoded =
        Object.getPrototypeOf(input) === Object.prototype ? decodeFast(input, check, fast.rest) : undefined;
      if (decoded !== undefined) return decoded;
    } catch {
      // a getter or a proxy of the caller's threw: the schema reports it
    }
  }
  try {
    return decode(CostShareRequestSchema, input);
  } catch {
    // zod reading a getter or a proxy of the caller's that throws (nothing shared with the main
    // entry here: a helper of both would be one more module for every import of it)
    const message = "$: reading the request threw";
    const issue = { path: "$", expected: "a request that can be read", received: "a value that throws", message };
    return Result.fail(new DecodeError(makeIssues("the cost-share request is invalid", [issue])));
  }
};
