import type { Citation } from "@unsms/core";
import type { Framework } from "./Framework";

const report: Citation = { document: "A/61/531", location: "Annex I" };
const p1: Citation = { document: "A/61/531", location: "Annex I, ¶1" };
const p2: Citation = { document: "A/61/531", location: "Annex I, ¶2" };
const p3: Citation = { document: "A/61/531", location: "Annex I, ¶3" };
const p4: Citation = { document: "A/61/531", location: "Annex I, ¶4" };
const p5: Citation = { document: "A/61/531", location: "Annex I, ¶5 and footnote 1" };
const p6: Citation = { document: "A/61/531", location: "Annex I, ¶6" };
const p7: Citation = { document: "A/61/531", location: "Annex I, ¶7" };
const p8: Citation = { document: "A/61/531", location: "Annex I, ¶8" };
const p9: Citation = { document: "A/61/531", location: "Annex I, ¶9" };
const p10: Citation = { document: "A/61/531", location: "Annex I, ¶10" };
const p11: Citation = { document: "A/61/531", location: "Annex I, ¶11" };
const p12: Citation = { document: "A/61/531", location: "Annex I, ¶12" };
const p13: Citation = { document: "A/61/531", location: "Annex I, ¶13" };
const p13Line: Citation = {
  document: "A/61/531",
  location: "Annex I, ¶13",
  note: "our reading: ¶13 makes DSS security personnel accountable to 本部门负责人, which may mean the head of the Department of Safety and Security (the USG/DSS, as the data reads it) or the head of the person's own unit or department; an agency that reads it the second way replaces the line.",
};
const p14: Citation = { document: "A/61/531", location: "Annex I, ¶14" };
const p15: Citation = { document: "A/61/531", location: "Annex I, ¶15" };
const p16: Citation = { document: "A/61/531", location: "Annex I, ¶16" };
const p17: Citation = { document: "A/61/531", location: "Annex I, ¶17" };
const p18: Citation = { document: "A/61/531", location: "Annex I, ¶18" };
const p8WithP5: Citation = {
  document: "A/61/531",
  location: "Annex I, ¶8 and ¶5",
  note: "our reading: ¶8 makes representatives accountable to the Secretary-General through their executive heads; for a specialized agency or other participating organization, whose executive head only recognizes the Secretary-General's coordinating role (¶5), the line is read as ending at the executive head.",
};
const p5Kinds: Citation = {
  document: "A/61/531",
  location: "Annex I, ¶5 and footnote 1",
  note: "footnote 1: 'organization' covers Secretariat units whose heads are formally accountable to the Secretary-General, the funds, agencies and programmes, and the organizations participating in the UNSMS.",
};
const p5Coordination: Citation = {
  document: "A/61/531",
  location: "Annex I, ¶5",
  note: "not a line of accountability: the executive heads of the specialized agencies and of the other participating organizations, without prejudice to their accountability to their own governing and legislative bodies, recognize the Secretary-General's coordinating role and authority. ¶44: the World Bank did not agree the framework.",
};

/** ¶18, given to every role: the conclusion asks that every actor be given what it needs. */
const resourcesAndTraining = {
  description:
    "is given the resources and training needed to understand its role and responsibilities clearly (the framework's condition for meeting the system's goal)",
  citation: p18,
} as const;
const charter: Citation = {
  document: "Charter of the United Nations",
  location: "Art. 97",
  year: 1945,
  note: "Annex I ¶3 cites Articles 97 and 98; Article 97 has the General Assembly appoint the Secretary-General on the Security Council's recommendation.",
};
const laterDo: Citation = {
  document: "UN Security Policy Manual, Chapter II, Section A (Framework of Accountability for the UNSMS)",
  location: "Designated Official",
  year: 2011,
  note: "Annex I ¶7 says only that the highest-ranking official is normally appointed; the later Framework of Accountability has the Secretary-General appoint the DO.",
};
const laterUsg: Citation = {
  document: "UN Security Policy Manual, Chapter II, Section A (Framework of Accountability for the UNSMS)",
  location: "Under-Secretary-General for Safety and Security",
  year: 2011,
  note: "Annex I is silent on who appoints the USG/DSS; the Secretary-General appoints the Secretariat's senior officials.",
};
const laterHeads: Citation = {
  document: "UN Security Policy Manual, Chapter II, Section A (Framework of Accountability for the UNSMS)",
  location: "Executive Heads; Representatives of organizations",
  year: 2011,
  note: "Annex I is silent on how executive heads and representatives are appointed: each organization appoints under its own rules, so no appointing role is named.",
};
const laterFocal: Citation = {
  document: "UN Security Policy Manual, Chapter II, Section A (Framework of Accountability for the UNSMS)",
  location: "Senior Security Managers / Security Focal Points",
  year: 2011,
  note: "Annex I ¶6 says the executive head appoints the focal point but not to whom it answers; the later Framework makes it accountable to its executive head.",
};
const laterDss: Citation = {
  document: "UN Security Policy Manual, Chapter II, Section A (Framework of Accountability for the UNSMS)",
  location: "Other DSS security personnel",
  year: 2011,
  note: "Annex I ¶13 is silent on who appoints DSS security personnel; they are DSS staff, appointed under the Department's authority.",
};
const laterSmt: Citation = {
  document: "UN Security Policy Manual, Chapter II, Section A (Framework of Accountability for the UNSMS)",
  location: "Security Management Team",
  year: 2011,
  note: "The SMT is constituted by its membership, not appointed. Annex I ¶9 says its members 'normally' (通常) include the DO as chair, the head of each UN organization present and the CSA: listing them as requirements is our reading, as in the arrangement rules.",
};

/**
 * The framework of accountability of report A/61/531, Annex I (2006): the Member States
 * at the apex and the fourteen actors A–N, each with whom it answers to, how it is
 * appointed and its duties, each with its citation (Annex I ¶).
 *
 * Read from the report's Chinese text. Other DSS security personnel (K) answer to
 * 本部门负责人 (¶13), which may mean the head of the Department (the USG/DSS) or the head
 * of the person's own unit or department: the data points at the USG/DSS — our reading,
 * and the line's citation says so. Where the report
 * is silent (who appoints the DO, the USG/DSS, the DSS personnel; to whom the headquarters
 * focal point answers) the data follows the later
 * UNSMS Framework of Accountability (Security Policy Manual, Chapter II, Section A, 2011)
 * and its citation says so. Personnel (N) answer to "their organization" (¶17): the data
 * points at the organization's executive head (C) — our reading.
 *
 * The executive heads' line depends on the kind of organization (¶5): heads of funds and
 * programmes (and of Secretariat units, footnote 1) are accountable to the
 * Secretary-General; heads of specialized agencies and of the other participating
 * organizations recognize the Secretary-General's coordinating role and authority,
 * without prejudice to their own governing bodies — a line of kind
 * `recognizes-coordination`, which ends a chain. The host government, which holds the
 * primary responsibility for the security of the organizations' personnel and property
 * (¶1), is an actor outside the system (`hostGovernment`). ¶18's condition — every actor
 * given the resources and training to understand its role — is a duty of every role.
 *
 * The framework is a value: an agency replaces it with its own edition (see
 * {@link @unsms/accountability!schema.parseFramework | parseFramework}) and passes that to the queries.
 *
 * @example
 * ```ts
 * import { annexIFramework } from "@unsms/accountability"
 *
 * for (const role of annexIFramework.roles) console.log(role.letter, role.name)
 * ```
 *
 * @category framework
 * @since 0.1.0
 */
export const annexIFramework: Framework = {
  edition: "Framework of accountability for the United Nations security management system (A/61/531, Annex I, 2006)",
  citation: report,
  missionStatement: {
    value:
      "To enable the effective and efficient conduct of United Nations activities while ensuring the security, safety and well-being of staff as a high priority.",
    citation: p2,
  },
  apex: { id: "member-states", name: "Member States", citation: p3 },
  hostGovernment: {
    id: "host-government",
    name: "Host government",
    responsibility:
      "primary responsibility for the security and protection of the personnel employed by the organizations of the UN system, their spouses, other recognized dependants and property, and of the organizations' property — from every government's normal and inherent function of maintaining order and protecting persons and property within its jurisdiction; governments may be considered to have a special responsibility under the Charter of the United Nations or their agreements with the organizations",
    citation: p1,
  },
  roles: [
    {
      id: "secretary-general",
      letter: "A",
      name: "Secretary-General",
      description:
        "The chief administrative officer of the Organization (Charter Art. 97, 98), accountable to the Member States for the proper functioning and administration of the Organization, including the overall safety and security of UN personnel, premises and assets at headquarters and in the field.",
      accountableTo: [
        { to: "member-states", kind: "accountable", description: "accountable to the Member States", citation: p3 },
      ],
      appointment: {
        by: ["member-states"],
        inWriting: false,
        afterConsulting: [],
        requirements: [],
        description:
          "appointed by the General Assembly upon the recommendation of the Security Council (Charter Art. 97)",
        citation: charter,
      },
      duties: [
        {
          description:
            "overall safety and security of UN personnel, premises and assets at headquarters and in the field",
          citation: p3,
        },
        {
          description:
            "may delegate authority to the Under-Secretaries-General, who are accountable to him or her individually or collectively",
          citation: p3,
        },
        resourcesAndTraining,
      ],
      citation: p3,
    },
    {
      id: "usg-dss",
      letter: "B",
      name: "Under-Secretary-General for Safety and Security",
      description:
        "Heads the Department of Safety and Security (DSS); directly accountable and reporting to the Secretary-General; acts for the Secretary-General on all security matters.",
      accountableTo: [
        {
          to: "secretary-general",
          kind: "accountable",
          description: "directly accountable and reporting to the Secretary-General",
          citation: p4,
        },
      ],
      appointment: {
        by: ["secretary-general"],
        inWriting: false,
        afterConsulting: [],
        requirements: [],
        description: "appointed by the Secretary-General",
        citation: laterUsg,
      },
      duties: [
        { description: "executive direction and control of the UN security management system", citation: p4 },
        {
          description:
            "overall safety and security of UN civilian personnel and their recognized dependants, and of UN premises and assets, at headquarters and in the field",
          citation: p4,
        },
        { description: "acts on behalf of the Secretary-General on all security-related matters", citation: p4 },
        {
          description:
            "develops security policies, practices and procedures for UN system staff worldwide and coordinates with the organizations so that they are implemented, complied with and supported",
          citation: p4,
        },
        {
          description:
            "prepares the Secretary-General's reports on all security matters and advises him or her on the safety and security of UN system civilian personnel",
          citation: p4,
        },
        resourcesAndTraining,
      ],
      citation: p4,
    },
    {
      id: "executive-head",
      letter: "C",
      name: "Executive heads of United Nations system organizations",
      description:
        "Heads of the organizations (footnote 1: Secretariat units whose heads are accountable to the Secretary-General, funds, programmes, agencies and every organization participating in the UNSMS). Heads of funds and programmes are accountable to the Secretary-General; heads of specialized agencies and other participating organizations, without prejudice to their accountability to their own governing bodies, recognize the Secretary-General's coordinating role and authority on security.",
      accountableTo: [
        {
          to: "secretary-general",
          kind: "accountable",
          organizationKinds: ["secretariat", "fund-or-programme"],
          description: "accountable to the Secretary-General (heads of funds and programmes, and of Secretariat units)",
          citation: p5Kinds,
        },
        {
          to: "secretary-general",
          kind: "recognizes-coordination",
          organizationKinds: ["specialized-agency", "other"],
          description:
            "recognizes the Secretary-General's coordinating role and authority in the safety and security of UN personnel, without prejudice to its accountability to its own governing and legislative bodies (heads of specialized agencies and other participating organizations)",
          citation: p5Coordination,
        },
      ],
      appointment: {
        by: [],
        inWriting: false,
        afterConsulting: [],
        requirements: [],
        description: "appointed under each organization's own rules",
        citation: laterHeads,
      },
      duties: [
        {
          description:
            "heads of funds and programmes: ensure that the goals of the UNSMS are met within their organization",
          citation: p5,
        },
        {
          description:
            "heads of specialized agencies and other participating organizations: commit to meeting the goals of the UNSMS",
          citation: p5,
        },
        {
          description: "appoint a senior security manager/official and/or headquarters security focal point",
          citation: p6,
        },
        resourcesAndTraining,
      ],
      citation: p5,
    },
    {
      id: "senior-security-focal-point",
      letter: "D",
      name: "Senior security manager/official and/or headquarters security focal point",
      description:
        "A senior security manager or official (高级别安保主管) and/or a headquarters security focal point (总部安保协调员), appointed by each executive head to coordinate the organization's day-to-day safety and security and to give advice, guidance and technical assistance to all concerned.",
      accountableTo: [
        {
          to: "executive-head",
          kind: "accountable",
          description: "accountable to the executive head who appointed him or her",
          citation: laterFocal,
        },
      ],
      appointment: {
        by: ["executive-head"],
        inWriting: false,
        afterConsulting: [],
        requirements: [],
        description: "appointed by the executive head of the organization",
        citation: p6,
      },
      duties: [
        { description: "coordinates the organization's day-to-day safety and security", citation: p6 },
        { description: "gives advice, guidance and technical assistance to all concerned", citation: p6 },
        resourcesAndTraining,
      ],
      citation: p6,
    },
    {
      id: "designated-official",
      letter: "E",
      name: "Designated Official",
      description:
        "In each country or designated area where the UN is present, normally the highest-ranking UN official, appointed as Designated Official for security; accountable to the Secretary-General through the USG/DSS for the security of the personnel of UN system organizations and their recognized dependants throughout the country or area.",
      accountableTo: [
        {
          to: "secretary-general",
          through: "usg-dss",
          kind: "accountable",
          description: "accountable to the Secretary-General through the USG/DSS",
          citation: p7,
        },
      ],
      appointment: {
        by: ["secretary-general"],
        inWriting: false,
        afterConsulting: [],
        requirements: ["normally the highest-ranking UN official in the country or designated area"],
        description:
          "normally the highest-ranking UN official in each country or designated area, appointed by the Secretary-General",
        citation: laterDo,
      },
      duties: [
        {
          description:
            "security of the personnel employed by UN system organizations and their recognized dependants throughout the country or designated area",
          citation: p7,
        },
        { description: "ensure that the goals of the UNSMS are met at the duty station", citation: p7 },
        { description: "chairs the Security Management Team", citation: p9 },
        {
          description: "in larger countries, appoints Area Security Coordinators in writing after consulting the SMT",
          citation: p10,
        },
        { description: "appoints wardens in writing after consulting the SMT", citation: p16 },
        {
          description:
            "where there is no CSA/SA, appoints a Country Security Focal Point after consulting DSS and the employing organization",
          citation: p12,
        },
        { description: "confirms in writing an acting CSA, with terms of reference", citation: p15 },
        resourcesAndTraining,
      ],
      citation: p7,
    },
    {
      id: "organization-representative",
      letter: "F",
      name: "Representatives of organizations participating in the UNSMS",
      description:
        "The country representative, head of agency or head of mission of each participating organization at the duty station; responsible, under the overall direction of the USG/DSS, for all matters related to the security of their own organization's personnel there.",
      accountableTo: [
        {
          to: "secretary-general",
          through: "executive-head",
          kind: "accountable",
          organizationKinds: ["secretariat", "fund-or-programme"],
          description: "accountable to the Secretary-General through their executive head",
          citation: p8,
        },
        {
          to: "executive-head",
          kind: "accountable",
          organizationKinds: ["specialized-agency", "other"],
          description:
            "accountable through their executive head, whose own line to the Secretary-General is one of recognized coordination (¶5)",
          citation: p8WithP5,
        },
      ],
      appointment: {
        by: [],
        inWriting: false,
        afterConsulting: [],
        requirements: [],
        description: "appointed by their own organization",
        citation: laterHeads,
      },
      duties: [
        {
          description:
            "all matters related to the security of their organization's personnel at the duty station, under the overall direction of the USG/DSS",
          citation: p8,
        },
        { description: "member of the Security Management Team", citation: p9 },
        resourcesAndTraining,
      ],
      citation: p8,
    },
    {
      id: "security-management-team",
      letter: "G",
      name: "Security Management Team",
      description:
        "Normally the Designated Official (chair), the head of each UN organization present at the duty station and the Chief Security Adviser. In peacekeeping missions the head of mission is the Designated Official and may add heads of offices and sections. The members are collectively responsible for supporting the DO.",
      accountableTo: [
        {
          to: "designated-official",
          kind: "advises",
          description:
            "advises the Designated Official; its members are collectively responsible for supporting him or her",
          citation: p9,
        },
      ],
      appointment: {
        by: [],
        inWriting: false,
        afterConsulting: [],
        requirements: [
          "the Designated Official as chair",
          "the head of each UN organization present at the duty station",
          "the Chief Security Adviser (or, where there is none, the Country Security Focal Point)",
          "in peacekeeping missions, the head of mission as Designated Official",
        ],
        description:
          "constituted by its members; in peacekeeping missions the DO may add heads of offices and sections",
        citation: laterSmt,
      },
      duties: [
        { description: "advises the Designated Official on all security-related matters", citation: p9 },
        {
          description:
            "collectively supports the DO in the safety and security of all personnel of UN system organizations and their recognized dependants",
          citation: p9,
        },
        resourcesAndTraining,
      ],
      citation: p9,
    },
    {
      id: "area-security-coordinator",
      letter: "H",
      name: "Area Security Coordinator",
      description:
        "In larger countries, a staff member appointed for an area remote from the capital in distance or communications, to coordinate and control the security arrangements for all personnel of UN system organizations and their recognized dependants in that area.",
      accountableTo: [
        {
          to: "designated-official",
          kind: "accountable",
          description:
            "accountable to the Designated Official for security responsibilities, under the letter of appointment",
          citation: p10,
        },
      ],
      appointment: {
        by: ["designated-official"],
        inWriting: true,
        afterConsulting: ["security-management-team"],
        requirements: [
          "a staff member",
          "in a larger country, for an area remote from the capital in distance or communications",
        ],
        description:
          "appointed in writing by the DO after consultation with the SMT, in larger countries, for areas remote from the capital in distance or communications",
        citation: p10,
      },
      duties: [
        {
          description:
            "coordinates and controls the security arrangements in the area, under the letter of appointment",
          citation: p10,
        },
        resourcesAndTraining,
      ],
      citation: p10,
    },
    {
      id: "chief-security-adviser",
      letter: "I",
      name: "Chief Security Adviser / Security Adviser",
      description:
        "A security professional appointed by the USG/DSS to advise the DO and the SMT in their security functions; reports to the DO and keeps a technical line of communication to DSS.",
      accountableTo: [
        {
          to: "designated-official",
          kind: "reports",
          description: "reports to the Designated Official",
          citation: p11,
        },
        {
          to: "usg-dss",
          kind: "technical",
          description: "keeps a technical line of communication to DSS",
          citation: p11,
        },
      ],
      appointment: {
        by: ["usg-dss"],
        inWriting: false,
        afterConsulting: [],
        requirements: ["a security professional"],
        description: "appointed by the USG/DSS",
        citation: p11,
      },
      duties: [
        { description: "advises the DO and the SMT in their security functions", citation: p11 },
        { description: "member of the Security Management Team", citation: p9 },
        resourcesAndTraining,
      ],
      citation: p11,
    },
    {
      id: "country-security-focal-point",
      letter: "J",
      name: "Country Security Focal Point",
      description:
        "Only where there is no CSA/SA: an international staff member appointed by the DO for the SMT, in consultation with DSS and the employing organization.",
      accountableTo: [
        {
          to: "designated-official",
          kind: "accountable",
          description:
            "accountable to the Designated Official for security responsibilities, under the letter of appointment",
          citation: p12,
        },
      ],
      appointment: {
        by: ["designated-official"],
        inWriting: true,
        afterConsulting: ["usg-dss", "organization-representative"],
        requirements: ["an international staff member", "only where there is no CSA/SA"],
        description:
          "appointed by the DO, under a letter of appointment, in consultation with DSS and the employing organization",
        citation: p12,
      },
      duties: [
        { description: "serves on the SMT in place of the missing CSA/SA", citation: p12 },
        resourcesAndTraining,
      ],
      citation: p12,
    },
    {
      id: "dss-security-personnel",
      letter: "K",
      name: "Other security personnel of the Department of Safety and Security",
      description: "DSS security personnel who assist the Chief Security Adviser and the Designated Official.",
      accountableTo: [
        {
          to: "usg-dss",
          kind: "accountable",
          description: "accountable to the head of the Department (the USG/DSS)",
          citation: p13Line,
        },
      ],
      appointment: {
        by: ["usg-dss"],
        inWriting: false,
        afterConsulting: [],
        requirements: [],
        description: "DSS staff, appointed under the Department's authority",
        citation: laterDss,
      },
      duties: [
        { description: "assist the Chief Security Adviser and the Designated Official", citation: p13 },
        resourcesAndTraining,
      ],
      citation: p13Line,
    },
    {
      id: "agency-security-officer",
      letter: "L",
      name: "Single-agency security officers",
      description:
        "Security professionals employed by participating organizations to advise their organization and handle the security of its particular activities; they report to the head of their agency and support the DO under the coordination of the CSA. Where there is no CSA, one may act as CSA for a period, confirmed in writing by the DO with terms of reference.",
      accountableTo: [
        {
          to: "organization-representative",
          kind: "reports",
          description: "reports to the head of their agency",
          citation: p14,
        },
        {
          to: "designated-official",
          kind: "technical",
          description: "supports the DO under the coordination of the CSA",
          citation: p14,
        },
      ],
      appointment: {
        by: [],
        inWriting: false,
        afterConsulting: [],
        requirements: ["a security professional"],
        description:
          "employed by their own organization; as acting CSA, confirmed in writing by the DO with terms of reference",
        citation: p14,
      },
      duties: [
        {
          description: "advise their organization and handle the security of its particular activities",
          citation: p14,
        },
        { description: "support the DO under the coordination of the CSA", citation: p14 },
        {
          description:
            "where there is no CSA, may serve for a period as acting CSA, confirmed in writing by the DO with terms of reference",
          citation: p15,
        },
        resourcesAndTraining,
      ],
      citation: p14,
    },
    {
      id: "warden",
      letter: "M",
      name: "Wardens",
      description:
        "Appointed to ensure the proper implementation of the security plan in a pre-designated zone of a large city, whichever organization employs them.",
      accountableTo: [
        {
          to: "designated-official",
          kind: "accountable",
          description: "accountable to the Designated Official for security functions",
          citation: p16,
        },
        {
          to: "area-security-coordinator",
          kind: "accountable",
          description: "or to the Area Security Coordinator of their area",
          citation: p16,
        },
      ],
      appointment: {
        by: ["designated-official"],
        inWriting: true,
        afterConsulting: ["security-management-team"],
        requirements: [],
        description:
          "appointed in writing by the DO after consultation with the SMT, whichever organization employs them",
        citation: p16,
      },
      duties: [
        {
          description: "ensure the proper implementation of the security plan in a pre-designated zone",
          citation: p16,
        },
        resourcesAndTraining,
      ],
      citation: p16,
    },
    {
      id: "personnel",
      letter: "N",
      name: "Personnel employed by the organizations of the UN system",
      description:
        "Everyone employed by a UN system organization; accountable to their organization and bound by the UNSMS's and their organization's security policies, guidelines, directives, plans and procedures.",
      accountableTo: [
        {
          to: "executive-head",
          kind: "accountable",
          description: "accountable to their organization (its executive head)",
          citation: p17,
        },
      ],
      appointment: {
        by: [],
        inWriting: false,
        afterConsulting: [],
        requirements: [],
        description: "employed by a UN system organization",
        citation: p17,
      },
      duties: [
        {
          description:
            "comply with the security policies, guidelines, directives, plans and procedures of the UNSMS and of their organization",
          citation: p17,
        },
        resourcesAndTraining,
      ],
      citation: p17,
    },
  ],
};
