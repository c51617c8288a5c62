/**
 * The pass/fail half: for each type, straight-line statements that
 * `return false` on the first broken rule. No allocation, no closures; this
 * is what `check<Name>`/`is<Name>` run, and what `validate<Name>` runs first.
 */
import type { IrEnumShape, IrMember, IrStringType, IrStructureShape, IrType } from "../../ir/types.js";
import { propertyAccess, stringLiteral } from "../shared/literals.js";
import type { CodeContext } from "./context.js";
import { timestampPattern } from "./formats.js";
import { checkFn, enumCheckFn, type Policy, type ShapeVariant } from "./plan.js";

/** `Object.prototype` names: a plain read would find the inherited value, so these are read only when own. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "__proto__", "constructor",
  "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString", "valueOf",
]);

/** An expression reading member `name` of `obj`, own properties only. */
export function memberRead(obj: string, name: string): string {
  const key = stringLiteral(name);
  return PROTOTYPE_NAMES.has(name) ? `(hasOwn.call(${obj}, ${key}) ? ${obj}[${key}] : undefined)` : `${obj}${propertyAccess(name)}`;
}

/** The condition under which a string `x` breaks its length, as JSON Schema counts (code points). */
export function minLengthFails(x: string, min: number): string {
  // Code points <= UTF-16 units <= 2 * code points: count only in the ambiguous band.
  return min <= 0 ? "false" : `(${x}.length < ${min} || (${x}.length < ${2 * min} && codePointLength(${x}) < ${min}))`;
}
export function maxLengthFails(x: string, max: number): string {
  return `(${x}.length > ${max} && codePointLength(${x}) > ${max})`;
}

/** Conditions (joined by `||`) under which a string breaks `t`'s constraints, assuming it is a string. */
export function stringRuleFails(t: IrStringType, x: string, ctx: CodeContext): string[] {
  const c: string[] = [];
  if (t.minLength !== undefined && t.minLength > 0) c.push(minLengthFails(x, t.minLength));
  if (t.maxLength !== undefined) c.push(maxLengthFails(x, t.maxLength));
  if (t.pattern !== undefined) c.push(`!${ctx.regex(t.pattern)}.test(${x})`);
  return c;
}

export function enumShape(ctx: CodeContext, name: string): IrEnumShape | undefined {
  const s = ctx.plan.shapes.get(name);
  return s?.kind === "enum" ? s : undefined;
}

/** Statements that `return false` when `x` (any value, possibly undefined) is not a valid `type`. */
export function checkValue(type: IrType, x: string, policy: Policy, ctx: CodeContext, depth: string | undefined): string[] {
  const fail = (conds: string[]) => [`if (${conds.join(" || ")}) return false;`];
  switch (type.kind) {
    case "string":
      return fail([`typeof ${x} !== "string"`, ...stringRuleFails(type, x, ctx)]);
    case "integer":
    case "long":
    case "float":
    case "double": {
      const c = [`typeof ${x} !== "number"`, type.kind === "integer" || type.kind === "long" ? `!Number.isInteger(${x})` : `!Number.isFinite(${x})`];
      if (type.minimum !== undefined) c.push(`${x} < ${type.minimum}`);
      if (type.maximum !== undefined) c.push(`${x} > ${type.maximum}`);
      for (const e of type.excluded ?? []) c.push(`${x} === ${e}`);
      return fail(c);
    }
    case "boolean":
      return fail([`typeof ${x} !== "boolean"`]);
    case "timestamp": {
      const pattern = timestampPattern(type);
      return pattern ? fail([`typeof ${x} !== "string"`, `!${ctx.regex(pattern)}.test(${x})`]) : fail([`typeof ${x} !== "number"`, `!Number.isFinite(${x})`]);
    }
    case "ref": {
      if (enumShape(ctx, type.name)) return fail([`!${enumCheckFn(type.name)}(${x})`]);
      const args = ctx.plan.recursive.has(type.name) ? `${x}, ${depth === undefined ? "1" : `${depth} + 1`}` : x;
      return fail([`!${checkFn(type.name, policy)}(${args})`]);
    }
    case "list": {
      const i = ctx.fresh("i");
      const y = ctx.fresh("x");
      const c = [`!Array.isArray(${x})`];
      if (type.minItems !== undefined && type.minItems > 0) c.push(`${x}.length < ${type.minItems}`);
      c.push(`${x}.length > ${type.maxItems !== undefined ? type.maxItems : "MAX_ITEMS"}`);
      return [
        ...fail(c),
        `for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {`,
        `const ${y} = ${x}[${i}];`,
        ...checkValue(type.items, y, policy, ctx, depth),
        `}`,
      ];
    }
    case "map": {
      const k = ctx.fresh("k");
      const y = ctx.fresh("x");
      const counted = type.minEntries !== undefined || type.maxEntries !== undefined;
      const n = counted ? ctx.fresh("n") : "";
      const out = fail([`typeof ${x} !== "object"`, `${x} === null`, `Array.isArray(${x})`]);
      if (counted) out.push(`let ${n} = 0;`);
      out.push(`for (const ${k} in ${x}) {`, `if (!hasOwn.call(${x}, ${k})) continue;`);
      out.push(...keyCheck(type.key, k, ctx));
      out.push(`const ${y} = ${x}[${k}];`, ...checkValue(type.value, y, policy, ctx, depth));
      if (counted) out.push(`${n}++;`);
      out.push(`}`);
      const c: string[] = [];
      if (type.minEntries !== undefined && type.minEntries > 0) c.push(`${n} < ${type.minEntries}`);
      if (type.maxEntries !== undefined) c.push(`${n} > ${type.maxEntries}`);
      if (c.length) out.push(...fail(c));
      return out;
    }
  }
}

function keyCheck(key: IrType, k: string, ctx: CodeContext): string[] {
  if (key.kind === "ref") return [`if (!${enumCheckFn(key.name)}(${k})) return false;`];
  if (key.kind !== "string") return [];
  const c = stringRuleFails(key, k, ctx);
  return c.length ? [`if (${c.join(" || ")}) return false;`] : [];
}

/** `function c$Name$r(o, d?)`: true when `o` is a valid structure under `policy`. */
export function structureCheckFunction(variant: ShapeVariant, ctx: CodeContext): string {
  const { shape, policy } = variant;
  ctx.resetLocals();
  const recursive = ctx.plan.recursive.has(shape.name);
  const depth = recursive ? "d" : undefined;
  const lines: string[] = [];
  if (recursive) lines.push(`if (d > MAX_DEPTH) return false;`);
  lines.push(...structureCheckBody(shape, "o", policy, ctx, depth, 0), `return true;`);
  const params = recursive ? "o: any, d: number" : "o: any";
  return `function ${checkFn(shape.name, policy)}(${params}): boolean {\n${lines.join("\n")}\n}`;
}

/** How many levels of members' structures are written inline rather than called. */
const INLINE_LEVELS = 3;

/** Statements that `return false` unless `o` is a valid `shape`; inlined for members' non-recursive structures. */
function structureCheckBody(shape: IrStructureShape, o: string, policy: Policy, ctx: CodeContext, depth: string | undefined, level: number): string[] {
  const lines = [`if (typeof ${o} !== "object" || ${o} === null || Array.isArray(${o})) return false;`];
  const reject = policy === "reject";
  const required = shape.members.filter((m) => m.required).length;
  const optional = shape.members.length - required;
  const n = ctx.fresh("n");
  if (reject && optional > 0) lines.push(`let ${n} = ${required};`);
  for (const m of shape.members) lines.push(...memberCheck(m, o, policy, ctx, depth, reject ? n : undefined, level));
  if (reject) {
    // Counting own keys is cheaper than naming each; only a mismatch pays for the by-name scan.
    const c = ctx.fresh("c");
    lines.push(`let ${c} = 0;`, `for (const _k in ${o}) ${c}++;`);
    lines.push(`if (${c} !== ${optional > 0 ? n : required} && !${knownOnlyFn(shape.name)}(${o})) return false;`);
  }
  return lines;
}

function memberCheck(m: IrMember, o: string, policy: Policy, ctx: CodeContext, depth: string | undefined, counter: string | undefined, level: number): string[] {
  const v = ctx.fresh("m");
  const out = [`const ${v} = ${memberRead(o, m.name)};`];
  const target = m.type.kind === "ref" ? ctx.plan.shapes.get(m.type.name) : undefined;
  const body =
    target?.kind === "structure" && !ctx.plan.recursive.has(target.name) && level < INLINE_LEVELS
      ? structureCheckBody(target, v, policy, ctx, depth, level + 1)
      : checkValue(m.type, v, policy, ctx, depth);
  if (m.required) return [...out, `if (${v} === undefined) return false;`, ...body];
  return [...out, `if (${v} !== undefined) {`, ...body, ...(counter ? [`${counter}++;`] : []), `}`];
}

/** Name of the by-name scan: true when every own key of `o` is a member of the shape. */
export function knownOnlyFn(name: string): string {
  return `k$${name}`;
}

export function knownOnlyFunction(name: string, members: readonly IrMember[]): string {
  const cases = members.map((m) => `case ${stringLiteral(m.name)}:`).join("\n");
  return [
    `function ${knownOnlyFn(name)}(o: any): boolean {`,
    `for (const k in o) {`,
    `if (!hasOwn.call(o, k)) continue;`,
    ...(members.length ? [`switch (k) {`, cases, `continue;`, `}`] : []),
    `return false;`,
    `}`,
    `return true;`,
    `}`,
  ].join("\n");
}

/** `function c$Enum(x)`: true for one of the enum's values. */
export function enumCheckFunction(shape: IrEnumShape): string {
  const cond = shape.values.length ? shape.values.map((v) => `x === ${stringLiteral(v.value)}`).join(" || ") : "false";
  return `function ${enumCheckFn(shape.name)}(x: unknown): boolean {\nreturn ${cond};\n}`;
}
