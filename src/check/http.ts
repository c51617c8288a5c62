/**
 * Operations and their HTTP bindings: names unique, routes unique (reported
 * at both files), path templates well formed, placeholders and path members
 * matching both ways.
 */
import type { IrOperation, IrService, IrStructureShape } from "../ir/types.js";
import { error, type Diagnostic } from "./diagnostics.js";

export function checkHttp(service: IrService, out: Diagnostic[]): void {
  const byName = new Map<string, IrOperation>();
  const byRoute = new Map<string, IrOperation>();
  // In file order, so that the later file is the one told about the earlier.
  for (const op of [...service.operations].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const prev = byName.get(op.name);
    if (prev) out.push(error(op.loc, "duplicate-operation", `operation '${op.name}' is already defined in ${prev.loc.file}`, "operation names must be unique in a service"));
    else byName.set(op.name, op);
    const route = `${op.http.method} ${op.http.path.replace(/\{[^}]+\}/g, "{}")}`;
    const other = byRoute.get(route);
    if (other) {
      out.push(error(op.http.pathLoc, "duplicate-route", `route ${op.http.method} ${op.http.path} is already used by ${other.loc.file}`, "two operations cannot share a method and path"));
      out.push(error(other.http.pathLoc, "duplicate-route", `route ${other.http.method} ${other.http.path} is also used by ${op.loc.file}`, "two operations cannot share a method and path"));
    } else byRoute.set(route, op);
    checkPath(op, service, out);
  }
}

function checkPath(op: IrOperation, service: IrService, out: Diagnostic[]): void {
  const { http } = op;
  const literal = http.segments.map((s) => ("literal" in s ? s.literal : "")).join("");
  if (/[{}]/.test(literal)) out.push(error(http.pathLoc, "bad-path", `path template '${http.path}' has an unbalanced brace`, "placeholders look like {name}"));
  const input = service.shapes.find((s): s is IrStructureShape => s.kind === "structure" && s.name === op.input);
  if (!input) return;
  const pathMembers = input.members.filter((m) => m.location === "path");
  const labels: string[] = [];
  for (const seg of http.segments) {
    if (!("label" in seg)) continue;
    if (labels.includes(seg.label)) {
      out.push(error(seg.loc, "path-placeholder", `path placeholder '{${seg.label}}' appears twice`, "each path member fills one placeholder"));
    }
    labels.push(seg.label);
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(seg.label)) {
      out.push(error(seg.loc, "bad-path", `path placeholder '{${seg.label}}' is not a valid name`, "use letters, digits and _"));
    } else if (!pathMembers.some((m) => m.wireName === seg.label)) {
      out.push(error(seg.loc, "path-placeholder", `path placeholder '{${seg.label}}' has no input member with location: path and wireName '${seg.label}'`, `add a path member, e.g. ${seg.label}: { type: string, location: path, required: true }`));
    }
  }
  for (const m of pathMembers) {
    if (!labels.includes(m.wireName)) {
      out.push(error(m.loc, "path-member", `path member '${m.name}' (wire name '${m.wireName}') has no placeholder in '${http.path}'`, `add {${m.wireName}} to http.path or change its location`));
    } else if (!m.required) {
      out.push(error(m.loc, "path-member", `path member '${m.name}' must be required`, "add required: true"));
    }
  }
}
