import { readOrElse } from "@unsms/core";
import { arrangementProblem } from "../internal/arrangementProblem";
import { heldRoles } from "../internal/heldRoles";
import { stationFacts } from "../internal/StationFacts";
import type { Arrangement } from "./Arrangement";
import type { HeldRole } from "./HeldRole";

/**
 * Which roles a person holds at a duty station, in the framework's order: those of their
 * appointments (an acting CSA holds the CSA's role, `acting: true`), representative (F) of
 * each organization they head, member (or chair) of the SMT, and personnel (N) of their
 * organization. Each says whom at the duty station it answers to. A person the
 * arrangement does not name holds no role, and so does anyone in a value that cannot be
 * read as an arrangement (never an exception, whatever a JavaScript caller passes).
 *
 * @example
 * ```ts
 * import { rolesOf, type Arrangement } from "@unsms/accountability"
 *
 * const arrangement: Arrangement = {
 *   dutyStation: "Nairobi",
 *   kind: "country",
 *   people: [{ id: "amara", name: "Amara Diallo", organization: "UNDP", international: true }],
 *   organizations: [{ id: "UNDP", name: "United Nations Development Programme", head: "amara" }],
 *   securityManagementTeam: { chair: "amara", members: [] },
 *   appointments: [{ role: "designated-official", person: "amara" }],
 * }
 * console.log(rolesOf(arrangement, "amara").map((held) => held.roleId))
 * // ["designated-official", "organization-representative", "security-management-team", "personnel"]
 * ```
 *
 * @category arrangement
 * @since 0.1.0
 */
export const rolesOf = (arrangement: Arrangement, personId: string): ReadonlyArray<HeldRole> =>
  readOrElse(
    () => {
      if (arrangementProblem(arrangement) !== undefined) return [];
      const person = arrangement.people.find((candidate) => candidate.id === personId);
      return person === undefined ? [] : heldRoles(stationFacts(arrangement), person);
    },
    () => [],
  );
