import * as Result from "effect/Result";
import { CostSharing, formatMoney, parseMoney, USD, type TaggedErrorLike } from "@unsms/sdk";
import { illustrativeCostSharing } from "../commands/report/illustrativeCostSharing";
import { groupMoney } from "../commands/report/groupDigits";
import { esc, FONT, n, svgOpen } from "./svg";

/**
 * Who pays what under the April 2005 floor (illustrative headcounts), and the share the
 * World Bank withheld (A/61/531 ¶53) as the funding gap.
 *
 * @internal
 */
export const costSharingSvg = (): Result.Result<string, TaggedErrorLike> => Result.gen(() => costSharingDrawing());

/** The steps of {@link costSharingSvg}. */
function* costSharingDrawing() {
  const { participants, withheldBy } = illustrativeCostSharing;
  const total = yield* parseMoney(illustrativeCostSharing.total, USD);
  const withheld = yield* parseMoney(withheldBy.amount.value, USD);
  const shares = yield* CostSharing.apportion(total, participants, CostSharing.formula2005.value);
  const gap = yield* CostSharing.fundingGap(shares, [{ id: withheldBy.id, withheld }]);
  const left = 90;
  const barWidth = 420;
  const rowHeight = 26;
  const top = 44;
  const max = Math.max(...shares.shares.map((share) => Number(share.amount.minorUnits)));
  const width = left + barWidth + 230;
  const height = top + shares.shares.length * rowHeight + 50;
  const out: Array<string> = [
    svgOpen(
      "cost-sharing",
      width,
      height,
      "Who pays what: field security costs shared by headcount with the April 2005 floor, and the funding gap",
    ),
    '<defs><pattern id="cost-sharing-gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffebe9"/><rect width="3" height="8" fill="#cf222e"/></pattern></defs>',
    `<text x="12" y="20" ${FONT} font-size="13" font-weight="bold">${esc(`US$ ${groupMoney(formatMoney(total))} shared (illustrative headcounts); funding gap US$ ${groupMoney(formatMoney(gap.gap))}`)}</text>`,
  ];
  shares.shares.forEach((share, index) => {
    const y = top + index * rowHeight;
    const arrears = gap.rows.find((row) => row.id === share.id)?.arrears.minorUnits ?? 0n;
    const w = Math.max(1, (Number(share.amount.minorUnits) / max) * barWidth);
    const fill = arrears !== 0n ? "url(#cost-sharing-gap)" : share.basis === "minimum" ? "#f9c513" : "#54aeff";
    const note = arrears !== 0n ? ` — withheld, the gap (¶53)` : share.basis === "minimum" ? " — the minimum" : "";
    out.push(
      `<text x="${n(left - 8)}" y="${n(y + 14)}" ${FONT} font-size="12" text-anchor="end">${esc(share.id)}</text>`,
      `<rect x="${n(left)}" y="${n(y)}" width="${n(w)}" height="18" fill="${fill}" stroke="${arrears !== 0n ? "#cf222e" : "none"}"/>`,
      `<text x="${n(left + w + 6)}" y="${n(y + 14)}" ${FONT} font-size="12">${esc(`${groupMoney(formatMoney(share.amount))}${note}`)}</text>`,
    );
  });
  out.push(
    `<text x="12" y="${n(height - 12)}" ${FONT} font-size="11" fill="#57606a">${esc("Headcounts and total illustrative (not the report's); minimum US$ 75 000 from April 2005; the US$ 11 million withheld: A/61/531 ¶53.")}</text>`,
  );
  out.push("</svg>\n");
  return out.join("\n");
}
