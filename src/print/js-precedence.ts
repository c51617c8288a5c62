/**
 * Operator precedence and prettier's parenthesisation rules for the supported subset
 * (src/language-js/parentheses/needs-parentheses.js, `shouldFlatten`). prettier adds parentheses
 * beyond what the grammar needs (`a + (b % c)`, `(a * b) % c`, `x | (a & b)`), and removes every
 * other pair, so the printer must produce exactly its set.
 */

import type { BinaryOperator, Expr } from "./js-ast.js";

const PRECEDENCE: Record<BinaryOperator, number> = {
  "??": 1,
  "||": 2,
  "&&": 3,
  "|": 4,
  "^": 5,
  "&": 6,
  "==": 7,
  "!=": 7,
  "===": 7,
  "!==": 7,
  "<": 8,
  ">": 8,
  "<=": 8,
  ">=": 8,
  in: 8,
  instanceof: 8,
  "<<": 9,
  ">>": 9,
  ">>>": 9,
  "+": 10,
  "-": 10,
  "*": 11,
  "/": 11,
  "%": 11,
};

/** Precedence of a binary operator (higher binds tighter). */
export function precedence(operator: BinaryOperator): number {
  return PRECEDENCE[operator];
}

const EQUALITY = new Set(["==", "!=", "===", "!=="]);
const MULTIPLICATIVE = new Set(["*", "/", "%"]);
const SHIFT = new Set([">>", ">>>", "<<"]);
const BITWISE = new Set(["|", "^", "&", ">>", ">>>", "<<"]);
const LOGICAL = new Set(["||", "&&", "??"]);

/** Whether an operator is a logical one (a `LogicalExpression` in the AST prettier sees). */
export function isLogical(operator: BinaryOperator): boolean {
  return LOGICAL.has(operator);
}

/** prettier's `shouldFlatten`: `a op1 b op2 c` is printed as one chain. */
export function shouldFlatten(parentOp: BinaryOperator, nodeOp: BinaryOperator): boolean {
  if (precedence(nodeOp) !== precedence(parentOp)) return false;
  if (EQUALITY.has(parentOp) && EQUALITY.has(nodeOp)) return false;
  if ((nodeOp === "%" && MULTIPLICATIVE.has(parentOp)) || (parentOp === "%" && MULTIPLICATIVE.has(nodeOp))) {
    return false;
  }
  if (nodeOp !== parentOp && MULTIPLICATIVE.has(nodeOp) && MULTIPLICATIVE.has(parentOp)) return false;
  if (SHIFT.has(parentOp) && SHIFT.has(nodeOp)) return false;
  return true;
}

/** Whether binary `child`, operand of `parentOp` on `side`, is parenthesised by prettier. */
export function binaryChildNeedsParens(parentOp: BinaryOperator, child: BinaryOperator, side: "left" | "right"): boolean {
  // `??` cannot be mixed with `||`/`&&` without parentheses (a syntax rule).
  if ((parentOp === "??") !== (child === "??") && isLogical(parentOp) && isLogical(child)) return true;
  // prettier makes `&&` inside `||` explicit: `a || (b && c)`.
  if (parentOp === "||" && child === "&&") return true;
  const pp = precedence(parentOp);
  const np = precedence(child);
  if (pp > np) return true;
  if (pp === np && side === "right") return true;
  if (pp === np && !shouldFlatten(parentOp, child)) return true;
  if (BITWISE.has(parentOp)) return true;
  return pp < np && child === "%" && (parentOp === "+" || parentOp === "-");
}

/** A negative number literal is a unary minus in the AST prettier sees. */
export function isNegativeNumber(expr: Expr): boolean {
  return expr.kind === "literal" && expr.type === "number" && expr.text.startsWith("-");
}

/** prettier's `isSimpleCallArgument`, for the supported subset; `budget` is its nesting allowance. */
export function isSimpleCallArgument(node: Expr, budget = 2): boolean {
  if (budget <= 0) return false;
  const child = (c: Expr): boolean => isSimpleCallArgument(c, budget - 1);
  switch (node.kind) {
    case "literal":
      // A regex is simple when its pattern is at most 5 characters.
      return node.type !== "regex" || node.text.lastIndexOf("/") - 1 <= 5;
    case "identifier":
    case "this":
      return true;
    case "object":
      return node.members.every(
        (m) => m.kind === "shorthand" || (m.kind === "property" && child(m.value)),
      );
    case "array":
      return node.elements.every(child);
    case "call":
      return isSimpleCallArgument(node.callee, budget) && node.args.length <= budget && node.args.every(child);
    case "member":
      return isSimpleCallArgument(node.object, budget);
    case "index":
      return isSimpleCallArgument(node.object, budget) && isSimpleCallArgument(node.index, budget);
    case "unary":
      return ["!", "-", "+", "~"].includes(node.operator) && isSimpleCallArgument(node.argument, budget);
    case "update":
      return isSimpleCallArgument(node.argument, budget);
    default:
      return false;
  }
}
