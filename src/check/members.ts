/**
 * Members: reserved names, where each may travel (path, query and headers
 * only at the top of an input; headers also in outputs and errors), wire
 * names unique per location, and `include:` naming service-wide members.
 */
import type { IrMember, IrService, MemberLocation } from "../ir/types.js";
import { compareStrings } from "../util/sort.js";
import { error, type Diagnostic } from "./diagnostics.js";
import { suggest } from "./did-you-mean.js";

/** Names that would change an object's prototype in generated code. */
export const RESERVED_MEMBER_NAMES: ReadonlySet<string> = new Set(["__proto__"]);

const ALL: readonly MemberLocation[] = ["path", "query", "header", "body"];
const BODY_AND_HEADER: readonly MemberLocation[] = ["body", "header"];

export function checkMembers(service: IrService, out: Diagnostic[]): void {
  const sharedNames = service.members.map((m) => m.name).sort(compareStrings);
  for (const m of service.members) checkMember(m, ALL, out);
  for (const s of service.shapes) {
    if (s.kind !== "structure") continue;
    const permitted = s.root === "input" ? ALL : s.root === "output" ? BODY_AND_HEADER : ["body" as const];
    const hint =
      s.root !== null
        ? `allowed in an operation's ${s.root}: ${permitted.join(", ")}`
        : "only top-level input and error members travel outside the body";
    for (const m of s.members) if (m.shared === undefined) checkMember(m, permitted, out, hint);
    uniqueWireNames(s.members, out);
    for (const inc of s.includes) {
      if (!service.members.some((m) => m.name === inc.name)) {
        out.push(error(inc.loc, "unknown-member", `'${inc.name}' is not a service-wide member`, suggest(inc.name, sharedNames, "members: in service.yaml", "declare it under `members:` in service.yaml")));
      }
    }
  }
  const errors = new Set([...service.errors, ...service.operations.flatMap((o) => o.errors)]);
  for (const e of errors) {
    for (const m of e.members) checkMember(m, BODY_AND_HEADER, out, `allowed in an error: ${BODY_AND_HEADER.join(", ")}`);
    uniqueWireNames(e.members, out);
  }
}

function checkMember(m: IrMember, permitted: readonly MemberLocation[], out: Diagnostic[], hint = ""): void {
  if (RESERVED_MEMBER_NAMES.has(m.name)) {
    out.push(error(m.loc, "reserved-name", `member name '${m.name}' is reserved`, "it would change an object's prototype in generated code"));
  }
  if (!permitted.includes(m.location)) {
    out.push(error(m.at.location ?? m.loc, "bad-location", `member '${m.name}' cannot be in the ${m.location}`, hint));
  }
}

/** Wire names are unique per location (header names case-insensitively), reported at the later member. */
function uniqueWireNames(members: readonly IrMember[], out: Diagnostic[]): void {
  const seen = new Map<string, string>();
  for (const m of [...members].sort((a, b) => a.order - b.order)) {
    const key = `${m.location}:${m.location === "header" ? m.wireName.toLowerCase() : m.wireName}`;
    const prev = seen.get(key);
    if (prev !== undefined) {
      out.push(error(m.at.wireName ?? m.loc, "duplicate-wire-name", `wire name '${m.wireName}' (${m.location}) of '${m.name}' is already used by '${prev}'`, "wire names must be unique per location"));
    } else seen.set(key, m.name);
  }
}
