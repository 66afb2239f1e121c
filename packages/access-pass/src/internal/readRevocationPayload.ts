import * as Result from "effect/Result";
import type { RevocationList } from "../revocation/RevocationList";
import { decodeToBinary } from "./base64url";
import { toIsoSecond } from "./time";

/** The list of a signed revocation payload `[issuedAt seconds, [ids…]]`, or undefined. @internal */
export const readRevocationPayload = (payload: string, keyId: string): Result.Result<RevocationList, string> => {
  const binary = decodeToBinary(payload);
  if (binary === undefined) return Result.fail("the payload is not canonical base64url");
  let value: unknown;
  try {
    value = JSON.parse(binary);
  } catch {
    return Result.fail("the payload is not JSON");
  }
  if (!Array.isArray(value) || value.length !== 2) return Result.fail("the payload must be [issuedAt, [pass ids]]");
  const [issuedAt, ids] = value as [unknown, unknown];
  if (!Number.isSafeInteger(issuedAt) || (issuedAt as number) < 0 || !Array.isArray(ids) || !ids.every((id) => typeof id === "string")) {
    return Result.fail("the payload must be [issuedAt seconds, [pass ids]]");
  }
  return Result.succeed({ _tag: "RevocationList", issuedAt: toIsoSecond((issuedAt as number) * 1000), keyId, revoked: new Set(ids as Array<string>) });
};
