/**
 * Member lookups, calls and `new` (src/language-js/print/{member,call-expression,member-chain,
 * call-arguments}.js). Member chains are printed only in the short form prettier uses for at
 * most two (three, for factory-like heads) call groups; longer chains are refused, since
 * prettier's fluent-chain layout is not reproduced.
 */

import {
  breakParent,
  conditionalGroup,
  group,
  ifBreak,
  indent,
  line,
  softline,
  willBreak,
  type Doc,
} from "./doc.js";
import type { Expr } from "./js-ast.js";
import { unsupported, type Ctx } from "./js-context.js";
import { printExpr, printMemberLookup } from "./js-expressions.js";
import { ArgExpansionBailout, printArrow } from "./js-functions.js";
import { isSimpleCallArgument } from "./js-precedence.js";

type CallLike = Expr & { kind: "member" | "index" | "call" };

const TEST_CALLEES = new Set(["it", "test", "describe", "xit", "xdescribe", "xtest", "fit", "fdescribe", "ftest", "skip"]);

/** Prints a member lookup or a call in `ctx`. */
export function printCall(expr: CallLike, ctx: Ctx): Doc {
  if (expr.kind !== "call") return printMember(expr, ctx);
  if (expr.isNew) return ["new ", printExpr(expr.callee, { kind: "callee", isNew: true }), printArguments(expr)];
  if (expr.callee.kind === "member" || expr.callee.kind === "index") return printMemberChain(expr, ctx);
  const contents = [printExpr(expr.callee, { kind: "callee", isNew: false }), printArguments(expr)];
  return expr.callee.kind === "call" && !expr.callee.isNew ? group(contents) : contents;
}

/** Whether members in this position are printed without a possible break before the dot. */
function inlinesMembers(ctx: Ctx): boolean {
  if (ctx.kind === "callee") return ctx.isNew;
  if (ctx.kind === "member-object" || ctx.kind === "default" || ctx.kind === "assignment") return ctx.inlineMembers === true;
  return false;
}

/**
 * `a.b`: prettier lets a lookup move to the next line (`group(indent([softline, ".b"]))`) unless
 * it is computed, is `identifier.name` outside a longer chain, or sits under `new` or in an
 * assignment to a member; that possible break also bounds how far earlier groups measure.
 */
function printMember(expr: Expr & { kind: "member" | "index" }, ctx: Ctx): Doc {
  const inlineAll = inlinesMembers(ctx);
  const object = printExpr(expr.object, { kind: "member-object", computed: expr.kind === "index", inlineMembers: inlineAll });
  const lookup = printMemberLookup(expr);
  const inline = inlineAll || expr.kind === "index" || (expr.object.kind === "identifier" && ctx.kind !== "member-object");
  return [object, inline ? lookup : group(indent([softline, lookup]))];
}

interface ChainNode {
  readonly node: Expr;
  readonly printed: Doc;
}

const isMemberish = (e: Expr): boolean => e.kind === "member" || e.kind === "index";
const isCallNode = (e: Expr): boolean => e.kind === "call" && !e.isNew;
const isFactory = (name: string): boolean => /^[A-Z]|^[$_]+$/.test(name);

function printMemberChain(expr: Expr & { kind: "call" }, ctx: Ctx): Doc {
  const nodes: ChainNode[] = [{ node: expr, printed: printArguments(expr) }];
  let current: Expr = expr.callee;
  let parentComputed = false;
  for (;;) {
    if (current.kind === "call" && !current.isNew && (isMemberish(current.callee) || isCallNode(current.callee))) {
      nodes.unshift({ node: current, printed: printArguments(current) });
      current = current.callee;
    } else if (current.kind === "member" || current.kind === "index") {
      nodes.unshift({ node: current, printed: printMemberLookup(current) });
      parentComputed = current.kind === "index";
      current = current.object;
    } else {
      nodes.unshift({ node: current, printed: printExpr(current, { kind: "member-object", computed: parentComputed }) });
      break;
    }
  }
  const groups = chainGroups(nodes);
  const first = nodes[0]?.node as Expr;
  const firstGroup = groups[0] as ChainNode[];
  const hasComputed = groups[1]?.[0]?.node.kind === "index";
  let shouldNotWrap: boolean;
  if (firstGroup.length === 1) {
    shouldNotWrap =
      first.kind === "this" ||
      (first.kind === "identifier" && (isFactory(first.name) || (ctx.kind === "statement" && first.name.length <= 2) || hasComputed));
  } else {
    const last = firstGroup[firstGroup.length - 1]?.node as Expr;
    shouldNotWrap = last.kind === "member" && (isFactory(last.name) || hasComputed);
  }
  const cutoff = groups.length >= 2 && shouldNotWrap ? 3 : 2;
  if (groups.length > cutoff) unsupported(`a member chain of ${groups.length} groups (more than ${cutoff})`);
  return group(nodes.map((n) => n.printed));
}

/** prettier's grouping of a flattened chain: the head, then one group per `.name(...)...` run. */
function chainGroups(nodes: readonly ChainNode[]): ChainNode[][] {
  const groups: ChainNode[][] = [];
  let currentGroup: ChainNode[] = [nodes[0] as ChainNode];
  let i = 1;
  const isNumericIndex = (e: Expr): boolean => e.kind === "index" && e.index.kind === "literal" && e.index.type === "number";
  for (; i < nodes.length; i++) {
    const node = (nodes[i] as ChainNode).node;
    if (isCallNode(node) || isNumericIndex(node)) currentGroup.push(nodes[i] as ChainNode);
    else break;
  }
  if (!isCallNode((nodes[0] as ChainNode).node)) {
    for (; i + 1 < nodes.length; i++) {
      if (isMemberish((nodes[i] as ChainNode).node) && isMemberish((nodes[i + 1] as ChainNode).node)) {
        currentGroup.push(nodes[i] as ChainNode);
      } else break;
    }
  }
  groups.push(currentGroup);
  currentGroup = [];
  let seenCall = false;
  for (; i < nodes.length; i++) {
    const entry = nodes[i] as ChainNode;
    if (seenCall && isMemberish(entry.node)) {
      if (isNumericIndex(entry.node)) {
        currentGroup.push(entry);
        continue;
      }
      groups.push(currentGroup);
      currentGroup = [];
      seenCall = false;
    }
    if (isCallNode(entry.node)) seenCall = true;
    currentGroup.push(entry);
  }
  if (currentGroup.length > 0) groups.push(currentGroup);
  return groups;
}

/** The babel node type prettier compares when deciding whether to hug the last argument. */
function nodeType(e: Expr): string {
  if (e.kind === "literal") return e.text.startsWith("-") ? "unary" : e.type;
  if (e.kind === "binary") return ["||", "&&", "??"].includes(e.operator) ? "logical" : "binary";
  if (e.kind === "call") return e.isNew ? "new" : "call";
  if (e.kind === "index") return e.optional ? "optional-member" : "member";
  if (e.kind === "member") return e.optional ? "optional-member" : "member";
  return e.kind;
}

function couldExpandArg(arg: Expr): boolean {
  if (arg.kind === "object") return arg.members.length > 0;
  if (arg.kind === "array") return arg.elements.length > 0;
  if (arg.kind === "arrow") {
    const body = arg.body;
    return (
      body.kind === "block" ||
      body.kind === "object" ||
      body.kind === "array" ||
      body.kind === "conditional" ||
      (body.kind === "call" && !body.isNew)
    );
  }
  return false;
}

const isNumberArray = (e: Expr): boolean =>
  e.kind === "array" && e.elements.length > 0 && e.elements.every((x) => x.kind === "literal" && x.type === "number");

function isHopefullyShort(node: Expr): boolean {
  if (node.kind === "call" && node.args.length > 1) return false;
  if (node.kind === "binary") return isSimpleCallArgument(node.left, 1) && isSimpleCallArgument(node.right, 1);
  return (node.kind === "literal" && node.type === "regex") || isSimpleCallArgument(node);
}

/** prettier's printCallArguments: all on one line, the last (or first) argument hugged, or one per line. */
export function printArguments(call: Expr & { kind: "call" }): Doc {
  const args = call.args;
  if (args.length === 0) return "()";
  const callee = call.callee;
  if (callee.kind === "identifier" && TEST_CALLEES.has(callee.name) && args[0]?.kind === "literal" && args[1]?.kind === "arrow") {
    unsupported("a test-framework call (`it(\"...\", () => ...)`)");
  }
  if (callee.kind === "identifier" && callee.name === "require" && args.length === 1 && args[0]?.kind === "literal" && args[0].type === "string") {
    return ["(", printExpr(args[0], { kind: "argument" }), ")"];
  }
  const coercion = callee.kind === "identifier" && callee.name === "Boolean" && args.length === 1;
  const argCtx: Ctx = { kind: "argument", coercion };
  if (isHookCall(args)) {
    const parts: Doc[] = ["("];
    args.forEach((arg, i) => parts.push(printExpr(arg, argCtx), i < args.length - 1 ? ", " : ""));
    return [...parts, ")"];
  }
  const last = args.length - 1;
  const printed = args.map((arg, i) => (i === last ? printExpr(arg, argCtx) : [printExpr(arg, argCtx), ",", line]));
  const allBroken = (): Doc => group(["(", indent([line, ...printed]), ifBreak(","), line, ")"], { shouldBreak: true });
  if (isFunctionComposition(args)) return allBroken();
  const hug = (index: number, variant: (arg: Doc) => Doc[]): Doc => {
    let expanded: Doc;
    try {
      const arg = args[index] as Expr;
      expanded = arg.kind === "arrow" ? printArrow(arg, true) : printExpr(arg, argCtx);
    } catch (error) {
      if (error instanceof ArgExpansionBailout) return allBroken();
      throw error;
    }
    if (willBreak(expanded)) return [breakParent, conditionalGroup([variant(group(expanded, { shouldBreak: true })), allBroken()])];
    return conditionalGroup([variant(expanded), variant(group(expanded, { shouldBreak: true })), allBroken()]);
  };
  if (shouldExpandFirst(args)) {
    const tail = printed.slice(1);
    if (tail.some(willBreak)) return allBroken();
    return hug(0, (first) => ["(", first, ", ", ...tail, ")"]);
  }
  if (shouldExpandLast(args)) {
    const head = printed.slice(0, -1);
    if (head.some(willBreak)) return allBroken();
    return hug(last, (lastDoc) => ["(", ...head, lastDoc, ")"]);
  }
  return group(["(", indent([softline, ...printed]), ifBreak(","), softline, ")"], { shouldBreak: printed.some(willBreak) });
}

function isHookCall(args: readonly Expr[]): boolean {
  const isHook = (fn: Expr | undefined, deps: Expr | undefined): boolean =>
    fn?.kind === "arrow" && fn.params.length === 0 && fn.body.kind === "block" && deps?.kind === "array";
  if (args.length === 2) return isHook(args[0], args[1]);
  if (args.length === 3) return args[0]?.kind === "identifier" && isHook(args[1], args[2]);
  return false;
}

function isFunctionComposition(args: readonly Expr[]): boolean {
  if (args.length <= 1) return false;
  let functions = 0;
  for (const arg of args) {
    if (arg.kind === "arrow") {
      if (++functions > 1) return true;
    } else if (arg.kind === "call" && !arg.isNew && arg.args.some((a) => a.kind === "arrow")) return true;
  }
  return false;
}

function shouldExpandFirst(args: readonly Expr[]): boolean {
  if (args.length !== 2) return false;
  const [first, second] = args as [Expr, Expr];
  return (
    first.kind === "arrow" &&
    first.body.kind === "block" &&
    second.kind !== "arrow" &&
    second.kind !== "conditional" &&
    isHopefullyShort(second) &&
    !couldExpandArg(second)
  );
}

export function shouldExpandLast(args: readonly Expr[]): boolean {
  const lastArg = args[args.length - 1] as Expr;
  const penultimate = args[args.length - 2];
  return (
    couldExpandArg(lastArg) &&
    (penultimate === undefined || nodeType(penultimate) !== nodeType(lastArg)) &&
    (args.length !== 2 || penultimate?.kind !== "arrow" || lastArg.kind !== "array") &&
    !(args.length > 1 && isNumberArray(lastArg))
  );
}
