/**
 * The reporting half: statements that push every problem of a value, with
 * its JSON pointer, rule and message. `validate<Name>` runs it directly (one
 * walk of the root); it enters a nested structure only when that structure's
 * pass/fail check fails, and builds paths and messages only where it pushes a
 * problem, so a valid value costs about what the pass/fail check costs.
 */
import type { IrMember, IrStringType, IrType } from "../../ir/types.js";
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

/** `ps.push(problem(<path>, "<rule>", "<text>"));` */
function push(path: string, rule: string, text: string): string {
  return `ps.push(problem(${path}, ${stringLiteral(rule)}, ${stringLiteral(text)}));`;
}

/** `<path> + "/<token>"` for a member name known at generation time. */
export function childPath(path: string, name: string): string {
  const token = name.replace(/~/g, "~0").replace(/\//g, "~1");
  return `${path} + ${stringLiteral("/" + token)}`;
}

function stringRules(t: IrStringType, x: string, path: string, ctx: CodeContext, prefix = "", keyRule?: string): string[] {
  const out: string[] = [];
  const rule = (r: string) => keyRule ?? r;
  if (t.minLength !== undefined && t.minLength > 0) out.push(`if (${minLengthFails(x, t.minLength)}) ${push(path, rule("minLength"), prefix + lengthText(t))}`);
  if (t.maxLength !== undefined) out.push(`if (${maxLengthFails(x, t.maxLength)}) ${push(path, rule("maxLength"), prefix + lengthText(t))}`);
  if (t.pattern !== undefined) out.push(`if (!${ctx.regex(t.pattern)}.test(${x})) ${push(path, rule("pattern"), prefix + patternText(t.pattern))}`);
  return out;
}

/** Statements that push every problem of `x` (not undefined) against `type`, at JSON pointer expression `path`. */
export function detailValue(type: IrType, x: string, path: string, policy: Policy, ctx: CodeContext, depth: string | undefined): string[] {
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
      const recursive = ctx.plan.recursive.has(type.name);
      const d = depth === undefined ? "1" : `${depth} + 1`;
      const check = recursive ? `${checkFn(type.name, policy)}(${x}, ${d})` : `${checkFn(type.name, policy)}(${x})`;
      const detail = recursive ? `${detailFn(type.name, policy)}(${x}, ${path}, ps, ${d});` : `${detailFn(type.name, policy)}(${x}, ${path}, ps);`;
      // The pass/fail check first: a valid nested structure never pays for building its path.
      return [`if (!${check}) ${detail}`];
    }
    case "list": {
      const i = ctx.fresh("i");
      const y = ctx.fresh("x");
      const rest: string[] = [];
      if (type.minItems !== undefined && type.minItems > 0) rest.push(`if (${x}.length < ${type.minItems}) ${push(path, "minItems", itemsText(type))}`);
      if (type.maxItems !== undefined) rest.push(`if (${x}.length > ${type.maxItems}) ${push(path, "maxItems", itemsText(type))}`);
      const loop = [
        `for (let ${i} = 0; ${i} < ${x}.length && ps.length <= MAX_PROBLEMS; ${i}++) {`,
        `const ${y} = ${x}[${i}];`,
        ...detailValue(type.items, y, `${path} + "/" + ${i}`, policy, ctx, depth),
        `}`,
      ];
      if (type.maxItems === undefined || type.maxItems > MAX_ITEMS) rest.push(`if (${x}.length > MAX_ITEMS) ${push(path, "maxItems", itemsLimitText(MAX_ITEMS))}`, `else {`, ...loop, `}`);
      else rest.push(...loop);
      return typed(`!Array.isArray(${x})`, TYPE_TEXT.array, rest);
    }
    case "map": {
      const k = ctx.fresh("k");
      const y = ctx.fresh("x");
      const counted = type.minEntries !== undefined || type.maxEntries !== undefined;
      const n = counted ? ctx.fresh("n") : "";
      // The entry's path, built only where a problem is pushed.
      const kp = `${path} + "/" + pointerToken(${k})`;
      const rest = [...(counted ? [`let ${n} = 0;`] : []), `for (const ${k} in ${x}) {`, `if (!hasOwn.call(${x}, ${k})) continue;`];
      if (counted) rest.push(`${n}++;`);
      rest.push(`if (ps.length > MAX_PROBLEMS) continue;`);
      if (type.key.kind === "ref") {
        const e = enumShape(ctx, type.key.name);
        if (e) rest.push(`if (!${enumCheckFn(e.name)}(${k})) ${push(kp, "mapKey", `key ${enumText(e)}`)}`);
      } else rest.push(...stringRules(type.key, k, kp, ctx, "key ", "mapKey"));
      rest.push(`const ${y} = ${x}[${k}];`, ...detailValue(type.value, y, kp, policy, ctx, depth), `}`);
      if (type.minEntries !== undefined && type.minEntries > 0) rest.push(`if (${n} < ${type.minEntries}) ${push(path, "minEntries", entriesText(type))}`);
      if (type.maxEntries !== undefined) rest.push(`if (${n} > ${type.maxEntries}) ${push(path, "maxEntries", entriesText(type))}`);
      return typed(`typeof ${x} !== "object" || ${x} === null || Array.isArray(${x})`, TYPE_TEXT.object, rest);
    }
  }
}

/** `function v$Name$r(o, p, ps, d?)`: pushes every problem of `o` as a structure under `policy`. */
export function structureDetailFunction(variant: ShapeVariant, ctx: CodeContext): string {
  const { shape, policy } = variant;
  ctx.resetLocals();
  const recursive = ctx.plan.recursive.has(shape.name);
  const depth = recursive ? "d" : undefined;
  const lines: string[] = [];
  if (recursive) lines.push(`if (d > MAX_DEPTH) {`, push("p", "maxDepth", maxDepthText(MAX_DEPTH)), `return;`, `}`);
  lines.push(`if (typeof o !== "object" || o === null || Array.isArray(o)) {`, push("p", "type", TYPE_TEXT.object), `return;`, `}`);
  const reject = policy === "reject";
  if (reject) lines.push(`let n = 0;`);
  for (const m of shape.members) lines.push(...memberDetail(m, policy, ctx, depth, reject));
  if (reject) {
    const cases = shape.members.map((m) => `case ${stringLiteral(m.name)}:`);
    lines.push(
      `let c = 0;`,
      `for (const _k in o) c++;`,
      `if (c !== n)`,
      `for (const k in o) {`,
      `if (!hasOwn.call(o, k)) continue;`,
      ...(cases.length ? [`switch (k) {`, ...cases, `continue;`, `}`] : []),
      push(`p + "/" + pointerToken(k)`, "unknownMember", unknownMemberText(shape.name)),
      `}`,
    );
  }
  const params = recursive ? "o: any, p: string, ps: ValidationProblem[], d: number" : "o: any, p: string, ps: ValidationProblem[]";
  return `function ${detailFn(shape.name, policy)}(${params}): void {\n${lines.join("\n")}\n}`;
}

function memberDetail(m: IrMember, policy: Policy, ctx: CodeContext, depth: string | undefined, counted: boolean): string[] {
  const v = ctx.fresh("m");
  const path = childPath("p", m.name);
  const body = [...(counted ? ["n++;"] : []), ...detailValue(m.type, v, path, policy, ctx, depth)];
  const out = [`const ${v} = ${memberRead("o", m.name)};`];
  if (m.required) return [...out, `if (${v} === undefined) ${push(path, "required", REQUIRED_TEXT)}`, `else {`, ...body, `}`];
  return [...out, `if (${v} !== undefined) {`, ...body, `}`];
}
