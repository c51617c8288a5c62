/**
 * Class declarations (src/language-js/print/{class,class-body,property}.js): the heading stays on
 * one line (a lone `extends` never breaks), members one per line.
 */

import { hardline, indent, type Doc } from "./doc.js";
import type { ClassMember, Stmt } from "./js-ast.js";
import { printAssignment } from "./js-assignment.js";
import { printDocComment } from "./js-comments.js";
import { DEFAULT, unsupported } from "./js-context.js";
import { printExpr } from "./js-expressions.js";
import { printMethodLike } from "./js-functions.js";
import { keyDialect } from "./js-state.js";
import { printSequence } from "./js-statements.js";
import { propertyKey } from "./literals.js";
import { printType } from "./ts-types.js";

function memberKey(name: string): string {
  return name.startsWith("#") ? name : propertyKey(name, keyDialect());
}

function printMember(member: ClassMember): Doc {
  if (member.kind === "blank") return "";
  let printed: Doc;
  if (member.kind === "field") {
    if (member.declare && member.static) unsupported("a `declare static` field");
    const left: Doc = [
      member.declare ? "declare " : "",
      member.static ? "static " : "",
      member.readonly ? "readonly " : "",
      memberKey(member.name),
      member.optional ? "?" : "",
      member.type !== undefined ? [": ", printType(member.type, { kind: "annotation" })] : "",
    ];
    printed = [member.value === undefined ? left : printAssignment(left, " =", member.value, "class-field"), ";"];
  } else {
    const prefix = (member.static ? "static " : "") + (member.async ? "async " : "");
    printed = printMethodLike(prefix, memberKey(member.name), member.params, member.body, member.returnType);
  }
  return member.doc === undefined ? printed : [printDocComment(member.doc), hardline, printed];
}

/** `class Name extends Base { ... }`, with `export` / `declare` prefixes. */
export function printClass(stmt: Stmt & { kind: "class" }): Doc {
  const heading: Doc = [
    stmt.exported ? "export " : "",
    stmt.declare ? "declare " : "",
    "class ",
    stmt.name,
    stmt.superClass !== undefined ? [" extends ", printExpr(stmt.superClass, DEFAULT)] : "",
    " ",
  ];
  const members = printSequence(stmt.members, printMember);
  if (members.length === 0) return [heading, "{}"];
  return [heading, "{", indent([hardline, ...members]), hardline, "}"];
}
