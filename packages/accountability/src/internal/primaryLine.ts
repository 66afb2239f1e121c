import type { AccountabilityLine, LineKind } from "../framework/AccountabilityLine";
import type { OrganizationKind } from "../framework/OrganizationKind";
import type { Role } from "../framework/Role";

const followed: ReadonlySet<LineKind> = new Set<LineKind>([
  "accountable",
  "reports",
  "advises",
  "recognizes-coordination",
]);

/**
 * The line a chain follows from a role, with its index among the role's lines: the first
 * line of a followed kind (not `technical`) that applies to the organization's kind; with
 * no kind, or when no line names it, the first line of a followed kind, and then `assumed`
 * says which kinds that line was written for. `undefined` when the role has no such line.
 *
 * @internal
 */
export const primaryLine = (
  role: Role,
  organizationKind: OrganizationKind | undefined,
): { readonly line: AccountabilityLine; readonly index: number; readonly assumed?: string } | undefined => {
  const lines = role.accountableTo;
  let first = -1;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!followed.has(line.kind)) continue;
    if (first < 0) first = index;
    if (organizationKind !== undefined && line.organizationKinds?.includes(organizationKind) === true)
      return { line, index };
    if (organizationKind !== undefined && line.organizationKinds === undefined) return { line, index };
  }
  if (first < 0) return undefined;
  const line = lines[first]!;
  if (line.organizationKinds === undefined) return { line, index: first };
  const given = organizationKind === undefined ? "organization kind not given" : `no line for ${organizationKind}`;
  return { line, index: first, assumed: `${given}: judged by the line for ${line.organizationKinds.join(" and ")}` };
};
