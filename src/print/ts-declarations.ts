/**
 * TypeScript declarations: `interface` and `type` (src/language-js/print/{interface,
 * type-alias,assignment}.js).
 */

import { group, indent, indentIfBreak, join, line, type Doc } from "./doc.js";
import type { Stmt } from "./js-ast.js";
import { printType, printTypeMembers } from "./ts-types.js";

/** `interface I extends A, B { ... }`: the `extends` clause moves to the next line when too long. */
export function printInterface(stmt: Stmt & { kind: "interface" }): Doc {
  const parts: Doc[] = [stmt.exported ? "export " : "", "interface"];
  const head: Doc[] = [" ", stmt.name];
  if (stmt.extends.length > 0) {
    const list = join([",", line], stmt.extends.map((t) => printType(t, { kind: "annotation" })));
    parts.push(group(indent([...head, line, "extends ", stmt.extends.length === 1 ? list : indent(list)])));
  } else {
    parts.push(...head);
  }
  parts.push(" ", printTypeMembers(stmt.members, true));
  return group(parts);
}

/**
 * `type T = ...;` prettier's "fluid" assignment layout: a union breaks into its leading-`|` form
 * under the name; other types break inside themselves first.
 */
export function printTypeAlias(stmt: Stmt & { kind: "type-alias" }): Doc {
  const id = Symbol("assignment");
  const left: Doc = [stmt.exported ? "export " : "", stmt.declare ? "declare " : "", "type ", stmt.name];
  const right = printType(stmt.type, { kind: "alias" });
  return [group([group(left), " =", group(indent(line), { id }), indentIfBreak(right, id)]), ";"];
}
