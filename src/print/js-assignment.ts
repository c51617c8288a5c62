/**
 * `left = right` in all its forms (variable declarators, assignments, object properties, class
 * fields, type aliases), with prettier's choice of layout (src/language-js/print/assignment.js):
 * break after the operator for strings, binary chains and "poorly breakable" member chains; keep
 * short keys, booleans and numbers on the key's line; otherwise "fluid" (break after the operator
 * only if the start of the right-hand side would not fit).
 */

import { canBreak, group, indent, indentIfBreak, line, type Doc } from "./doc.js";
import type { Expr } from "./js-ast.js";
import { shouldInlineLogical } from "./js-binary.js";
import type { Ctx } from "./js-context.js";
import { printExpr } from "./js-expressions.js";
import { stringWidth } from "./string-width.js";

/** What kind of `=` / `:` is printed (prettier's rules differ slightly between them). */
export type AssignmentKind = "declarator" | "assignment" | "property" | "class-field";

type Layout = "break-after-operator" | "never-break-after-operator" | "fluid" | "break-lhs";

const LONE_SHORT = 25; // printWidth * 0.25

function isLoneShortArgument(arg: Expr): boolean {
  switch (arg.kind) {
    case "this":
      return true;
    case "identifier":
      return arg.name.length <= LONE_SHORT;
    case "literal":
      if (arg.type === "regex") return arg.text.lastIndexOf("/") - 1 <= LONE_SHORT;
      if (arg.type === "string") return arg.text.length <= LONE_SHORT;
      return true;
    case "unary":
      return isLoneShortArgument(arg.argument);
    case "call":
      return !arg.isNew && arg.args.length === 0 && arg.callee.kind === "identifier" && arg.callee.name.length <= LONE_SHORT - 2;
    default:
      return false;
  }
}

/** A chain of lookups and calls without (or with one short) argument: breaking inside it would not help. */
function isPoorlyBreakableChain(node: Expr, deep = false): boolean {
  if (node.kind === "call" && !node.isNew) {
    const poor = node.args.length === 0 || (node.args.length === 1 && isLoneShortArgument(node.args[0] as Expr));
    return poor && isPoorlyBreakableChain(node.callee, true);
  }
  if (node.kind === "member" || node.kind === "index") return isPoorlyBreakableChain(node.object, true);
  return deep && (node.kind === "identifier" || node.kind === "this");
}

function shouldBreakAfterOperator(right: Expr, hasShortKey: boolean): boolean {
  if (right.kind === "binary" && !shouldInlineLogical(right)) return true;
  if (right.kind === "conditional" && right.test.kind === "binary" && !shouldInlineLogical(right.test)) return true;
  if (hasShortKey) return false;
  let node = right;
  while (node.kind === "unary" || node.kind === "await") node = node.argument;
  if (node.kind === "literal" && node.type === "string") return true;
  return isPoorlyBreakableChain(node);
}

function chooseLayout(kind: AssignmentKind, left: Doc, right: Expr): Layout {
  if (right.kind === "call" && right.callee.kind === "identifier" && right.callee.name === "require") {
    return "never-break-after-operator";
  }
  const canBreakLeft = canBreak(left);
  if (kind === "declarator" && right.kind === "arrow" && canBreakLeft) return "break-lhs";
  const hasShortKey = kind === "property" && typeof left === "string" && stringWidth(left) < 5;
  if (shouldBreakAfterOperator(right, hasShortKey)) return "break-after-operator";
  const isNumber = right.kind === "literal" && right.type === "number" && !right.text.startsWith("-");
  const isBoolean = right.kind === "literal" && right.type === "boolean";
  if (!canBreakLeft && (hasShortKey || isBoolean || isNumber)) return "never-break-after-operator";
  return "fluid";
}

/** Lays out `left operator right` as prettier's printAssignment does. */
export function printAssignment(left: Doc, operator: Doc, right: Expr, kind: AssignmentKind, rightCtx?: Ctx): Doc {
  const layout = chooseLayout(kind, left, right);
  const rightDoc = printExpr(right, rightCtx ?? { kind: "assignment" });
  switch (layout) {
    case "break-after-operator":
      return group([group(left), operator, group(indent([line, rightDoc]))]);
    case "never-break-after-operator":
      return group([group(left), operator, " ", rightDoc]);
    case "break-lhs":
      return group([left, operator, " ", group(rightDoc)]);
    case "fluid": {
      const id = Symbol("assignment");
      return group([group(left), operator, group(indent(line), { id }), indentIfBreak(rightDoc, id)]);
    }
  }
}
