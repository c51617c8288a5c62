/**
 * The reporting half: statements that push every problem of a value, with
 * its JSON pointer, rule and message, in one walk. `validate<Name>` runs it
 * directly. Paths are never built on the way down: each level writes its key
 * (a member name, list index or map key) into the runtime's PATH array at its
 * depth, and a path string is joined (`pathOf`) only where a problem is
 * pushed. So walking a valid value allocates nothing, and an invalid value is
 * walked once, as ajv's all-errors mode walks it.
 */
import type { IrMember, IrStringType, IrStructureShape, IrType } from "../../ir/types.js";
import { stringLiteral } from "../shared/literals.js";
import { MAX_DEPTH, MAX_ITEMS } from "../../runtime/validation/validation.js";
import { enumShape, maxLengthFails, memberRead, minLengthFails } from "./check-code.js";
import type { CodeContext } from "./context.js";
import { timestampPattern } from "./formats.js";
import {
  entriesText, enumText, itemsLimitText, itemsText, lengthText, maxDepthText, patternText, rangeText, REQUIRED_TEXT,
  timestampFormatText, TYPE_TEXT, unknownMemberText,
} from "./messages.js";
import { checkFn, detailFn, enumCheckFn, type Policy, type ShapeVariant } from "./plan.js";

/**
 * Where a value sits: PATH[0 .. d + depth) holds its ancestors' tokens, and
 * `leaf` (an expression: a member's token literal, an index variable, a map
 * key's `keyToken(k)`) its own; no leaf for the value a detail function was
 * called with.
 */
export interface Location {
  depth: number;
  leaf?: string;
}

/** A member's PATH token, escaped at generation time: `"/name"`. */
export function memberToken(name: string): string {
  return stringLiteral("/" + name.replace(/~/g, "~0").replace(/\//g, "~1"));
}

const depthExpr = (n: number) => (n === 0 ? "d" : `d + ${n}`);

/** The JSON pointer of `loc`, joined at run time. */
export function pathExpr(loc: Location): string {
  return loc.leaf === undefined ? `pathOf(${depthExpr(loc.depth)})` : `pathOf(${depthExpr(loc.depth)}, ${loc.leaf})`;
}

/** Records `loc`'s own key in PATH and returns the depth its children start at. */
function descend(loc: Location, out: string[]): number {
  if (loc.leaf === undefined) return loc.depth;
  out.push(`PATH[${depthExpr(loc.depth)}] = ${loc.leaf};`);
  return loc.depth + 1;
}

/** `ps.push(problem(<path>, "<rule>", "<text>"));` */
function push(path: string, rule: string, text: string): string {
  return `ps.push(problem(${path}, ${stringLiteral(rule)}, ${stringLiteral(text)}));`;
}

function stringRules(t: IrStringType, x: string, path: string, ctx: CodeContext, prefix = "", keyRule?: string): string[] {
  const out: string[] = [];
  const rule = (r: string) => keyRule ?? r;
  if (t.minLength !== undefined && t.minLength > 0) out.push(`if (${minLengthFails(x, t.minLength)}) ${push(path, rule("minLength"), prefix + lengthText(t))}`);
  if (t.maxLength !== undefined) out.push(`if (${maxLengthFails(x, t.maxLength)}) ${push(path, rule("maxLength"), prefix + lengthText(t))}`);
  if (t.pattern !== undefined) out.push(`if (!${ctx.regex(t.pattern)}.test(${x})) ${push(path, rule("pattern"), prefix + patternText(t.pattern))}`);
  return out;
}

/** Statements that push every problem of `x` (not undefined) against `type`; `x` sits at `loc`. */
export function detailValue(type: IrType, x: string, loc: Location, policy: Policy, ctx: CodeContext, rec: string | undefined, member = false): string[] {
  const path = pathExpr(loc);
  const typed = (cond: string, text: string, rest: string[]) =>
    rest.length ? [`if (${cond}) ${push(path, "type", text)}`, `else {`, ...rest, `}`] : [`if (${cond}) ${push(path, "type", text)}`];
  switch (type.kind) {
    case "string":
      return typed(`typeof ${x} !== "string"`, TYPE_TEXT.string, stringRules(type, x, path, ctx));
    case "integer":
    case "long":
    case "float":
    case "double": {
      const integer = type.kind === "integer" || type.kind === "long";
      const rest: string[] = [];
      const text = rangeText(type);
      if (type.minimum !== undefined) rest.push(`if (${x} < ${type.minimum}) ${push(path, "minimum", text)}`);
      if (type.maximum !== undefined) rest.push(`if (${x} > ${type.maximum}) ${push(path, "maximum", text)}`);
      if (type.excluded?.length) rest.push(`if (${type.excluded.map((e) => `${x} === ${e}`).join(" || ")}) ${push(path, "excluded", text)}`);
      return typed(
        `typeof ${x} !== "number" || !${integer ? "Number.isInteger" : "Number.isFinite"}(${x})`,
        integer ? TYPE_TEXT.integer : TYPE_TEXT.number,
        rest,
      );
    }
    case "boolean":
      return typed(`typeof ${x} !== "boolean"`, TYPE_TEXT.boolean, []);
    case "timestamp": {
      const pattern = timestampPattern(type);
      if (!pattern) return typed(`typeof ${x} !== "number" || !Number.isFinite(${x})`, TYPE_TEXT.number, []);
      return typed(`typeof ${x} !== "string"`, TYPE_TEXT.string, [`if (!${ctx.regex(pattern)}.test(${x})) ${push(path, "format", timestampFormatText(type))}`]);
    }
    case "ref": {
      const e = enumShape(ctx, type.name);
      if (e) return typed(`typeof ${x} !== "string"`, TYPE_TEXT.string, [`if (!${enumCheckFn(e.name)}(${x})) ${push(path, "enum", enumText(e))}`]);
      // A member's structure is walked directly: it is walked once, however deep the problem.
      // A list item or map value gets the small pass/fail check first (V8 inlines it), so that
      // valid elements cost no PATH write and no call into the larger detail function.
      const recursion = ctx.plan.recursive.has(type.name) ? `${rec === undefined ? "1" : `${rec} + 1`}` : undefined;
      const check = `${checkFn(type.name, policy)}(${x}${recursion ? `, ${recursion}` : ""})`;
      const out: string[] = [];
      const childDepth = depthExpr(descend(loc, out));
      out.push(`${detailFn(type.name, policy)}(${x}, ${childDepth}, ps${recursion ? `, ${recursion}` : ""});`);
      return member ? out : [`if (!${check}) {`, ...out, `}`];
    }
    case "list": {
      const i = ctx.fresh("i");
      const y = ctx.fresh("x");
      const rest: string[] = [];
      if (type.minItems !== undefined && type.minItems > 0) rest.push(`if (${x}.length < ${type.minItems}) ${push(path, "minItems", itemsText(type))}`);
      if (type.maxItems !== undefined) rest.push(`if (${x}.length > ${type.maxItems}) ${push(path, "maxItems", itemsText(type))}`);
      const loop: string[] = [];
      const itemDepth = descend(loc, loop);
      loop.push(
        `for (let ${i} = 0; ${i} < ${x}.length && ps.length <= MAX_PROBLEMS; ${i}++) {`,
        `const ${y} = ${x}[${i}];`,
        ...detailValue(type.items, y, { depth: itemDepth, leaf: i }, policy, ctx, rec),
        `}`,
      );
      if (type.maxItems === undefined || type.maxItems > MAX_ITEMS) rest.push(`if (${x}.length > MAX_ITEMS) ${push(path, "maxItems", itemsLimitText(MAX_ITEMS))}`, `else {`, ...loop, `}`);
      else rest.push(...loop);
      return typed(`!Array.isArray(${x})`, TYPE_TEXT.array, rest);
    }
    case "map": {
      const k = ctx.fresh("k");
      const y = ctx.fresh("x");
      const counted = type.minEntries !== undefined || type.maxEntries !== undefined;
      const n = counted ? ctx.fresh("n") : "";
      const rest: string[] = counted ? [`let ${n} = 0;`] : [];
      const entry: Location = { depth: descend(loc, rest), leaf: `keyToken(${k})` };
      const kp = pathExpr(entry);
      rest.push(`for (const ${k} in ${x}) {`, `if (!hasOwn.call(${x}, ${k})) continue;`);
      if (counted) rest.push(`${n}++;`);
      rest.push(`if (ps.length > MAX_PROBLEMS) continue;`);
      if (type.key.kind === "ref") {
        const e = enumShape(ctx, type.key.name);
        if (e) rest.push(`if (!${enumCheckFn(e.name)}(${k})) ${push(kp, "mapKey", `key ${enumText(e)}`)}`);
      } else rest.push(...stringRules(type.key, k, kp, ctx, "key ", "mapKey"));
      rest.push(`const ${y} = ${x}[${k}];`, ...detailValue(type.value, y, entry, policy, ctx, rec), `}`);
      if (type.minEntries !== undefined && type.minEntries > 0) rest.push(`if (${n} < ${type.minEntries}) ${push(path, "minEntries", entriesText(type))}`);
      if (type.maxEntries !== undefined) rest.push(`if (${n} > ${type.maxEntries}) ${push(path, "maxEntries", entriesText(type))}`);
      return typed(`typeof ${x} !== "object" || ${x} === null || Array.isArray(${x})`, TYPE_TEXT.object, rest);
    }
  }
}

/**
 * `function v$Name$r(o, d, ps, r?)`: pushes every problem of `o` as a
 * structure under `policy`; PATH[0 .. d) holds `o`'s path, `r` is the
 * recursion depth of recursive shapes.
 */
export function structureDetailFunction(variant: ShapeVariant, ctx: CodeContext): string {
  const { shape, policy } = variant;
  ctx.resetLocals();
  const recursive = ctx.plan.recursive.has(shape.name);
  const rec = recursive ? "r" : undefined;
  const self = pathExpr({ depth: 0 });
  const lines: string[] = [];
  if (recursive) lines.push(`if (r > MAX_DEPTH) {`, push(self, "maxDepth", maxDepthText(MAX_DEPTH)), `return;`, `}`);
  lines.push(...structureDetailBody(shape, "o", 0, policy, ctx, rec, 0));
  const params = recursive ? "o: any, d: number, ps: ValidationProblem[], r: number" : "o: any, d: number, ps: ValidationProblem[]";
  return `function ${detailFn(shape.name, policy)}(${params}): void {\n${lines.join("\n")}\n}`;
}

/** How many levels of members' structures are written inline rather than called. */
const INLINE_LEVELS = 3;

/**
 * The checks of structure `o` (PATH[0 .. d + depth) holds its path): its type,
 * its members, its unknown members. Written inline for a member's
 * non-recursive structure (as ajv inlines its refs), which saves a call into
 * a function too large for V8 to inline.
 */
function structureDetailBody(shape: IrStructureShape, o: string, depth: number, policy: Policy, ctx: CodeContext, rec: string | undefined, level: number): string[] {
  const self = pathExpr({ depth });
  const reject = policy === "reject";
  const n = ctx.fresh("n");
  const rest: string[] = [];
  if (reject) rest.push(`let ${n} = 0;`);
  for (const m of shape.members) rest.push(...memberDetail(m, o, depth, reject ? n : undefined, policy, ctx, rec, level));
  if (reject) {
    const c = ctx.fresh("c");
    const k = ctx.fresh("k");
    const cases = shape.members.map((m) => `case ${stringLiteral(m.name)}:`);
    rest.push(
      // As in the check: count own keys, and name the unknown ones only on a mismatch.
      `let ${c} = 0;`,
      `for (const _k in ${o}) ${c}++;`,
      `if (${c} !== ${n})`,
      `for (const ${k} in ${o}) {`,
      `if (!hasOwn.call(${o}, ${k})) continue;`,
      ...(cases.length ? [`switch (${k}) {`, ...cases, `continue;`, `}`] : []),
      push(pathExpr({ depth, leaf: `keyToken(${k})` }), "unknownMember", unknownMemberText(shape.name)),
      `}`,
    );
  }
  return [`if (typeof ${o} !== "object" || ${o} === null || Array.isArray(${o})) ${push(self, "type", TYPE_TEXT.object)}`, `else {`, ...rest, `}`];
}

function memberDetail(m: IrMember, o: string, depth: number, counter: string | undefined, policy: Policy, ctx: CodeContext, rec: string | undefined, level: number): string[] {
  const v = ctx.fresh("m");
  const loc: Location = { depth, leaf: memberToken(m.name) };
  const target = m.type.kind === "ref" ? ctx.plan.shapes.get(m.type.name) : undefined;
  let check: string[];
  if (target?.kind === "structure" && !ctx.plan.recursive.has(target.name) && level < INLINE_LEVELS) {
    const inner: string[] = [];
    const childDepth = descend(loc, inner);
    check = [...inner, ...structureDetailBody(target, v, childDepth, policy, ctx, rec, level + 1)];
  } else check = detailValue(m.type, v, loc, policy, ctx, rec, true);
  const body = [...(counter ? [`${counter}++;`] : []), ...check];
  const out = [`const ${v} = ${memberRead(o, m.name)};`];
  if (m.required) return [...out, `if (${v} === undefined) ${push(pathExpr(loc), "required", REQUIRED_TEXT)}`, `else {`, ...body, `}`];
  return [...out, `if (${v} !== undefined) {`, ...body, `}`];
}
