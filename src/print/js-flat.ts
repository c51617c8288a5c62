/**
 * The printer's fast path: a statement whose text fits the print width on one line comes out
 * as prettier prints it flat, written straight to a string, without building and laying out a
 * Doc. It is the same output (prettier prints a group flat whenever its flat text fits, and
 * nothing here carries a forced break), not another style: `test/print/flat-printing.test.ts`
 * prints every generated module both ways. Compound statements (`if`, loops, `switch`,
 * functions) take the fast path for their header line and print their bodies statement by
 * statement; anything else (a line too long, a construct not handled here) goes to the Doc
 * printer, at its indentation.
 */

import { docComment, lineComment } from "./comments.js";
import { hardline, indent, type Doc } from "./doc.js";
import { printDoc } from "./doc-printer.js";
import type { Expr, ObjectMember, Param, Stmt } from "./js-ast.js";
import { DEFAULT, type Ctx } from "./js-context.js";
import { arrayShouldBreak, needsParens } from "./js-expressions.js";
import { shouldExpandLast } from "./js-call.js";
import { shouldFlatten } from "./js-precedence.js";
import { keyDialect } from "./js-state.js";
import { printStatement } from "./js-statements.js";
import { propertyKey } from "./literals.js";
import { PRETTIER_OPTIONS } from "./prettier-options.js";
import { stringWidth } from "./string-width.js";

const WIDTH = PRETTIER_OPTIONS.printWidth;
const ASCII = /^[\x20-\x7e]*$/;

let enabled = true;

/** Turns the fast path off (or on again): the equivalence test prints both ways. */
export function flatPrinting(on: boolean): void {
  enabled = on;
}

/** Whether `text` fits on a line that already holds `column` columns. */
function fits(column: number, text: string): boolean {
  return column + (ASCII.test(text) ? text.length : stringWidth(text)) <= WIDTH;
}

/** `expr` in `ctx` on one line, with prettier's parentheses; undefined where not handled here. */
function flat(expr: Expr, ctx: Ctx): string | undefined {
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

/** Whether a member/call chain holds a call below its head (prettier's member-chain layouts). */
function chainHasCall(expr: Expr): boolean {
  for (let e = expr; ; ) {
    if (e.kind === "call") return true;
    if (e.kind !== "member" && e.kind !== "index") return false;
    e = e.object;
  }
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

function flatCall(expr: Expr & { kind: "call" }): string | undefined {
  const callee = expr.callee;
  let head: string | undefined;
  if (expr.isNew) {
    const printed = flat(callee, { kind: "callee", isNew: true });
    head = printed === undefined ? undefined : `new ${printed}`;
  } else if (callee.kind === "member" || callee.kind === "index") {
    // One call on a plain lookup is a chain of at most two groups: flat when it fits.
    if (chainHasCall(callee)) return undefined;
    head = flatBare(callee, DEFAULT);
  } else if (callee.kind === "call") {
    return undefined;
  } else {
    head = flat(callee, { kind: "callee", isNew: false });
  }
  if (head === undefined) return undefined;
  const coercion = callee.kind === "identifier" && callee.name === "Boolean" && expr.args.length === 1;
  const args = flatList(expr.args, { kind: "argument", coercion });
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

function flatParams(params: readonly Param[]): string | undefined {
  const out: string[] = [];
  for (const p of params) {
    if (p.type !== undefined || p.defaultValue !== undefined) return undefined;
    out.push(`${p.rest ? "..." : ""}${p.name}${p.optional ? "?" : ""}`);
  }
  return out.join(", ");
}

const pad = (depth: number): string => "  ".repeat(depth);

function flatWithSemicolon(expr: Expr, ctx: Ctx): string | undefined {
  const e = flat(expr, ctx);
  return e === undefined ? undefined : `${e};`;
}

/**
 * A call too long for its line, with its arguments one per line (each flat, or itself such a
 * call) and a trailing comma: prettier's layout when no argument is hugged. Arguments that
 * prettier may hug (objects, arrays, functions) are left to the Doc printer. The first line
 * starts at `column`; the text has no indentation before it.
 */
function brokenCall(expr: Expr, depth: number, column: number): string | undefined {
  if (expr.kind !== "call" || expr.args.length === 0) return undefined;
  if (expr.args.some((a) => a.kind === "arrow")) return undefined;
  const last = expr.args[expr.args.length - 1]!;
  const hug = last.kind === "object" && !last.expanded && shouldExpandLast(expr.args);
  if (!hug && expr.args.some((a) => a.kind === "object" || a.kind === "array")) return undefined;
  const callee = expr.callee;
  let head: string | undefined;
  if (expr.isNew) {
    const printed = flat(callee, { kind: "callee", isNew: true });
    head = printed === undefined ? undefined : `new ${printed}`;
  } else if (callee.kind === "member" || callee.kind === "index") {
    head = chainHasCall(callee) ? undefined : flatBare(callee, DEFAULT);
  } else if (callee.kind !== "call") {
    head = flat(callee, { kind: "callee", isNew: false });
  }
  if (head === undefined || !fits(column, `${head}(`)) return undefined;
  const coercion = callee.kind === "identifier" && callee.name === "Boolean" && expr.args.length === 1;
  const ctx: Ctx = { kind: "argument", coercion };
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

/**
 * Statements one per line at `depth`, as printSequence lays them out: `blank` markers become
 * one empty line, none at the start or end.
 */
export function sequenceText(items: readonly Stmt[], depth: number): string {
  let out = "";
  let pendingBlank = false;
  for (const item of items) {
    if (item.kind === "blank") {
      pendingBlank = out !== "";
      continue;
    }
    if (out !== "") out += pendingBlank ? "\n\n" : "\n";
    pendingBlank = false;
    out += statementText(item, depth);
  }
  return out;
}

/** One statement at `depth` (its first line's indentation included), without a final newline. */
export function statementText(stmt: Stmt, depth: number): string {
  if (enabled) {
    const text = flatStatement(stmt, depth, 2 * depth);
    if (text !== undefined) return pad(depth) + text;
  }
  return docFallback(stmt, depth);
}

/** The Doc printer's text for `stmt` at `depth`. */
function docFallback(stmt: Stmt, depth: number): string {
  let doc: Doc = printStatement(stmt);
  if (depth === 0) return printDoc(doc);
  doc = [hardline, doc];
  for (let i = 0; i < depth; i++) doc = indent(doc);
  return printDoc(doc).slice(1);
}

/** `{`, the statements, `}` (the first line joins the current one); `compactEmpty`: `{}` when empty. */
function blockText(body: readonly Stmt[], depth: number, compactEmpty: boolean): string {
  const inner = sequenceText(body, depth + 1);
  if (inner === "") return compactEmpty ? "{}" : `{\n${pad(depth)}}`;
  return `{\n${inner}\n${pad(depth)}}`;
}

/** A line ending in ` {` that fits after `column`, or undefined. */
function header(column: number, text: string | undefined): string | undefined {
  return text !== undefined && fits(column, `${text} {`) ? text : undefined;
}

/**
 * `stmt` at `depth` without its first line's indentation, where the fast path applies; `column`
 * is where its first line starts.
 */
function flatStatement(stmt: Stmt, depth: number, column: number): string | undefined {
  const line = (text: string | undefined): string | undefined => (text !== undefined && fits(column, text) ? text : undefined);
  switch (stmt.kind) {
    case "expression": {
      const e = line(flatWithSemicolon(stmt.expression, { kind: "statement" }));
      if (e !== undefined) return e;
      const broken = brokenCall(stmt.expression, depth, column);
      return broken === undefined ? undefined : `${broken};`;
    }
    case "variable": {
      if (stmt.type !== undefined) return undefined;
      const init = stmt.init === undefined ? "" : flat(stmt.init, { kind: "assignment" });
      if (init === undefined) return undefined;
      const prefix = `${stmt.exported ? "export " : ""}${stmt.declare ? "declare " : ""}${stmt.declaration} ${stmt.name}`;
      return line(stmt.init === undefined ? `${prefix};` : `${prefix} = ${init};`);
    }
    case "return":
    case "throw": {
      if (stmt.argument === undefined) return `${stmt.kind};`;
      const argument = flat(stmt.argument, { kind: "return" });
      const one = line(argument === undefined ? undefined : `${stmt.kind} ${argument};`);
      if (one !== undefined) return one;
      const broken = brokenCall(stmt.argument, depth, column + stmt.kind.length + 1);
      return broken === undefined ? undefined : `${stmt.kind} ${broken};`;
    }
    case "break":
    case "continue":
      return `${stmt.kind};`;
    case "if":
      return flatIf(stmt, depth, column);
    case "for-in":
    case "for-of": {
      const right = flat(stmt.right, DEFAULT);
      const head = header(column, right === undefined ? undefined : `for (${stmt.declaration} ${stmt.name} ${stmt.kind === "for-in" ? "in" : "of"} ${right})`);
      return head === undefined ? undefined : `${head} ${blockText(stmt.body, depth, false)}`;
    }
    case "for":
      return flatFor(stmt, depth, column);
    case "switch":
      return flatSwitch(stmt, depth, column);
    case "function": {
      if (stmt.returnType !== undefined) return undefined;
      const params = flatParams(stmt.params);
      if (params === undefined) return undefined;
      const signature = `${stmt.exported ? "export " : ""}${stmt.declare ? "declare " : ""}${stmt.async ? "async " : ""}function ${stmt.name}(${params})`;
      if (stmt.body === undefined) return line(`${signature};`);
      const head = header(column, signature);
      return head === undefined ? undefined : `${head} ${blockText(stmt.body, depth, true)}`;
    }
    case "doc": {
      const kind = stmt.statement.kind;
      if (kind === "blank" || kind === "line-comment" || kind === "doc") return undefined;
      const comment = docComment(stmt.text, pad(depth)).slice(2 * depth);
      return `${comment}\n${statementText(stmt.statement, depth)}`;
    }
    case "line-comment":
      return lineComment(stmt.text);
    default:
      return undefined;
  }
}

function flatIf(stmt: Stmt & { kind: "if" }, depth: number, column: number): string | undefined {
  const alternate = stmt.alternate;
  if (stmt.consequent.kind !== "block" || (alternate !== undefined && alternate.kind !== "block" && alternate.kind !== "if")) return undefined;
  const test = flat(stmt.test, { kind: "test" });
  const head = header(column, test === undefined ? undefined : `if (${test})`);
  if (head === undefined) return undefined;
  let out = `${head} ${blockText(stmt.consequent.body, depth, false)}`;
  if (alternate === undefined) return out;
  if (alternate.kind === "block") return `${out} else ${blockText(alternate.body, depth, false)}`;
  // `} else if (…) {` continues the closing line of the consequent.
  const nested = flatIf(alternate, depth, 2 * depth + "} else ".length);
  if (nested === undefined) return undefined;
  out += ` else ${nested}`;
  return out;
}

function flatFor(stmt: Stmt & { kind: "for" }, depth: number, column: number): string | undefined {
  const body = blockText(stmt.body, depth, true);
  if (stmt.init === undefined && stmt.test === undefined && stmt.update === undefined) return `for (;;) ${body}`;
  let init: string | undefined = "";
  if (stmt.init !== undefined) {
    if (stmt.init.kind === "variable" && stmt.init.type === undefined && !stmt.init.exported && !stmt.init.declare) {
      const value = stmt.init.init === undefined ? "" : flat(stmt.init.init, { kind: "assignment" });
      init = value === undefined ? undefined : `${stmt.init.declaration} ${stmt.init.name}${stmt.init.init === undefined ? "" : ` = ${value}`}`;
    } else if (stmt.init.kind === "expression") init = flat(stmt.init.expression, { kind: "for" });
    else return undefined;
  }
  const test = stmt.test === undefined ? "" : flat(stmt.test, { kind: "for" });
  const update = stmt.update === undefined ? "" : flat(stmt.update, { kind: "for" });
  if (init === undefined || test === undefined || update === undefined) return undefined;
  const head = header(column, `for (${init}; ${test}; ${update})`);
  return head === undefined ? undefined : `${head} ${body}`;
}

function flatSwitch(stmt: Stmt & { kind: "switch" }, depth: number, column: number): string | undefined {
  const discriminant = flat(stmt.discriminant, { kind: "test" });
  const head = header(column, discriminant === undefined ? undefined : `switch (${discriminant})`);
  if (head === undefined) return undefined;
  const cases: string[] = [];
  for (const c of stmt.cases) {
    const onlyBlock = c.body.filter((s) => s.kind !== "blank").length === 1 && c.body.some((s) => s.kind === "block");
    if (onlyBlock) return undefined;
    const test = c.test === undefined ? "default" : flat(c.test, DEFAULT);
    if (test === undefined) return undefined;
    const label = c.test === undefined ? "default:" : `case ${test}:`;
    if (!fits(2 * (depth + 1), label)) return undefined;
    const body = sequenceText(c.body, depth + 2);
    cases.push(`${pad(depth + 1)}${label}${body === "" ? "" : `\n${body}`}`);
  }
  return `${head} {${cases.length ? `\n${cases.join("\n")}` : ""}\n${pad(depth)}}`;
}
