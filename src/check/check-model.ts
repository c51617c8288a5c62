/**
 * Sanity checks on the resolved model: bounds that contradict each other,
 * invalid regular expressions, defaults that break their own type or
 * constraints, enums with repeated values.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { IrMember, IrModel, IrService, IrShape, IrType, SourceLocation } from "../ir/types.js";
import { describeValueProblem } from "./value-problem.js";

export function checkModel(model: IrModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const svc of model.services) {
    const shapes = new Map(svc.shapes.map((s) => [s.name, s] as const));
    const members: IrMember[] = [];
    for (const s of svc.shapes) {
      if (s.kind === "structure") members.push(...s.members);
      else checkEnum(s, out);
    }
    for (const e of svc.errors) members.push(...e.members);
    for (const m of members) {
      checkType(m.type, m.loc, `'${m.name}'`, out);
      if (m.default !== undefined) {
        const problem = describeValueProblem(m.type, m.default, shapes);
        if (problem) {
          out.push({ loc: m.loc, severity: "error", code: "bad-default", message: `default of '${m.name}' ${problem}`, hint: "a default must satisfy the member's own type and constraints" });
        }
      }
    }
    checkNames(svc, out);
  }
  return out;
}

function checkEnum(s: Extract<IrShape, { kind: "enum" }>, out: Diagnostic[]) {
  if (s.values.length === 0) {
    out.push({ loc: s.loc, severity: "error", code: "enum-values", message: `enum '${s.name}' has no values`, hint: "list at least one value" });
  }
  const seen = new Set<string>();
  for (const v of s.values) {
    if (seen.has(v.value)) out.push({ loc: s.loc, severity: "error", code: "duplicate-enum-value", message: `enum '${s.name}' lists '${v.value}' twice`, hint: "enum values must be unique" });
    seen.add(v.value);
  }
}

function checkType(t: IrType, loc: SourceLocation, what: string, out: Diagnostic[]) {
  const bad = (code: string, message: string, hint: string) => out.push({ loc, severity: "error", code, message: `${what}: ${message}`, hint });
  const range = (lo: number | undefined, hi: number | undefined, lo_: string, hi_: string) => {
    if (lo !== undefined && hi !== undefined && lo > hi) bad("min-greater-than-max", `${lo_} ${lo} is greater than ${hi_} ${hi}`, `swap them or fix one so that ${lo_} <= ${hi_}`);
  };
  switch (t.kind) {
    case "string":
      range(t.minLength, t.maxLength, "minLength", "maxLength");
      if (t.pattern !== undefined) {
        try {
          new RegExp(t.pattern, "u");
        } catch (e) {
          bad("bad-pattern", `invalid regular expression /${t.pattern}/: ${(e as Error).message.replace(/^Invalid regular expression: /, "")}`, "patterns are ECMAScript regular expressions in unicode mode");
        }
      }
      break;
    case "integer":
    case "long":
    case "float":
    case "double":
      range(t.minimum, t.maximum, "minimum", "maximum");
      if (t.kind === "integer" || t.kind === "long") {
        for (const [k, v] of [["minimum", t.minimum], ["maximum", t.maximum]] as const) {
          if (v !== undefined && !Number.isInteger(v)) bad("bad-bound", `${k} ${v} is not a whole number`, `${t.kind} bounds are whole numbers`);
        }
      }
      for (const x of t.excluded ?? []) {
        if ((t.minimum !== undefined && x < t.minimum) || (t.maximum !== undefined && x > t.maximum)) {
          bad("bad-bound", `excluded value ${x} is outside the range`, "list only values inside minimum..maximum");
        }
      }
      break;
    case "list":
      range(t.minItems, t.maxItems, "minItems", "maxItems");
      checkType(t.items, loc, `${what} items`, out);
      break;
    case "map":
      range(t.minEntries, t.maxEntries, "minEntries", "maxEntries");
      checkType(t.key, loc, `${what} keys`, out);
      checkType(t.value, loc, `${what} values`, out);
      break;
  }
}

/** Generated names that would collide in one package. */
function checkNames(svc: IrService, out: Diagnostic[]) {
  const taken = new Map<string, SourceLocation>();
  const claim = (name: string, loc: SourceLocation, what: string) => {
    const prev = taken.get(name);
    if (prev) out.push({ loc, severity: "error", code: "name-collision", message: `generated name '${name}' (${what}) collides with one from ${prev.file}:${prev.line}:${prev.col}`, hint: "rename the shape or the error" });
    else taken.set(name, loc);
  };
  claim(svc.clientName, svc.loc, "client class");
  for (const s of svc.shapes) {
    claim(s.name, s.loc, "shape");
    if (s.kind === "enum") claim(s.valuesConstName, s.loc, "enum values");
  }
  for (const e of svc.errors) {
    claim(e.name, e.loc, "error class");
    claim(e.typeName, e.loc, "error data type");
  }
}
