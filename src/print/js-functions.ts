/**
 * Functions: parameters, arrow functions, function declarations and methods
 * (src/language-js/print/{function,function-parameters,arrow-function}.js).
 */

import { group, ifBreak, indent, line, removeLines, softline, willBreak, type Doc } from "./doc.js";
import type { Expr, Param, Stmt } from "./js-ast.js";
import { DEFAULT, unsupported } from "./js-context.js";
import { printExpr } from "./js-expressions.js";
import { printBlock } from "./js-statements.js";
import type { TypeNode } from "./ts-ast.js";
import { printType } from "./ts-types.js";

/** prettier gives up hugging an argument whose parameters would break; so does the printer. */
export class ArgExpansionBailout extends Error {
  override name = "ArgExpansionBailout";
}

function printParam(param: Param): Doc {
  const parts: Doc[] = [param.rest ? "..." : "", param.name, param.optional ? "?" : ""];
  if (param.type !== undefined) parts.push(": ", printType(param.type, { kind: "annotation" }));
  if (param.defaultValue !== undefined) parts.push(" = ", printExpr(param.defaultValue, DEFAULT));
  return parts;
}

/**
 * A parameter list. `expandArg`: the function is a hugged call argument, so prettier prints the
 * parameters on one line (or gives up hugging if they must break).
 */
export function printParams(params: readonly Param[], expandArg: boolean): Doc {
  if (params.length === 0) return "()";
  const only = params[0];
  if (params.length === 1 && only?.type?.kind === "object-type") {
    unsupported("a sole parameter typed with an object type literal (prettier hugs it); name the type");
  }
  const printed: Doc[] = [];
  params.forEach((param, i) => {
    printed.push(printParam(param));
    if (i < params.length - 1) printed.push(",", line);
  });
  if (expandArg) {
    if (willBreak(printed)) throw new ArgExpansionBailout();
    return group(removeLines(["(", ...printed, ")"]));
  }
  const hasRest = params[params.length - 1]?.rest === true;
  return ["(", indent([softline, ...printed]), hasRest ? "" : ifBreak(","), softline, ")"];
}

/** `: Type` after a parameter list. */
function printReturnType(returnType: TypeNode | undefined): Doc {
  return returnType === undefined ? "" : [": ", printType(returnType, { kind: "annotation" })];
}

/**
 * The signature `(params): R` with prettier's grouping: the parameters get their own group only
 * when there is one parameter and the return type is an object type (or must break).
 */
export function printSignature(params: readonly Param[], returnType: TypeNode | undefined): Doc {
  const paramsDoc = printParams(params, false);
  const returnDoc = printReturnType(returnType);
  const groupParams =
    returnType !== undefined && params.length === 1 && (returnType.kind === "object-type" || willBreak(returnDoc));
  return group([groupParams ? group(paramsDoc) : paramsDoc, returnDoc]);
}

/**
 * A method-like member (`name(params) { body }`, or `name(params): R;` without body), with a
 * prefix (`static `, `async `).
 */
export function printMethodLike(
  prefix: string,
  name: string,
  params: readonly Param[],
  body: readonly Stmt[] | undefined,
  returnType: TypeNode | undefined,
): Doc {
  const signature = printSignature(params, returnType);
  return body === undefined ? [prefix, name, signature, ";"] : [prefix, name, signature, " ", printBlock(body)];
}

/** A function declaration statement (`export`, `declare`, `async` prefixes included). */
export function printFunctionDeclaration(stmt: Stmt & { kind: "function" }): Doc {
  const prefix = [stmt.exported ? "export " : "", stmt.declare ? "declare " : "", stmt.async ? "async " : "", "function ", stmt.name];
  const signature = printSignature(stmt.params, stmt.returnType);
  if (stmt.body === undefined) return [...prefix, signature, ";"];
  return [...prefix, signature, " ", printBlock(stmt.body)];
}

/** An arrow function; `expandArg` when printed as a hugged call argument. */
export function printArrow(expr: Expr & { kind: "arrow" }, expandArg: boolean): Doc {
  const body = expr.body;
  if (body.kind === "arrow") unsupported("an arrow function returning an arrow function (arrow chain)");
  const signature: Doc = [expr.async ? "async " : "", group(printParams(expr.params, expandArg))];
  let bodyDoc: Doc;
  if (body.kind === "block") {
    bodyDoc = [" ", printBlock(body.body)];
  } else {
    const printed = printExpr(body, { kind: "arrow-body" });
    const sameLine = body.kind === "object" || body.kind === "array";
    bodyDoc = sameLine
      ? [" ", printed]
      : [indent([line, printed]), expandArg ? ifBreak(",") : "", expandArg ? softline : ""];
  }
  return group([group(signature), " =>", group(bodyDoc)]);
}
