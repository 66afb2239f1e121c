import type { PassPolicy } from "./PassPolicySchema";

const sgb = { document: "ST/SGB/259", location: "grounds passes", year: 1993 } as const;
const ic = "ST/IC/2015/19";

/**
 * The default pass policy of unsms, drawn from public UN rules of later years than the
 * report (which names the pass and ID unit but not its rules, A/61/531 ¶38–39):
 *
 * - passes are worn visibly and may be checked at any time (ST/SGB/259, 1993);
 * - the categories staff, affiliates, accredited media, interns, retirees, temporary photo and
 *   non-photo passes, protocol and gold courtesy passes (ST/IC/2015/19);
 * - delegations: passes on the permanent mission's request form, with a photo;
 * - NGOs: holders at least 18; up to 7 annual and 9 temporary passes per organization,
 *   annual passes valid to 31 December, the head or chief administrative officer approved
 *   first (New York); temporary passes at most 3 months,
 *   renewable once (Geneva); an NGO pass is valid only at the duty station that issued it;
 * - media: an assignment letter and two identity documents, one a passport.
 *
 * Where those sources are silent (the zones, the validity of staff, affiliate, delegate,
 * media, contractor, intern, retiree, visitor and courtesy passes, escorts), the value is the
 * SDK's own assumption and its `source.note` says so. Zones: `grounds` (public areas inside
 * the perimeter), `conference` (conference rooms), `offices`, `delegates` (delegates' areas),
 * `media` (press areas), `service` (technical and service areas). All dates are UTC.
 * An agency replaces any rule by passing its own {@link PassPolicy}.
 *
 * @example
 * ```ts
 * import { defaultPassPolicy } from "@unsms/access-pass"
 *
 * const ngo = defaultPassPolicy.categories["ngo-annual"]
 * console.log(ngo.maxValidity, ngo.stationBound) // { unit: "calendar-year" } true
 * ```
 *
 * @category policy
 * @since 0.1.0
 */
export const defaultPassPolicy: PassPolicy = {
  name: "unsms default grounds pass policy",
  edition: "2026-01 (public UN rules: ST/SGB/259, ST/IC/2015/19, NGO and media accreditation guidance)",
  categories: {
    staff: {
      label: "Staff member",
      requirements: [{ kind: "sponsor" }, { kind: "identity-documents", count: 1 }, { kind: "photo" }],
      maxValidity: { unit: "months", amount: 24 },
      maxRenewals: 1000,
      zones: ["grounds", "conference", "offices"],
      stationBound: false,
      escortRequired: false,
      source: {
        ...sgb,
        note: "ST/SGB/259: worn visibly, checked at any time; 24-month validity and the zones are the SDK's assumption",
      },
    },
    affiliate: {
      label: "Affiliate (consultant, agency personnel)",
      requirements: [{ kind: "sponsor" }, { kind: "identity-documents", count: 1 }, { kind: "photo" }],
      maxValidity: { unit: "months", amount: 12 },
      maxRenewals: 1000,
      zones: ["grounds", "conference", "offices"],
      stationBound: true,
      escortRequired: false,
      source: { document: ic, location: "affiliates", year: 2015, note: "validity and zones are the SDK's assumption" },
    },
    delegate: {
      label: "Delegate (principal or spouse of diplomatic personnel)",
      requirements: [{ kind: "sponsor" }, { kind: "identity-documents", count: 1 }, { kind: "photo" }],
      maxValidity: { unit: "months", amount: 12 },
      maxRenewals: 1000,
      zones: ["grounds", "conference", "delegates"],
      stationBound: true,
      escortRequired: false,
      source: {
        document: "UN Protocol and Liaison Service, grounds passes for permanent missions",
        location: "request form",
        note: "the sponsor is the permanent mission's request form; a photo; about 2 business days; validity is the SDK's assumption",
      },
    },
    "ngo-annual": {
      label: "NGO representative, annual pass",
      requirements: [
        { kind: "sponsor" },
        { kind: "identity-documents", count: 1 },
        { kind: "photo" },
        { kind: "minimum-age", years: 18 },
      ],
      maxValidity: { unit: "calendar-year" },
      maxRenewals: 0,
      zones: ["grounds", "conference"],
      stationBound: true,
      escortRequired: false,
      maxPerOrganization: 7,
      source: {
        document: "UN DESA NGO Branch, annual grounds passes (New York)",
        location: "designation of representatives",
        note: "up to 7 annual passes per organization, holders at least 18, valid to 31 December, the head or chief administrative officer approved first; valid only at the issuing duty station",
      },
    },
    "ngo-temporary": {
      label: "NGO representative, temporary pass",
      requirements: [
        { kind: "sponsor" },
        { kind: "identity-documents", count: 1 },
        { kind: "photo" },
        { kind: "minimum-age", years: 18 },
      ],
      maxValidity: { unit: "months", amount: 3 },
      maxRenewals: 1,
      zones: ["grounds", "conference"],
      stationBound: true,
      escortRequired: false,
      maxPerOrganization: 9,
      source: {
        document: "UN Office at Geneva, NGO liaison: access to the Palais des Nations",
        location: "temporary passes",
        note: "temporary passes at most 3 months, renewable once; valid only at the issuing duty station; at most 9 temporary passes per organization is the New York rule (Geneva: 1 head, 1 chief administrative officer, 1 main and up to 4 additional representatives)",
      },
    },
    media: {
      label: "Accredited media",
      requirements: [
        { kind: "sponsor" },
        { kind: "assignment-letter" },
        { kind: "identity-documents", count: 2 },
        { kind: "passport" },
        { kind: "photo" },
      ],
      maxValidity: { unit: "months", amount: 12 },
      maxRenewals: 1000,
      zones: ["grounds", "conference", "media"],
      stationBound: true,
      escortRequired: false,
      source: {
        document: "UN Media Accreditation and Liaison Unit, accreditation rules",
        location: "requirements",
        note: "an assignment letter and two identity documents, one a passport; passes may not be lent and may be revoked; validity is the SDK's assumption",
      },
    },
    contractor: {
      label: "Contractor",
      requirements: [
        { kind: "sponsor" },
        { kind: "contract" },
        { kind: "identity-documents", count: 1 },
        { kind: "photo" },
      ],
      maxValidity: { unit: "months", amount: 12 },
      maxRenewals: 1000,
      zones: ["grounds", "offices", "service"],
      stationBound: true,
      escortRequired: false,
      source: {
        document: "unsms",
        location: "default policy",
        note: "the SDK's assumption: a contract reference and the contracting office as sponsor",
      },
    },
    intern: {
      label: "Intern",
      requirements: [{ kind: "sponsor" }, { kind: "identity-documents", count: 1 }, { kind: "photo" }],
      maxValidity: { unit: "months", amount: 6 },
      maxRenewals: 1,
      zones: ["grounds", "conference", "offices"],
      stationBound: true,
      escortRequired: false,
      source: {
        document: ic,
        location: "interns",
        year: 2015,
        note: "6-month validity, one renewal, is the SDK's assumption",
      },
    },
    retiree: {
      label: "Retiree",
      requirements: [{ kind: "identity-documents", count: 1 }, { kind: "photo" }],
      maxValidity: { unit: "months", amount: 24 },
      maxRenewals: 1000,
      zones: ["grounds", "conference"],
      stationBound: true,
      escortRequired: false,
      source: { document: ic, location: "retirees", year: 2015, note: "validity and zones are the SDK's assumption" },
    },
    visitor: {
      label: "Visitor (temporary non-photo pass)",
      requirements: [{ kind: "sponsor" }, { kind: "identity-documents", count: 1 }],
      maxValidity: { unit: "days", amount: 1 },
      maxRenewals: 0,
      zones: ["grounds"],
      stationBound: true,
      escortRequired: true,
      source: {
        document: ic,
        location: "temporary non-photo passes",
        year: 2015,
        note: "one day and an escort are the SDK's assumption",
      },
    },
    courtesy: {
      label: "Courtesy pass (protocol or gold courtesy, VIP)",
      requirements: [{ kind: "sponsor" }, { kind: "identity-documents", count: 1 }],
      maxValidity: { unit: "days", amount: 30 },
      maxRenewals: 0,
      zones: ["grounds", "conference", "delegates"],
      stationBound: true,
      escortRequired: false,
      source: {
        document: ic,
        location: "protocol courtesy and gold courtesy passes",
        year: 2015,
        note: "the sponsor is the Protocol office; 30 days is the SDK's assumption",
      },
    },
  },
};
