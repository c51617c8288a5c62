/**
 * Emits `types.d.ts` (an interface per structure and per error's data, a
 * string-literal union per enum, documented with the docs' own text) and
 * `types.js` (the one runtime value: each enum's values in documented order).
 */
import type { IrEnumShape, IrError, IrMember, IrService, IrShape, IrStructureShape } from "../../ir/types.js";
import * as b from "../../print/js-build.js";
import type { Stmt } from "../../print/js-ast.js";
import { printModule } from "../../print/js-statements.js";
import * as t from "../../print/ts-build.js";
import type { TypeMember } from "../../print/ts-ast.js";
import { headerComment } from "../shared/header.js";
import type { Emitter } from "../shared/emitter.js";
import { typeNode } from "../shared/type-node.js";
import { memberDoc } from "./member-doc.js";

export const typesEmitter: Emitter = {
  name: "types",
  emit(service) {
    return [
      { path: "types.d.ts", contents: printModule(typeDeclarations(service), "ts") },
      { path: "types.js", contents: printModule(typeValues(service), "js") },
    ];
  },
};

function typeDeclarations(service: IrService): Stmt[] {
  const shapes = new Map(service.shapes.map((s) => [s.name, s] as const));
  const out: Stmt[] = [headerComment(service), b.blank];
  for (const s of service.shapes) out.push(...(s.kind === "enum" ? enumDeclarations(s) : [structureInterface(s, shapes)]), b.blank);
  for (const e of service.errors) out.push(errorInterface(e, shapes), b.blank);
  if (!service.shapes.some((s) => s.kind === "enum") && service.shapes.length + service.errors.length === 0) out.push(b.exportNamed([]));
  return trimBlank(out);
}

function typeValues(service: IrService): Stmt[] {
  const out: Stmt[] = [headerComment(service), b.blank];
  for (const s of service.shapes) {
    if (s.kind !== "enum") continue;
    out.push(b.withDoc(valuesDoc(s), b.variable("const", s.valuesConstName, b.array(s.values.map((v) => b.str(v.value))), { exported: true })), b.blank);
  }
  if (out.length === 2) out.push(b.exportNamed([]));
  return trimBlank(out);
}

function valuesDoc(s: IrEnumShape): string {
  return `Every value of {@link ${s.name}}, in documented order.`;
}

function enumDeclarations(s: IrEnumShape): Stmt[] {
  const valueDocs = s.values.filter((v) => v.documentation).map((v) => `- \`${v.value}\`: ${v.documentation}`);
  const doc = [s.documentation, valueDocs.join("\n")].filter(Boolean).join("\n\n");
  const literals = s.values.map((v) => t.stringType(v.value));
  const alias = b.typeAlias(s.name, literals.length === 1 ? literals[0]! : t.union(literals), { exported: true });
  const values = b.variable("const", s.valuesConstName, undefined, {
    exported: true,
    declare: true,
    type: t.tupleType(s.values.map((v) => t.stringType(v.value)), true),
  });
  return [doc ? b.withDoc(doc, alias) : alias, b.blank, b.withDoc(valuesDoc(s), values)];
}

function structureInterface(s: IrStructureShape, shapes: ReadonlyMap<string, IrShape>): Stmt {
  const decl = b.interfaceDecl(s.name, s.members.map((m) => memberSignature(m, shapes)), { exported: true });
  return s.documentation ? b.withDoc(s.documentation, decl) : decl;
}

function errorInterface(e: IrError, shapes: ReadonlyMap<string, IrShape>): Stmt {
  const doc = [`Data of the ${e.name} error (HTTP ${e.status}${e.code ? `, code \`${e.code}\`` : ""}).`, e.documentation].filter(Boolean).join("\n\n");
  return b.withDoc(doc, b.interfaceDecl(e.typeName, e.members.map((m) => memberSignature(m, shapes)), { exported: true }));
}

export function memberSignature(m: IrMember, shapes: ReadonlyMap<string, IrShape>): TypeMember {
  return t.propertySignature(m.name, typeNode(m.type, shapes), { optional: !m.required, doc: memberDoc(m) });
}

/** Drops a trailing blank. */
function trimBlank(stmts: Stmt[]): Stmt[] {
  while (stmts.length && stmts[stmts.length - 1] === b.blank) stmts.pop();
  return stmts;
}
