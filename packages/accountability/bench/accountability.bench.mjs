// The arrangement check on a large duty station, against a plain structured copy of the
// same data (a single linear pass), measured in the same run.
import { annexIFramework, chainOfAccountability, checkArrangement, validateFramework } from "@unsms/accountability";
import { measuredAgainst } from "../../../tools/bench/measuredAgainst.mjs";

const organizations = Array.from({ length: 50 }, (_, index) => ({
  id: `ORG${index}`,
  name: `Organization ${index}`,
  head: `head${index}`,
}));
const people = [
  ...organizations.map((organization) => ({
    id: organization.head,
    name: organization.head,
    organization: organization.id,
    international: true,
  })),
  { id: "csa", name: "Chief Security Adviser", organization: "DSS", international: true },
  ...Array.from({ length: 5000 }, (_, index) => ({
    id: `p${index}`,
    name: `Person ${index}`,
    organization: `ORG${index % 50}`,
    international: index % 3 === 0,
  })),
];
const appointments = [
  { role: "designated-official", person: "head0" },
  { role: "chief-security-adviser", person: "csa", accountableTo: "head0" },
  ...Array.from({ length: 30 }, (_, index) => ({
    role: "area-security-coordinator",
    person: `p${index}`,
    appointedBy: "head0",
    inWriting: true,
    accountableTo: "head0",
    area: `Area ${index}`,
  })),
  ...Array.from({ length: 3000 }, (_, index) => ({
    role: "warden",
    person: `p${100 + index}`,
    appointedBy: "head0",
    inWriting: index % 97 !== 0,
    accountableTo: index % 2 === 0 ? "head0" : `p${index % 30}`,
    area: `Zone ${index}`,
  })),
  ...Array.from({ length: 500 }, (_, index) => ({
    role: "agency-security-officer",
    person: `p${4000 + index}`,
    accountableTo: `head${(4000 + index) % 50}`,
  })),
];
const arrangement = {
  dutyStation: "Large station",
  kind: "country",
  people,
  organizations,
  securityManagementTeam: {
    chair: "head0",
    members: [...organizations.slice(1).map((organization) => organization.head), "csa"],
  },
  appointments,
};

// A station with many DOs and wardens: each warden answers to a DO or an ASC, looked up in
// a set built once, and each several-designated-officials message names the first 5 DOs.
const crowded = {
  dutyStation: "Crowded station",
  kind: "country",
  people: [],
  organizations: [],
  securityManagementTeam: { chair: "do0", members: [] },
  appointments: [
    ...Array.from({ length: 2000 }, (_, index) => ({ role: "designated-official", person: `do${index}` })),
    ...Array.from({ length: 20000 }, (_, index) => ({
      role: "warden",
      person: `w${index}`,
      appointedBy: `do${index % 2000}`,
      inWriting: true,
      accountableTo: index % 2 === 0 ? `do${index % 2000}` : "nobody",
    })),
  ],
};

export default {
  name: "accountability: framework and arrangement check",
  cases: [
    ...measuredAgainst({ name: "structuredClone(arrangement)", fn: () => structuredClone(arrangement) }, [
      { name: "checkArrangement (5 051 people, 3 532 appointments)", fn: () => checkArrangement(arrangement) },
    ]),
    { name: "checkArrangement (2 000 DOs, 20 000 wardens)", fn: () => checkArrangement(crowded) },
    { name: "chainOfAccountability(M)", fn: () => chainOfAccountability(annexIFramework, "M") },
    { name: "validateFramework(Annex I)", fn: () => validateFramework(annexIFramework) },
  ],
  targets: [
    {
      case: "checkArrangement (5 051 people, 3 532 appointments)",
      reference: "structuredClone(arrangement)",
      atMost: 10,
    },
  ],
};
