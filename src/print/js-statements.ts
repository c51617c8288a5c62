/**
 * Statements, blocks and modules (src/language-js/print/{statement,block,if-statement,
 * for-statement,switch-statement,return-statement,module}.js).
 */

import { group, hardline, ifBreak, indent, join, line, softline, type Doc } from "./doc.js";
import type { Expr, Specifier, Stmt } from "./js-ast.js";
import { printAssignment } from "./js-assignment.js";
import { printClass } from "./js-class.js";
import { printDocComment, printLineComment } from "./js-comments.js";
import { DEFAULT, unsupported } from "./js-context.js";
import { printExpr } from "./js-expressions.js";
import { printFunctionDeclaration } from "./js-functions.js";
import { withKeyDialect } from "./js-state.js";
import { sequenceText, statementText } from "./js-flat.js";
import { stringLiteral } from "./literals.js";
import { printInterface, printTypeAlias } from "./ts-declarations.js";
import { printType } from "./ts-types.js";

/**
 * Statements one per line; `blank` markers become one empty line (runs collapse, and none is kept
 * at the start or end, as prettier keeps at most one and none at the edges of a block).
 */
export function printSequence<T extends { kind: string }>(items: readonly T[], print: (item: T) => Doc): Doc[] {
  const parts: Doc[] = [];
  let pendingBlank = false;
  for (const item of items) {
    if (item.kind === "blank") {
      pendingBlank = parts.length > 0;
      continue;
    }
    if (parts.length > 0) parts.push(pendingBlank ? [hardline, hardline] : hardline);
    pendingBlank = false;
    parts.push(print(item));
  }
  return parts;
}

/**
 * `{ ... }` around statements. An empty block is `{}` as a function, loop or `catch` body, but
 * `{` newline `}` elsewhere (if/else branches, `try`, `finally`, standalone), as prettier prints it.
 */
export function printBlock(body: readonly Stmt[], compactEmpty = true): Doc {
  const statements = printSequence(body, printStatement);
  if (statements.length === 0) return compactEmpty ? "{}" : ["{", hardline, "}"];
  return ["{", indent([hardline, ...statements]), hardline, "}"];
}

/** prettier's adjustClause: a block stays on the line, another statement goes on the next, indented. */
function clause(stmt: Stmt, forceSpace = false): Doc {
  if (stmt.kind === "block" || forceSpace) return [" ", printStatement(stmt)];
  return indent([line, printStatement(stmt)]);
}

const isNot = (e: Expr): e is Expr & { kind: "unary" } => e.kind === "unary" && e.operator === "!";

/** `(test)` of if/switch; `!(a || b)` / `!!(a && b)` already break inside their own parentheses. */
function printTest(test: Expr): Doc {
  const printed = printExpr(test, { kind: "test" });
  if (isNot(test)) {
    const inner = isNot(test.argument) ? test.argument.argument : test.argument;
    if (inner.kind === "binary" && ["||", "&&", "??"].includes(inner.operator)) return printed;
  }
  return group([indent([softline, printed]), softline]);
}

function printIf(stmt: Stmt & { kind: "if" }): Doc {
  if (stmt.alternate !== undefined && stmt.consequent.kind === "if") {
    unsupported("an unbraced `if` as the consequent of an `if` with `else` (the `else` would rebind); use a block");
  }
  const test = printTest(stmt.test);
  if (stmt.consequent.kind !== "block" || (stmt.alternate !== undefined && stmt.alternate.kind !== "block" && stmt.alternate.kind !== "if")) {
    // Where an unbraced body goes after a test that breaks depends on how each part of the test
    // breaks (hugged arguments, operator chains): rules not modelled here. Braces make it one form.
    unsupported("an unbraced `if` or `else` body; use a block");
  }
  const parts: Doc[] = [group(["if (", test, ")", group(clause(stmt.consequent))])];
  if (stmt.alternate !== undefined) {
    parts.push(stmt.consequent.kind === "block" ? " " : hardline);
    parts.push("else", group(clause(stmt.alternate, stmt.alternate.kind === "if")));
  }
  return group(parts);
}

function printVariable(stmt: Stmt & { kind: "variable" }, semi: boolean): Doc {
  const left: Doc = stmt.type === undefined ? stmt.name : [stmt.name, ": ", printType(stmt.type, { kind: "annotation" })];
  const declarator = stmt.init === undefined ? left : printAssignment(left, " =", stmt.init, "declarator");
  return group([stmt.exported ? "export " : "", stmt.declare ? "declare " : "", stmt.declaration, " ", declarator, semi ? ";" : ""]);
}

function printFor(stmt: Stmt & { kind: "for" }): Doc {
  const body = [" ", printBlock(stmt.body)];
  if (stmt.init === undefined && stmt.test === undefined && stmt.update === undefined) return group(["for (;;)", body]);
  let init: Doc = "";
  if (stmt.init !== undefined) {
    if (stmt.init.kind === "variable") init = printVariable(stmt.init, false);
    else if (stmt.init.kind === "expression") init = printExpr(stmt.init.expression, { kind: "for" });
    else unsupported("a for-loop initialiser that is not a declaration or an expression");
  }
  const test = stmt.test === undefined ? "" : printExpr(stmt.test, { kind: "for" });
  const update = stmt.update === undefined ? "" : printExpr(stmt.update, { kind: "for" });
  return group([
    "for (",
    group([indent([softline, init, ";", line, test, ";", line, update]), softline]),
    ")",
    body,
  ]);
}

function printSwitch(stmt: Stmt & { kind: "switch" }): Doc {
  const cases = stmt.cases.map((c) => {
    const head: Doc = c.test === undefined ? "default:" : ["case ", printExpr(c.test, DEFAULT), ":"];
    const body = printSequence(c.body, printStatement);
    if (body.length === 0) return head;
    const onlyBlock = c.body.filter((s) => s.kind !== "blank").length === 1 && c.body.some((s) => s.kind === "block");
    return [head, onlyBlock ? [" ", body] : indent([hardline, body])];
  });
  return [
    group(["switch (", indent([softline, printExpr(stmt.discriminant, { kind: "test" })]), softline, ")"]),
    " {",
    cases.length > 0 ? indent([hardline, join(hardline, cases)]) : "",
    hardline,
    "}",
  ];
}

function printReturn(keyword: string, argument: Expr | undefined): Doc {
  if (argument === undefined) return [keyword, ";"];
  const printed = printExpr(argument, { kind: "return" });
  if (argument.kind === "binary") {
    return [keyword, " ", group([ifBreak("("), indent([softline, printed]), softline, ifBreak(")")]), ";"];
  }
  return [keyword, " ", printed, ";"];
}

function printSpecifier(s: Specifier): Doc {
  return [s.typeOnly ? "type " : "", s.name, s.alias !== undefined && s.alias !== s.name ? [" as ", s.alias] : ""];
}

/** `{ a, b }` of an import or export; one specifier alone never breaks. */
function printSpecifiers(specifiers: readonly Specifier[], standalone: boolean): Doc {
  if (specifiers.length === 0) return "{}";
  const printed = specifiers.map(printSpecifier);
  if (specifiers.length === 1 && !standalone) return ["{ ", printed[0] as Doc, " }"];
  return group(["{", indent([line, join([",", line], printed)]), ifBreak(","), line, "}"]);
}

function printImport(stmt: Stmt & { kind: "import" }): Doc {
  const source = stringLiteral(stmt.source);
  const standalone: Doc[] = [];
  if (stmt.defaultName !== undefined) standalone.push(stmt.defaultName);
  if (stmt.namespace !== undefined) standalone.push(["* as ", stmt.namespace]);
  if (standalone.length === 0 && stmt.specifiers === undefined) return ["import ", source, ";"];
  const parts: Doc[] = ["import", stmt.typeOnly ? " type" : "", " ", join(", ", standalone)];
  if (stmt.specifiers !== undefined && (stmt.specifiers.length > 0 || standalone.length === 0)) {
    if (standalone.length > 0) parts.push(", ");
    parts.push(printSpecifiers(stmt.specifiers, standalone.length > 0));
  }
  return [...parts, " from ", source, ";"];
}

function printExport(stmt: Stmt & { kind: "export" }): Doc {
  const from: Doc = stmt.source === undefined ? "" : [" from ", stringLiteral(stmt.source)];
  if (stmt.specifiers === undefined) {
    if (stmt.source === undefined) unsupported("`export *` without a source");
    return ["export", stmt.typeOnly ? " type" : "", " *", stmt.namespace !== undefined ? [" as ", stmt.namespace] : "", from, ";"];
  }
  return ["export", stmt.typeOnly ? " type" : "", " ", printSpecifiers(stmt.specifiers, false), from, ";"];
}

/** One statement. */
export function printStatement(stmt: Stmt): Doc {
  switch (stmt.kind) {
    case "expression":
      return [printExpr(stmt.expression, { kind: "statement" }), ";"];
    case "variable":
      return printVariable(stmt, true);
    case "function":
      return printFunctionDeclaration(stmt);
    case "class":
      return printClass(stmt);
    case "if":
      return printIf(stmt);
    case "block":
      return printBlock(stmt.body, false);
    case "for":
      return printFor(stmt);
    case "for-in":
    case "for-of":
      return group([
        "for (",
        stmt.declaration,
        " ",
        stmt.name,
        stmt.kind === "for-in" ? " in " : " of ",
        printExpr(stmt.right, DEFAULT),
        ")",
        " ",
        printBlock(stmt.body, false),
      ]);
    case "switch":
      return printSwitch(stmt);
    case "return":
      return printReturn("return", stmt.argument);
    case "throw":
      return printReturn("throw", stmt.argument);
    case "break":
      return "break;";
    case "continue":
      return "continue;";
    case "try":
      return [
        "try ",
        printBlock(stmt.block, false),
        stmt.handler !== undefined
          ? [" catch ", stmt.param !== undefined ? ["(", stmt.param, ") "] : "", printBlock(stmt.handler, stmt.finalizer === undefined)]
          : "",
        stmt.finalizer !== undefined ? [" finally ", printBlock(stmt.finalizer, false)] : "",
      ];
    case "import":
      return printImport(stmt);
    case "export":
      return printExport(stmt);
    case "interface":
      return printInterface(stmt);
    case "type-alias":
      return printTypeAlias(stmt);
    case "doc":
      if (["blank", "line-comment", "doc"].includes(stmt.statement.kind)) unsupported("a doc comment that documents no statement");
      return [printDocComment(stmt.text), hardline, printStatement(stmt.statement)];
    case "line-comment":
      return printLineComment(stmt.text);
    case "blank":
      return "";
  }
}

/** Target of a module: `js` (prettier's babel parser) or `ts` (typescript parser, `.d.ts` / `.ts`). */
export type Dialect = "js" | "ts";

/**
 * Prints a whole module: statements one per line, a final newline, as prettier prints a file.
 * Throws UnsupportedSyntaxError for constructs outside the supported subset.
 */
export function printModule(body: readonly Stmt[], dialect: Dialect = "js"): string {
  return withKeyDialect(dialect, () => {
    if (memo !== undefined) return printMemoized(body, dialect, memo);
    const text = sequenceText(body, 0);
    return text === "" ? "" : `${text}\n`;
  });
}

/**
 * Printed top-level statements by their tree, while a long-running process
 * (watch) keeps them: an edit to one operation re-prints the few functions
 * it changes, not the whole service's validators. Top-level statements
 * print alone exactly as together (each starts and ends at a hard line
 * break at indentation 0), and a tree is plain data whose JSON says all
 * that its text depends on (numbers are kept as their literal text).
 */
let memo: Map<string, string> | undefined;
/** Entries kept at most: a bound on the memory a long watch session holds. */
const MEMO_MAX = 200_000;

/** Keeps printed statements from now on (watch mode), or stops keeping them. */
export function memoizePrinting(on: boolean): void {
  memo = on ? new Map() : undefined;
}

/** Whether this process keeps printed output between runs (watch mode). */
export function printingMemoized(): boolean {
  return memo !== undefined;
}

function printMemoized(body: readonly Stmt[], dialect: Dialect, cache: Map<string, string>): string {
  const text = sequenceText(body, 0, (stmt) => {
    const key = `${dialect}\u0000${JSON.stringify(stmt)}`;
    let printed = cache.get(key);
    if (printed === undefined) {
      printed = statementText(stmt, 0);
      if (cache.size >= MEMO_MAX) cache.clear();
      cache.set(key, printed);
    }
    return printed;
  });
  return text === "" ? "" : `${text}\n`;
}
