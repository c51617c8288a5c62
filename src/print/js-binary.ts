/**
 * Binary and logical expressions (src/language-js/print/binaryish.js): operators of one precedence
 * level form one chain that breaks after every operator at once; how the chain is indented
 * depends on where it sits.
 */

import { group, indent, line, softline, type Doc } from "./doc.js";
import type { BinaryOperator, Expr } from "./js-ast.js";
import type { Ctx } from "./js-context.js";
import { printExpr } from "./js-expressions.js";
import { isLogical, shouldFlatten } from "./js-precedence.js";

type BinaryExpr = Expr & { kind: "binary" };

/** "LogicalExpression" or "BinaryExpression": prettier groups a chain's parts by this node type. */
function nodeType(expr: Expr | undefined): string {
  if (expr === undefined || expr.kind !== "binary") return expr?.kind ?? "none";
  return isLogical(expr.operator) ? "logical" : "binary";
}

function typeOfOperator(operator: BinaryOperator): string {
  return isLogical(operator) ? "logical" : "binary";
}

/** prettier's `shouldInlineLogicalExpression`: `a || {...}` / `a && [...]` keep the literal on the operator's line. */
export function shouldInlineLogical(expr: BinaryExpr): boolean {
  if (!isLogical(expr.operator)) return false;
  const right = expr.right;
  return (right.kind === "object" && right.members.length > 0) || (right.kind === "array" && right.elements.length > 0);
}

function printParts(expr: BinaryExpr, parentType: string, insideParens: boolean): Doc[] {
  let parts: Doc[];
  const left = expr.left;
  if (left.kind === "binary" && shouldFlatten(expr.operator, left.operator)) {
    parts = printParts(left, typeOfOperator(expr.operator), insideParens);
  } else {
    parts = [group(printExpr(left, { kind: "binary", operator: expr.operator, side: "left" }))];
  }
  const inline = shouldInlineLogical(expr);
  const rightDoc = printExpr(expr.right, { kind: "binary", operator: expr.operator, side: "right" });
  let right: Doc = inline ? [expr.operator, " ", rightDoc] : [expr.operator, line, rightDoc];
  const type = typeOfOperator(expr.operator);
  const shouldGroup =
    !(insideParens && type === "logical") &&
    parentType !== type &&
    nodeType(expr.left) !== type &&
    nodeType(expr.right) !== type;
  if (shouldGroup) right = group(right);
  parts.push(" ", right);
  return parts;
}

/** Prints a binary expression in `ctx`; `parenthesized` tells whether the caller wraps it in parentheses. */
export function printBinary(expr: BinaryExpr, ctx: Ctx, parenthesized: boolean): Doc {
  const insideParens = ctx.kind === "test";
  const parentType = ctx.kind === "binary" ? typeOfOperator(ctx.operator) : ctx.kind;
  const parts = printParts(expr, parentType, insideParens);
  if (insideParens) return parts;
  if (
    parenthesized &&
    (ctx.kind === "callee" || ctx.kind === "unary" || (ctx.kind === "member-object" && !ctx.computed))
  ) {
    return group([indent([softline, ...parts]), softline]);
  }
  const shouldNotIndent =
    ctx.kind === "return" ||
    ctx.kind === "arrow-body" ||
    ctx.kind === "for" ||
    ((ctx.kind === "conditional-test" || ctx.kind === "conditional-branch") && !ctx.inReturnOrCall) ||
    (ctx.kind === "argument" && ctx.coercion === true);
  const inline = shouldInlineLogical(expr);
  const samePrecedenceLeft = expr.left.kind === "binary" && shouldFlatten(expr.operator, expr.left.operator);
  if (shouldNotIndent || (inline && !samePrecedenceLeft) || (!inline && ctx.kind === "assignment")) {
    return group(parts);
  }
  return group([parts[0] as Doc, indent(parts.slice(1))]);
}
