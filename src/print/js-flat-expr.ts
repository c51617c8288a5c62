/**
 * Expressions for the printer's fast path (js-flat.ts): each on one line as prettier prints it
 * flat, and the two layouts of a call too long for its line that need no Doc (arguments one per
 * line, a hugged last object). `undefined` means "not handled here": the caller falls back to
 * the Doc printer.
 */

import type { Expr, ObjectMember, Param } from "./js-ast.js";
import type { TypeNode } from "./ts-ast.js";
import { shouldExpandLast } from "./js-call.js";
import { DEFAULT, type Ctx } from "./js-context.js";
import { arrayShouldBreak, containsCall, needsParens } from "./js-expressions.js";
import { shouldFlatten } from "./js-precedence.js";
import { keyDialect } from "./js-state.js";
import { propertyKey } from "./literals.js";
import { fits, pad } from "./lines.js";

/** `expr` in `ctx` on one line, with prettier's parentheses; undefined where not handled here. */
export function flat(expr: Expr, ctx: Ctx): string | undefined {
  const bare = flatBare(expr, ctx);
  if (bare === undefined) return undefined;
  return needsParens(expr, ctx) ? `(${bare})` : bare;
}

/** Each of `exprs` in `ctx`, joined by `, `; undefined if any is not handled. */
function flatList(exprs: readonly Expr[], ctx: Ctx): string | undefined {
  const out: string[] = [];
  for (const e of exprs) {
    const s = flat(e, ctx);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out.join(", ");
}

function flatBare(expr: Expr, ctx: Ctx): string | undefined {
  switch (expr.kind) {
    case "identifier":
      return expr.name;
    case "this":
      return "this";
    case "literal":
      return /[\n\r\u2028\u2029]/.test(expr.text) ? undefined : expr.text;
    case "object":
      return flatObject(expr.members, expr.expanded);
    case "array": {
      if (expr.elements.length === 0) return "[]";
      if (arrayShouldBreak(expr.elements)) return undefined;
      const items = flatList(expr.elements, { kind: "element" });
      return items === undefined ? undefined : `[${items}]`;
    }
    case "member": {
      const object = flat(expr.object, { kind: "member-object", computed: false });
      return object === undefined ? undefined : `${object}${expr.optional ? "?." : "."}${expr.name}`;
    }
    case "index": {
      const object = flat(expr.object, { kind: "member-object", computed: true });
      const index = flat(expr.index, { kind: "index" });
      return object === undefined || index === undefined ? undefined : `${object}${expr.optional ? "?." : ""}[${index}]`;
    }
    case "call":
      return flatCall(expr);
    case "unary": {
      const argument = flat(expr.argument, { kind: "unary", operator: expr.operator });
      return argument === undefined ? undefined : `${expr.operator}${/^[a-z]/.test(expr.operator) ? " " : ""}${argument}`;
    }
    case "update": {
      const argument = flat(expr.argument, { kind: "unary", operator: expr.operator });
      if (argument === undefined) return undefined;
      return expr.prefix ? `${expr.operator}${argument}` : `${argument}${expr.operator}`;
    }
    case "binary": {
      // A left operand of the same precedence is flattened into the chain, without parentheses.
      const left =
        expr.left.kind === "binary" && shouldFlatten(expr.operator, expr.left.operator)
          ? flatBare(expr.left, { kind: "binary", operator: expr.operator, side: "left" })
          : flat(expr.left, { kind: "binary", operator: expr.operator, side: "left" });
      const right = flat(expr.right, { kind: "binary", operator: expr.operator, side: "right" });
      return left === undefined || right === undefined ? undefined : `${left} ${expr.operator} ${right}`;
    }
    case "conditional": {
      const inReturnOrCall = ctx.kind === "return" || ctx.kind === "argument" || ctx.kind === "callee";
      const branch = { kind: "conditional-branch", inReturnOrCall } as const;
      const test = flat(expr.test, { kind: "conditional-test", inReturnOrCall });
      const consequent = flat(expr.consequent, branch);
      const alternate = flat(expr.alternate, branch);
      if (test === undefined || consequent === undefined || alternate === undefined) return undefined;
      return `${test} ? ${consequent} : ${alternate}`;
    }
    case "spread": {
      const argument = flat(expr.argument, { kind: "spread" });
      return argument === undefined ? undefined : `...${argument}`;
    }
    case "await": {
      const argument = flat(expr.argument, { kind: "await" });
      return argument === undefined ? undefined : `await ${argument}`;
    }
    case "assign": {
      const inlineMembers = expr.target.kind !== "identifier";
      const target = flat(expr.target, { kind: "default", inlineMembers });
      const value = flat(expr.value, { kind: "assignment", inlineMembers });
      return target === undefined || value === undefined ? undefined : `${target} ${expr.operator} ${value}`;
    }
    case "arrow":
      return undefined;
  }
}

/** What precedes a call's `(`, on one line: `new C`, `a.b`, `f`; undefined for a chain holding another call. */
function callHead(expr: Expr & { kind: "call" }): string | undefined {
  const callee = expr.callee;
  if (expr.isNew) {
    const printed = flat(callee, { kind: "callee", isNew: true });
    return printed === undefined ? undefined : `new ${printed}`;
  }
  // One call on a plain lookup is a chain of at most two groups: flat when it fits.
  if (callee.kind === "member" || callee.kind === "index") return containsCall(callee) ? undefined : flatBare(callee, DEFAULT);
  return callee.kind === "call" ? undefined : flat(callee, { kind: "callee", isNew: false });
}

/** The context of a call's arguments (`Boolean(x)` is a coercion). */
function argumentContext(expr: Expr & { kind: "call" }): Ctx {
  const coercion = expr.callee.kind === "identifier" && expr.callee.name === "Boolean" && expr.args.length === 1;
  return { kind: "argument", coercion };
}

function flatCall(expr: Expr & { kind: "call" }): string | undefined {
  const head = callHead(expr);
  if (head === undefined) return undefined;
  const args = flatList(expr.args, argumentContext(expr));
  return args === undefined ? undefined : `${head}(${args})`;
}

function flatObject(members: readonly ObjectMember[], expanded: boolean): string | undefined {
  if (members.length === 0) return "{}";
  if (expanded) return undefined;
  const out: string[] = [];
  for (const m of members) {
    const s = flatMember(m);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return `{ ${out.join(", ")} }`;
}

/** One member of an object literal on one line. */
function flatMember(m: ObjectMember): string | undefined {
  if (m.kind === "shorthand") return m.name;
  if (m.kind === "spread") {
    const argument = flat(m.argument, { kind: "spread" });
    return argument === undefined ? undefined : `...${argument}`;
  }
  if (m.kind === "property" && m.doc === undefined) {
    const value = flat(m.value, { kind: "assignment" });
    return value === undefined ? undefined : `${propertyKey(m.key, keyDialect())}: ${value}`;
  }
  return undefined;
}

export function flatParams(params: readonly Param[]): string | undefined {
  const out: string[] = [];
  for (const p of params) {
    if (p.defaultValue !== undefined) return undefined;
    const type = p.type === undefined ? "" : flatType(p.type);
    if (type === undefined) return undefined;
    out.push(`${p.rest ? "..." : ""}${p.name}${p.optional ? "?" : ""}${type === "" ? "" : `: ${type}`}`);
  }
  return out.join(", ");
}

/** A type that is a plain name or literal text (`unknown`, `ValidationResult`, `value is X`); undefined otherwise. */
export function flatType(type: TypeNode): string | undefined {
  if (type.kind === "type-ref" && (type.args === undefined || type.args.length === 0)) return type.name;
  if (type.kind === "type-literal" && !/[\n\r\u2028\u2029]/.test(type.text)) return type.text;
  return undefined;
}

export function flatWithSemicolon(expr: Expr, ctx: Ctx): string | undefined {
  const e = flat(expr, ctx);
  return e === undefined ? undefined : `${e};`;
}

/**
 * A call too long for its line, with its arguments one per line (each flat, or itself such a
 * call) and a trailing comma: prettier's layout when no argument is hugged. Arguments that
 * prettier may hug (objects, arrays, functions) are left to the Doc printer. The first line
 * starts at `column`; the text has no indentation before it.
 */
export function brokenCall(expr: Expr, depth: number, column: number): string | undefined {
  if (expr.kind !== "call" || expr.args.length === 0) return undefined;
  if (expr.args.some((a) => a.kind === "arrow")) return undefined;
  const last = expr.args[expr.args.length - 1]!;
  const hug = last.kind === "object" && !last.expanded && shouldExpandLast(expr.args);
  if (!hug && expr.args.some((a) => a.kind === "object" || a.kind === "array")) return undefined;
  const head = callHead(expr);
  if (head === undefined || !fits(column, `${head}(`)) return undefined;
  const ctx = argumentContext(expr);
  const inner = 2 * (depth + 1);
  if (hug) return huggedObject(head, expr.args, ctx, depth, column);
  const lines: string[] = [];
  for (const arg of expr.args) {
    const one = flat(arg, ctx);
    if (one !== undefined && fits(inner, `${one},`)) {
      lines.push(`${pad(depth + 1)}${one},`);
      continue;
    }
    const nested = brokenCall(arg, depth + 1, inner);
    if (nested === undefined) return undefined;
    lines.push(`${pad(depth + 1)}${nested},`);
  }
  return `${head}(\n${lines.join("\n")}\n${pad(depth)})`;
}

/**
 * `head(a, b, {` then the last argument's members one per line and `})`: prettier hugs a last
 * object argument when the call does not fit on its line. Members that do not fit their line
 * are left to the Doc printer.
 */
function huggedObject(head: string, args: readonly Expr[], ctx: Ctx, depth: number, column: number): string | undefined {
  const before = flatList(args.slice(0, -1), ctx);
  const object = args[args.length - 1] as Expr & { kind: "object" };
  if (before === undefined) return undefined;
  const open = `${head}(${before === "" ? "" : `${before}, `}{`;
  if (!fits(column, open)) return undefined;
  const lines: string[] = [];
  for (const m of object.members) {
    const one = flatMember(m);
    if (one === undefined || !fits(2 * (depth + 1), `${one},`)) return undefined;
    lines.push(`${pad(depth + 1)}${one},`);
  }
  return `${open}\n${lines.join("\n")}\n${pad(depth)}})`;
}
