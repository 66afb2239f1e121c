import type { PassPolicy } from "./PassPolicySchema";

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
 *   first (New York: the `head-approved-first` requirement of `ngo-annual`, read on the
 *   register); temporary passes at most 3 months, renewable once (Geneva); an NGO pass is
 *   valid only at the duty station that issued it;
 * - media: an assignment letter and two identity documents, one a passport.
 *
 * The delegation, NGO and media rules are undated web pages: their `source.year`, 2026, is
 * the year they were read for this edition, not a date they give. Where the sources are
 * silent, the value is the SDK's own assumption and each rule's `source.note` lists them
 * after "The SDK's assumptions:": most requirements, the validity of staff, affiliate,
 * delegate, media, contractor, intern, retiree, visitor and courtesy passes, every number of
 * renewals but the NGO temporary pass's one (`maxRenewals: 1000`, the schema's largest, for
 * "any"), every station binding but the NGO passes', every escort rule, and the zones:
 * `grounds` (public areas inside the perimeter), `conference` (conference rooms), `offices`,
 * `delegates` (delegates' areas), `media` (press areas), `service` (technical and service
 * areas). The contractor rule is the SDK's assumption throughout. All dates are UTC. An
 * agency replaces any rule by passing its own {@link PassPolicy}.
 *
 * @example
 * ```ts
 * import { defaultPassPolicy } from "@unsms/access-pass"
 *
 * const ngo = defaultPassPolicy.categories["ngo-annual"]
 * console.log(ngo.maxValidity, ngo.stationBound) // { unit: "calendar-year" } true
 * console.log(ngo.source.year, defaultPassPolicy.categories.staff.source.year) // 2026 1993
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
        document: "ST/SGB/259",
        location: "grounds passes",
        year: 1993,
        note: "passes worn visibly, checked at any time. The SDK's assumptions: the requirements (sponsor, 1 identity document, photo), 24-month validity, any number of renewals (at most 1000), not station-bound, no escort, the zones",
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
      source: {
        document: ic,
        location: "affiliates",
        year: 2015,
        note: "the category. The SDK's assumptions: the requirements (sponsor, 1 identity document, photo), 12-month validity, any number of renewals (at most 1000), station-bound, no escort, the zones",
      },
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
        year: 2026,
        note: "passes for principals and spouses of diplomatic personnel on the permanent mission's request form (the sponsor), with a photo; about 2 business days. An undated web page: 2026 is the year it was read for this edition. The SDK's assumptions: 1 identity document, 12-month validity, any number of renewals (at most 1000), station-bound, no escort, the zones",
      },
    },
    "ngo-annual": {
      label: "NGO representative, annual pass",
      requirements: [
        { kind: "sponsor" },
        { kind: "head-approved-first" },
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
        year: 2026,
        note: "up to 7 annual passes per organization, holders at least 18, valid to 31 December, the head or chief administrative officer approved first (head-approved-first); valid only at the issuing duty station. An undated web page: 2026 is the year it was read for this edition. The SDK's assumptions: the sponsor, 1 identity document, photo, no renewal (a new year means a new pass), no escort, the zones",
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
        year: 2026,
        note: "temporary passes at most 3 months, renewable once; valid only at the issuing duty station; holders at least 18 and at most 9 temporary passes per organization are the New York rules (Geneva: 1 head, 1 chief administrative officer, 1 main and up to 4 additional representatives). An undated web page: 2026 is the year it was read for this edition. The SDK's assumptions: the sponsor, 1 identity document, photo, no escort, the zones",
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
        year: 2026,
        note: "an assignment letter and two identity documents, one a passport; passes may not be lent and may be revoked. An undated web page: 2026 is the year it was read for this edition. The SDK's assumptions: the sponsor, photo, 12-month validity, any number of renewals (at most 1000), station-bound, no escort, the zones",
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
        year: 2026,
        note: "no public source read gives this rule: 2026 is the year of this edition (2026-01). The SDK's assumptions: the requirements (the contracting office as sponsor, a contract reference, 1 identity document, photo), 12-month validity, any number of renewals (at most 1000), station-bound, no escort, the zones",
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
        note: "the category. The SDK's assumptions: the requirements (sponsor, 1 identity document, photo), 6-month validity, one renewal, station-bound, no escort, the zones",
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
      source: {
        document: ic,
        location: "retirees",
        year: 2015,
        note: "the category. The SDK's assumptions: the requirements (1 identity document, photo), 24-month validity, any number of renewals (at most 1000), station-bound, no escort, the zones",
      },
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
        note: "a pass without a photo. The SDK's assumptions: the requirements (sponsor, 1 identity document), one-day validity, no renewal, station-bound, an escort, the zone",
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
        note: "the category. The SDK's assumptions: the requirements (the Protocol office as sponsor, 1 identity document), 30-day validity, no renewal, station-bound, no escort, the zones",
      },
    },
  },
};
