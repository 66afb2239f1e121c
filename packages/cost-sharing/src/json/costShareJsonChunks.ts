import { catchUnreadable, type Money } from "@unsms/core";
import * as Result from "effect/Result";
import type { InvalidAnswer } from "../errors/InvalidAnswer";
import type { ShareExplanation } from "../explain/ShareExplanation";
import { isReadableAnswer } from "../internal/isReadableAnswer";
import { arrearsToJson, responseHead } from "../internal/responseHead";
import { shareToJson } from "../internal/shareToJson";
import { unreadableAnswer } from "../internal/unreadableAnswer";
import type { Share } from "../apportion/Apportionment";
import type { Arrears } from "../payments/Payment";
import type { CostShareAnswer } from "./CostShareAnswer";

const CHUNK = 65_536; // 2^16, written out: a bundler keeps an unused `1 << 16`

/** `JSON.stringify(value, null, 2)` for a value nested `depth` spaces deep. */
const nested = (value: unknown, depth: number): string =>
  JSON.stringify(value, null, 2).replaceAll("\n", `\n${" ".repeat(depth)}`);

/** The chunks of an answer read and checked: its head, then the shares and the accounts of the funding gap. */
function* chunksOf(
  { head, funding }: ReturnType<typeof responseHead>,
  shares: ReadonlyArray<Share>,
  total: Money,
  explanations: ReadonlyArray<ShareExplanation> | undefined,
  rows: ReadonlyArray<Arrears> | undefined,
): Generator<string, void, undefined> {
  const whole = total.minorUnits;
  let buffer = nested(head, 0).slice(0, -2); // without the closing "\n}"
  buffer += shares.length === 0 ? `,\n  "shares": []` : `,\n  "shares": [`;
  for (let i = 0; i < shares.length; i++) {
    const share = shares[i] as (typeof shares)[number];
    const explanation = explanations?.[i];
    const json = shareToJson(share, whole, explanation);
    buffer +=
      share.tier === undefined && explanation === undefined
        ? `${i === 0 ? "" : ","}\n    {\n      "id": ${JSON.stringify(json.id)},\n      "headcount": ${json.headcount},\n      "amount": "${json.amount}",\n      "percentage": "${json.percentage}",\n      "basis": "${json.basis}"\n    }`
        : `${i === 0 ? "" : ","}\n    ${nested(json, 4)}`;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = "";
    }
  }
  if (shares.length > 0) buffer += "\n  ]";
  if (funding !== undefined && rows !== undefined) {
    buffer += `,\n  "funding": ${nested(funding, 2).slice(0, -4)},\n    "arrears": [`;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as (typeof rows)[number];
      const json = arrearsToJson(row);
      buffer += `${i === 0 ? "" : ","}\n      {\n        "id": ${JSON.stringify(json.id)},\n        "due": "${json.due}",\n        "paid": "${json.paid}",\n        "arrears": "${json.arrears}",\n        "overpaid": "${json.overpaid}"\n      }`;
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = "";
      }
    }
    buffer += rows.length === 0 ? "]\n  }" : "\n    ]\n  }";
  }
  yield `${buffer}\n}`;
}

/**
 * The JSON contract of `unsms cost-share` for an answer as text, in chunks of about 64 KiB
 * made as they are asked for, without building the response value: together exactly the
 * bytes of `JSON.stringify(costShare(request, options).success, null, 2)`, in time linear
 * in the shares and memory of one chunk (a million shares are about 145 MB of text, never
 * held at once: a writer that waits for its output to drain between chunks holds little).
 * The answer is checked before any chunk is made, in one pass over its shares: a value that
 * cannot be read as an answer (only a plain JS caller can pass one) is the
 * {@link InvalidAnswer} that {@link toCostShareResponse} returns for it, and nothing is
 * written. Each iteration of the chunks makes them anew.
 *
 * @example
 * ```ts
 * import { answerCostShare, costShareJsonChunks } from "@unsms/cost-sharing"
 * import { makeMoney, USD } from "@unsms/core"
 * import * as Result from "effect/Result"
 *
 * const answer = Result.getOrThrow(answerCostShare({ total: makeMoney(10n, USD), participants: [{ id: "A", headcount: 1 }, { id: "B", headcount: 2 }] }))
 * const text = [...Result.getOrThrow(costShareJsonChunks(answer))].join("")
 * console.log(JSON.parse(text).shares[1].amount) // "0.07"
 * const refused = costShareJsonChunks(JSON.parse("{}"))
 * if (Result.isFailure(refused)) console.log(refused.failure._tag) // "InvalidAnswer"
 * ```
 *
 * @function
 * @category json
 * @since 0.2.0
 */
export const costShareJsonChunks = /* @__PURE__ */ catchUnreadable(
  (answer: CostShareAnswer): Result.Result<Iterable<string>, InvalidAnswer> => {
    if (!isReadableAnswer(answer)) return Result.fail(unreadableAnswer());
    const head = responseHead(answer);
    const { shares, total } = answer.apportionment;
    const { explanations } = answer;
    const rows = answer.funding?.rows;
    return Result.succeed({ [Symbol.iterator]: () => chunksOf(head, shares, total, explanations, rows) });
  },
  unreadableAnswer,
);
