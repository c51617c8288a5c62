/**
 * Expressions: dispatch, parentheses, literals, members, unary, conditional, object and array
 * literals (src/language-js/print/{estree,member,object,array,ternary-old}.js).
 */

import { align, fill, group, hardline, ifBreak, indent, join, line, softline, type Doc } from "./doc.js";
import type { Expr, ObjectMember } from "./js-ast.js";
import { printBinary } from "./js-binary.js";
import { printCall } from "./js-call.js";
import { DEFAULT, unsupported, type Ctx } from "./js-context.js";
import { printArrow, printMethodLike } from "./js-functions.js";
import { printAssignment } from "./js-assignment.js";
import { binaryChildNeedsParens, isNegativeNumber } from "./js-precedence.js";
import { keyDialect } from "./js-state.js";
import { propertyKey } from "./literals.js";
import { printDocComment } from "./js-comments.js";

/** Prints `expr` in position `ctx`, with the parentheses prettier would print. */
export function printExpr(expr: Expr, ctx: Ctx = DEFAULT): Doc {
  const doc = printBare(expr, ctx);
  return needsParens(expr, ctx) ? ["(", doc, ")"] : doc;
}

function isUnaryLike(expr: Expr): boolean {
  return expr.kind === "unary" || expr.kind === "await" || isNegativeNumber(expr) || (expr.kind === "update" && expr.prefix);
}

/** Whether prettier parenthesises `expr` in `ctx` (refuses the positions whose parens it does not model). */
export function needsParens(expr: Expr, ctx: Ctx): boolean {
  const low = expr.kind === "conditional" || expr.kind === "arrow" || expr.kind === "assign";
  if (expr.kind === "assign" && ctx.kind !== "statement" && ctx.kind !== "for") unsupported("an assignment inside an expression");
  if (expr.kind === "spread" && ctx.kind !== "argument" && ctx.kind !== "element") unsupported("spread outside arguments and arrays");
  // prettier parenthesises `await` as an operand of any operator and as a conditional's test.
  if (expr.kind === "await" && ["binary", "unary", "spread", "conditional-test"].includes(ctx.kind)) return true;
  switch (ctx.kind) {
    case "statement":
      if (startsWithObject(expr)) unsupported("an expression statement starting with an object literal");
      if (expr.kind === "arrow") unsupported("an arrow function as a statement");
      // A string statement would read as a directive; prettier parenthesises it.
      return expr.kind === "literal" && expr.type === "string";
    case "callee":
    case "member-object":
      if (expr.kind === "object") unsupported("an object literal as a callee or member object");
      if (ctx.kind === "callee" && ctx.isNew && containsCall(expr)) unsupported("`new` of a call result");
      if (expr.kind === "conditional") unsupported("a conditional as a callee or member object");
      return low || expr.kind === "binary" || isUnaryLike(expr) || expr.kind === "update" || (expr.kind === "literal" && expr.type === "number");
    case "unary": {
      if (low || expr.kind === "binary") return true;
      const inner = expr.kind === "unary" ? expr.operator : isNegativeNumber(expr) ? "-" : expr.kind === "update" && expr.prefix ? expr.operator : undefined;
      return (
        inner !== undefined &&
        ((inner === ctx.operator && (inner === "+" || inner === "-")) ||
          (ctx.operator === "+" && inner === "++") ||
          (ctx.operator === "-" && inner === "--"))
      );
    }
    case "await":
      return low || expr.kind === "binary";
    case "spread":
      if (low || expr.kind === "binary") unsupported("spread of a binary, conditional or arrow expression");
      return false;
    case "binary":
      // Objects and arrays as operands break and indent by rules not modelled here; emitters never need them.
      if (expr.kind === "object" || expr.kind === "array") unsupported("an object or array literal as an operand");
      if (expr.kind === "binary") return binaryChildNeedsParens(ctx.operator, expr.operator, ctx.side);
      // `(!a) in b`, `(-1) instanceof C`: prettier makes the operand of `in`/`instanceof` explicit.
      if ((expr.kind === "unary" || isNegativeNumber(expr)) && ctx.side === "left" && (ctx.operator === "in" || ctx.operator === "instanceof")) {
        return true;
      }
      return low;
    case "conditional-test":
      if (expr.kind === "conditional") unsupported("a conditional as the test of a conditional");
      // prettier makes a `??` test explicit: `(a ?? b) ? c : d`.
      return low || (expr.kind === "binary" && expr.operator === "??");
    case "conditional-branch":
      if (low) unsupported("a conditional, arrow or assignment as a conditional branch");
      return false;
    case "arrow-body":
      if (expr.kind === "conditional" || expr.kind === "assign") unsupported("a conditional or assignment as an arrow body");
      // `() => ({ a } / b)` needs parens placed by rules not modelled here.
      if (expr.kind !== "object" && startsWithObject(expr)) unsupported("an arrow body starting with an object literal");
      return expr.kind === "object";
    default:
      return false;
  }
}

function startsWithObject(expr: Expr): boolean {
  switch (expr.kind) {
    case "object":
      return true;
    case "member":
    case "index":
      return startsWithObject(expr.object);
    case "call":
      return !expr.isNew && startsWithObject(expr.callee);
    case "binary":
      return startsWithObject(expr.left);
    case "conditional":
      return startsWithObject(expr.test);
    case "assign":
      return startsWithObject(expr.target);
    case "update":
      return !expr.prefix && startsWithObject(expr.argument);
    default:
      return false;
  }
}

/** Whether a member/call chain holds a call (prettier lays such chains out as member chains). */
export function containsCall(expr: Expr): boolean {
  if (expr.kind === "call") return true;
  if (expr.kind === "member" || expr.kind === "index") return containsCall(expr.object);
  return false;
}

function printBare(expr: Expr, ctx: Ctx): Doc {
  switch (expr.kind) {
    case "identifier":
      return expr.name;
    case "this":
      return "this";
    case "literal":
      return expr.text;
    case "object":
      return printObject(expr.members, expr.expanded);
    case "array":
      return printArray(expr.elements);
    case "member":
    case "index":
    case "call":
      return printCall(expr, ctx);
    case "unary": {
      const word = /^[a-z]/.test(expr.operator);
      return [expr.operator, word ? " " : "", printExpr(expr.argument, { kind: "unary", operator: expr.operator })];
    }
    case "update": {
      const argument = printExpr(expr.argument, { kind: "unary", operator: expr.operator });
      return expr.prefix ? [expr.operator, argument] : [argument, expr.operator];
    }
    case "binary":
      return printBinary(expr, ctx, needsParens(expr, ctx));
    case "conditional":
      return printConditional(expr, ctx);
    case "arrow":
      return printArrow(expr, false);
    case "spread":
      return ["...", printExpr(expr.argument, { kind: "spread" })];
    case "await":
      return ["await ", printExpr(expr.argument, { kind: "await" })];
    case "assign": {
      // Lookups in an assignment to a member never break before their dot (prettier's member.js).
      const inlineMembers = expr.target.kind !== "identifier";
      const target = printExpr(expr.target, { kind: "default", inlineMembers });
      return printAssignment(target, [" ", expr.operator], expr.value, "assignment", { kind: "assignment", inlineMembers });
    }
  }
}

/** `a.b`, `a?.b`, `a["x"]`, `a[i]` lookups (prettier's printMemberLookup). */
export function printMemberLookup(expr: Expr & { kind: "member" | "index" }): Doc {
  const optional = expr.optional ? "?." : "";
  if (expr.kind === "member") return [optional === "" ? "." : optional, expr.name];
  const index = printExpr(expr.index, { kind: "index" });
  if (expr.index.kind === "literal" && expr.index.type === "number") return [optional, "[", index, "]"];
  return group([optional, "[", indent([softline, index]), softline, "]"]);
}

function printConditional(expr: Expr & { kind: "conditional" }, ctx: Ctx): Doc {
  const inReturnOrCall = ctx.kind === "return" || ctx.kind === "argument" || ctx.kind === "callee";
  const branch = { kind: "conditional-branch", inReturnOrCall } as const;
  return group([
    printExpr(expr.test, { kind: "conditional-test", inReturnOrCall }),
    indent([line, "? ", align(2, printExpr(expr.consequent, branch)), line, ": ", align(2, printExpr(expr.alternate, branch))]),
  ]);
}

/** An object literal; `expanded` keeps it broken (prettier's objectWrap "preserve" keeps what it is given). */
export function printObject(members: readonly ObjectMember[], expanded: boolean): Doc {
  if (members.length === 0) return "{}";
  const parts: Doc[] = [];
  members.forEach((member, index) => {
    if (index > 0) parts.push(",", line);
    parts.push(group(printObjectMember(member)));
  });
  return group(["{", indent([line, ...parts]), ifBreak(","), line, "}"], { shouldBreak: expanded });
}

function printObjectMember(member: ObjectMember): Doc {
  switch (member.kind) {
    case "shorthand":
      return member.name;
    case "spread":
      return ["...", printExpr(member.argument, { kind: "spread" })];
    case "method":
      return printMethodLike(member.async ? "async " : "", propertyKey(member.key, keyDialect()), member.params, member.body, undefined);
    case "property": {
      const key = propertyKey(member.key, keyDialect());
      const printed = printAssignment(key, ":", member.value, "property");
      return member.doc === undefined ? printed : [printDocComment(member.doc), hardline, printed];
    }
  }
}

function isConciselyPrinted(elements: readonly Expr[]): boolean {
  return elements.length > 0 && elements.every((e) => e.kind === "literal" && e.type === "number");
}

/** Whether prettier always breaks this array: more than one element, all objects (or all arrays) with more than one entry. */
export function arrayShouldBreak(elements: readonly Expr[]): boolean {
  if (elements.length <= 1) return false;
  return elements.every((element, i) => {
    if (element.kind !== "object" && element.kind !== "array") return false;
    const next = elements[i + 1];
    if (next !== undefined && next.kind !== element.kind) return false;
    return (element.kind === "object" ? element.members.length : element.elements.length) > 1;
  });
}

/** An array literal: numbers fill lines; other elements go all on one line or one per line. */
export function printArray(elements: readonly Expr[]): Doc {
  if (elements.length === 0) return "[]";
  const id = Symbol("array");
  if (isConciselyPrinted(elements)) {
    const parts: Doc[] = [];
    elements.forEach((element, i) => {
      const last = i === elements.length - 1;
      parts.push([printExpr(element, { kind: "element" }), last ? ifBreak(",", "", id) : ","]);
      if (!last) parts.push(line);
    });
    return group(["[", indent([softline, fill(parts)]), softline, "]"], { id });
  }
  const printed = elements.map((e) => group(printExpr(e, { kind: "element" })));
  return group(["[", indent([softline, join([",", line], printed), ifBreak(",")]), softline, "]"], {
    shouldBreak: arrayShouldBreak(elements),
    id,
  });
}
