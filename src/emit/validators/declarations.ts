/**
 * `validators.d.ts`: the declarations of `validators.js`, with the TSDoc
 * editors show (what each function checks, which unknown-member policy it
 * applies, what a result holds).
 */
import type { IrEnumShape, IrService, IrStructureShape } from "../../ir/types.js";
import type { Stmt } from "../../print/js-ast.js";
import * as b from "../../print/js-build.js";
import type { TypeNode } from "../../print/ts-ast.js";
import { typeRef } from "../../print/ts-build.js";
import { MAX_PROBLEMS } from "../../runtime/shared/validation.js";
import type { Policy, ValidationPlan } from "./plan.js";

const unknownParam = [b.param("value", { type: typeRef("unknown") })];
const declared = { exported: true, declare: true } as const;

/**
 * `value is Name`: the printer has no node for a type predicate; as literal
 * text it prints as prettier prints it (a predicate never breaks).
 */
function predicate(name: string): TypeNode {
  typeRef(name); // throws unless `name` is a type name
  return { kind: "type-literal", text: `value is ${name}` };
}

/** `export declare function name(value: unknown): returns;` with its TSDoc. */
function declare(name: string, returns: TypeNode, doc: Array<string | undefined>): Stmt {
  return b.withDoc(paragraphs(doc), b.fn(name, unknownParam, undefined, { ...declared, returnType: returns }));
}

/** Doc paragraphs, empty ones left out. */
export function paragraphs(doc: Array<string | undefined>): string {
  return doc.filter((p): p is string => p !== undefined && p.trim() !== "").join("\n\n");
}

/** The TSDoc sentence on the unknown-member policy a public validator applies, and why. */
export function policySentence(policy: Policy, shape: IrStructureShape): string {
  const why = shape.root
    ? `the ${shape.root} policy of this service`
    : shape.usage.input
      ? "this service's input policy (the shape is reachable from an operation input)"
      : "this service's output policy";
  return policy === "reject"
    ? `Members not declared on the shape are rejected (rule \`unknownMember\`), following ${why}; nested structures follow the same policy.`
    : `Members not declared on the shape are allowed, following ${why}; nested structures follow the same policy.`;
}

/** The declarations of a structure's validate, check and is. */
export function structureDeclarations(shape: IrStructureShape, plan: ValidationPlan): Stmt[] {
  const policy = policySentence(plan.publicPolicy.get(shape.name) ?? "reject", shape);
  return [
    declare(shape.validatorName, typeRef("ValidationResult"), [
      `Validates a value as {@link ${shape.name}}: every problem, each with a JSON pointer \`path\`, a \`rule\` and a \`message\` (\`<path>: <expectation>\`).`,
      shape.documentation,
      policy,
      `A valid value takes the fast path and gets the shared frozen result (\`problems\` empty); at most ${MAX_PROBLEMS} problems are reported.`,
    ]),
    declare(shape.checkName, typeRef("boolean"), [`True when a value is a valid {@link ${shape.name}}; no details, the fast path.`, policy]),
    declare(shape.guardName, predicate(shape.name), [`Type guard for {@link ${shape.name}}: the same test as {@link ${shape.checkName}}.`]),
  ];
}

/** The declarations of an enum's validate, check and is (its values array is the types module's). */
export function enumDeclarations(shape: IrEnumShape): Stmt[] {
  return [
    declare(shape.validatorName, typeRef("ValidationResult"), [`Validates a value as {@link ${shape.name}}: one of its documented values.`, shape.documentation]),
    declare(shape.checkName, typeRef("boolean"), [`True when a value is one of the values of {@link ${shape.name}}.`]),
    declare(shape.guardName, predicate(shape.name), [`Type guard for {@link ${shape.name}}.`]),
  ];
}

/** The module-level TSDoc of the validators. */
export function moduleDoc(service: IrService): string {
  return paragraphs([
    `Validators for ${service.title}: \`validate<Name>\` returns every problem, \`check<Name>\` only pass/fail (faster), \`is<Name>\` is the type guard.`,
    "Values are checked in their TypeScript shape (documented member names), not in their wire form.",
    `Unknown members: inputs ${service.unknownMembers.input === "reject" ? "reject" : "allow"} them, outputs ${service.unknownMembers.output === "reject" ? "reject" : "allow"} them.`,
  ]);
}
