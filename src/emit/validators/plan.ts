/**
 * Decisions shared by the validator and JSON Schema emitters, so that both
 * carry the same semantics: which forms of each structure exist (unknown-
 * member policy, wire or documented names, strict or lenient), which public
 * validator checks which form, and which shapes are recursive.
 *
 * A form is decided by the root being validated and applies to everything
 * below it: an operation input takes the input policy, an output or an
 * error's data the output policy; a structure validated on its own (its
 * `validate<Name>`) takes the policy of the operation root it is, else the
 * input policy when any input reaches it, else the output policy. A form
 * only differs where it changes something: a structure with no member whose
 * wire name differs (itself or below) has no wire form, one with no rule
 * open in the vendor's model no lenient form.
 */
import type { IrError, IrService, IrShape, IrStructureShape } from "../../ir/types.js";
import { compareStrings } from "../../util/sort.js";
import { needsLenient, needsWire, recursiveShapes, reachable } from "./reach.js";

export type Policy = "reject" | "allow";

export interface Form {
  policy: Policy;
  /** Members by wire name (a JSON body as sent), else by documented name. */
  wire: boolean;
  /** Rules the vendor's model leaves open (`openInModel`) are skipped: what a client checks. */
  lenient: boolean;
  /** The root of a request body: its body members only. */
  body: boolean;
}

/** One form of one structure: one check function, one problem walk, one `$defs` entry. */
export interface ShapeVariant {
  shape: IrStructureShape;
  form: Form;
  /** The members checked: all of them, or a body's. */
  members: IrStructureShape["members"];
  /** `$defs` key: the name, plus `.input`/`.output` when not its public policy, `.body`/`.wire`, `.lenient`. */
  key: string;
  /** Internal function name suffix: `r`/`a` (policy), then `b`/`w`, `l`. */
  suffix: string;
  /** The shape as messages name it (`is not a member of …`). */
  title: string;
}

/** An exported validator and the variant it checks. */
export interface PublicValidator {
  kind: "shape" | "lenient" | "body" | "error";
  variant: ShapeVariant;
  validatorName: string;
  checkName?: string;
  /** The type guard, with the type it narrows to. */
  guard?: { name: string; type: string };
}

export interface ValidationPlan {
  service: IrService;
  shapes: ReadonlyMap<string, IrShape>;
  /** Policy of each structure's public validator and of its schema under its own name. */
  publicPolicy: ReadonlyMap<string, Policy>;
  /** Every variant some public validator reaches, sorted by key. */
  variants: ShapeVariant[];
  /** The exported validators of structures and errors, in emission order. */
  publics: PublicValidator[];
  /** Structures on a reference cycle: their checks carry a depth and stop at MAX_DEPTH. */
  recursive: ReadonlySet<string>;
  /** The variant of structure `name` under `form` (normalized: only what changes something). */
  variantOf(name: string, form: Form): ShapeVariant;
}

export function publicPolicyOf(shape: IrStructureShape, service: IrService): Policy {
  const um = service.unknownMembers;
  if (shape.root) return um[shape.root];
  if (shape.usage.input) return um.input;
  if (shape.usage.output || shape.usage.error) return um.output;
  return um.input;
}

const strict = (policy: Policy): Form => ({ policy, wire: false, lenient: false, body: false });

/** An error's data, as the structure its validators check. */
export function errorShape(e: IrError): IrStructureShape {
  return {
    kind: "structure",
    name: e.typeName,
    documentation: e.documentation,
    members: e.members,
    validatorName: e.validatorName,
    guardName: e.guardName,
    checkName: e.checkName,
    usage: { input: false, output: false, error: true },
    root: null,
    declared: false,
    includes: [],
    loc: e.loc,
  };
}

export function buildPlan(service: IrService): ValidationPlan {
  const shapes = new Map<string, IrShape>();
  for (const s of service.shapes) if (!shapes.has(s.name)) shapes.set(s.name, s);
  const errors = service.errors.map(errorShape);
  const all = [...shapes.values(), ...errors];
  const reach = reachable(all, shapes);
  const wire = needsWire(reach);
  const lenient = needsLenient(reach);
  const publicPolicy = new Map<string, Policy>();
  for (const s of service.shapes) if (s.kind === "structure" && !publicPolicy.has(s.name)) publicPolicy.set(s.name, publicPolicyOf(s, service));
  for (const e of errors) publicPolicy.set(e.name, service.unknownMembers.output);
  const byName = new Map<string, IrStructureShape>();
  for (const s of all) if (s.kind === "structure" && !byName.has(s.name)) byName.set(s.name, s);

  const variants = new Map<string, ShapeVariant>();
  const variantOf = (name: string, form: Form): ShapeVariant => {
    const shape = byName.get(name)!;
    const f: Form = { policy: form.policy, wire: form.wire && wire.has(name), lenient: form.lenient && lenient.has(name), body: form.body };
    if (f.body && !shape.members.some((m) => m.location !== "body" || m.wireName !== m.name)) f.body = false;
    const mode = f.policy === service.unknownMembers.input ? "input" : "output";
    const key = [name, f.policy === publicPolicy.get(name) ? "" : `.${mode}`, f.body ? ".body" : f.wire ? ".wire" : "", f.lenient ? ".lenient" : ""].join("");
    let v = variants.get(key);
    if (v) return v;
    const suffix = `${f.policy === "reject" ? "r" : "a"}${f.body ? "b" : f.wire ? "w" : ""}${f.lenient ? "l" : ""}`;
    const members = f.body ? shape.members.filter((m) => m.location === "body") : shape.members;
    v = { shape, form: f, members, key, suffix, title: f.body ? `${name} body` : name };
    variants.set(key, v);
    // Below a body, members are read by wire name too.
    const below: Form = { ...f, body: false, wire: f.body || f.wire };
    for (const m of members) for (const ref of reach.refsOf(m.type)) variantOf(ref, below);
    return v;
  };

  const publics: PublicValidator[] = [];
  for (const s of service.shapes) {
    if (s.kind !== "structure") continue;
    const policy = publicPolicy.get(s.name)!;
    publics.push({ kind: "shape", variant: variantOf(s.name, strict(policy)), validatorName: s.validatorName, checkName: s.checkName, guard: { name: s.guardName, type: s.name } });
    if (s.lenientValidatorName) publics.push({ kind: "lenient", variant: variantOf(s.name, { ...strict(policy), lenient: true }), validatorName: s.lenientValidatorName });
    if (s.bodyValidatorName) publics.push({ kind: "body", variant: variantOf(s.name, { ...strict(policy), body: true, wire: true }), validatorName: s.bodyValidatorName, checkName: s.bodyCheckName });
  }
  for (const e of errors) {
    publics.push({ kind: "error", variant: variantOf(e.name, strict(service.unknownMembers.output)), validatorName: e.validatorName, checkName: e.checkName, guard: { name: e.guardName, type: e.name } });
  }
  const sorted = [...variants.values()].sort((a, b) => compareStrings(a.key, b.key));
  return { service, shapes, publicPolicy, variants: sorted, publics, recursive: recursiveShapes(reach), variantOf };
}

/** The `$defs` key of a public validator's form: `<Name>`, `<Name>.lenient`, `<Name>.body`, `<Error>Data`. */
export function publicKey(p: PublicValidator): string {
  const name = p.variant.shape.name;
  return p.kind === "lenient" ? `${name}.lenient` : p.kind === "body" ? `${name}.body` : p.variant.key;
}

/** Internal function names: `c$` checks (pass/fail), `v$` collects problems. Not exported, so not IR names. */
export function checkFn(v: ShapeVariant): string {
  return `c$${v.shape.name}$${v.suffix}`;
}
export function detailFn(v: ShapeVariant): string {
  return `v$${v.shape.name}$${v.suffix}`;
}
/** A public validator's report after its own check failed (see detail-structure.ts). */
export function reportFn(v: ShapeVariant): string {
  return `t$${v.shape.name}$${v.suffix}`;
}
export function enumCheckFn(name: string): string {
  return `c$${name}`;
}

/** The name a member is read by in a form. */
export function memberName(m: IrStructureShape["members"][number], form: Form): string {
  return form.wire || form.body ? m.wireName : m.name;
}
