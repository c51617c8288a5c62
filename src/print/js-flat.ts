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
import type { Stmt } from "./js-ast.js";
import { DEFAULT } from "./js-context.js";
import { brokenCall, flat, flatParams, flatType, flatWithSemicolon } from "./js-flat-expr.js";
import { fits, pad, printDocAt } from "./lines.js";
import { printStatement } from "./js-statements.js";

let enabled = true;

/** Turns the fast path off (or on again): the equivalence test prints both ways. */
export function flatPrinting(on: boolean): void {
  enabled = on;
}

/** Whether the fast path is on (JSON has one too, see json.ts). */
export function flatPrintingOn(): boolean {
  return enabled;
}

/**
 * Statements one per line at `depth`, as printSequence lays them out: `blank` markers become
 * one empty line, none at the start or end.
 */
export function sequenceText(items: readonly Stmt[], depth: number, print: (stmt: Stmt, depth: number) => string = statementText): string {
  let out = "";
  let pendingBlank = false;
  for (const item of items) {
    if (item.kind === "blank") {
      pendingBlank = out !== "";
      continue;
    }
    if (out !== "") out += pendingBlank ? "\n\n" : "\n";
    pendingBlank = false;
    out += print(item, depth);
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
  return pad(depth) + printDocAt(printStatement(stmt), depth);
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
      const returns = stmt.returnType === undefined ? "" : flatType(stmt.returnType);
      const params = flatParams(stmt.params);
      if (params === undefined || returns === undefined) return undefined;
      const signature = `${stmt.exported ? "export " : ""}${stmt.declare ? "declare " : ""}${stmt.async ? "async " : ""}function ${stmt.name}(${params})${returns === "" ? "" : `: ${returns}`}`;
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
