import { type DecodeError } from "@unsms/core";
import { decode } from "@unsms/core/schema";
import * as Result from "effect/Result";
import type { InvalidFramework } from "../errors/InvalidFramework";
import type { Framework } from "./Framework";
import { FrameworkSchema } from "./FrameworkSchema";
import { validateFramework } from "./validateFramework";

/**
 * Loads a framework of accountability from untyped input (say, an agency's JSON edition
 * of the 2011 Framework of Accountability): checks its shape against
 * {@link FrameworkSchema}, then its consistency with {@link validateFramework}. Every
 * query takes the result in place of {@link @unsms/accountability!index.annexIFramework | annexIFramework}.
 *
 * @example
 * ```ts
 * import { annexIFramework, chainOfAccountability } from "@unsms/accountability"
 * import { parseFramework } from "@unsms/accountability/schema"
 * import * as Result from "effect/Result"
 *
 * const json = JSON.parse(JSON.stringify({ ...annexIFramework, edition: "our 2011 edition" }))
 * const framework = Result.getOrThrow(parseFramework(json))
 * console.log(Result.getOrThrow(chainOfAccountability(framework, "A")).length) // 2
 *
 * const bad = parseFramework({ edition: "x" })
 * if (Result.isFailure(bad)) console.log(bad.failure._tag) // "DecodeError"
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const parseFramework = (input: unknown): Result.Result<Framework, DecodeError | InvalidFramework> =>
  Result.flatMap(decode(FrameworkSchema, input), (decoded) => validateFramework(decoded as Framework));
