/**
 * `validators.d.ts`: the declarations of `validators.js`, with the TSDoc
 * editors show: what each function checks, which unknown-member policy it
 * applies, and for an operation input which rules are strict-only (stated by
 * the docs, left open by the vendor's model) and so skipped by its lenient
 * validator.
 */
import type { IrEnumShape, IrService, IrStructureShape } from "../../ir/types.js";
import type { Stmt } from "../../print/js-ast.js";
import * as b from "../../print/js-build.js";
import type { TypeNode } from "../../print/ts-ast.js";
import { typeRef } from "../../print/ts-build.js";
import { MAX_PROBLEMS } from "../../runtime/shared/validation.js";
import { openRules } from "./open-rules.js";
import type { Policy, PublicValidator, ValidationPlan } from "./plan.js";

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
  const why = shape.usage.error
    ? "this service's output policy (an error is a response)"
    : shape.root
      ? `the ${shape.root} policy of this service`
      : shape.usage.input
        ? "this service's input policy (the shape is reachable from an operation input)"
        : "this service's output policy";
  return policy === "reject"
    ? `Members not declared on the shape are rejected (rule \`unknownMember\`), following ${why}; nested structures follow the same policy.`
    : `Members not declared on the shape are allowed, following ${why}; nested structures follow the same policy.`;
}

const RESULT = `\`validate<Name>\` returns every problem, each with a JSON pointer \`path\`, a \`rule\` and a \`message\` (\`<path>: <expectation>\`); a valid value takes the fast path and gets the shared frozen result (\`problems\` empty). At most ${MAX_PROBLEMS} problems are reported.`;

/** The declarations of one public validator of a structure or an error. */
export function publicDeclarations(p: PublicValidator, plan: ValidationPlan): Stmt[] {
  const { shape, form } = p.variant;
  const policy = policySentence(form.policy, shape);
  const open = openRules(shape, plan);
  const link = `{@link ${shape.name}}`;
  const strictOnly = open.length && p.kind === "shape" && shape.lenientValidatorName
    ? `Strict: also enforces the rules the docs state but the vendor's model leaves open (${open.join("; ")}), as the service does today. A client checks with {@link ${shape.lenientValidatorName}} instead, so that it never rejects a value the service may accept tomorrow.`
    : undefined;
  const out: Stmt[] = [];
  switch (p.kind) {
    case "shape":
    case "error": {
      const what = p.kind === "error" ? `the data of a ${shape.name.replace(/Data$/, "")} error response (${link})` : link;
      out.push(declare(p.validatorName, typeRef("ValidationResult"), [`Validates a value as ${what}: every problem (see the module's documentation for the result).`, shape.documentation, strictOnly, policy]));
      break;
    }
    case "lenient":
      out.push(
        declare(
          p.validatorName,
          typeRef("ValidationResult"),
          open.length
            ? [
                `Validates a value as ${link} the way a client should before sending it: every rule of {@link ${shape.validatorName}} except those the docs state but the vendor's model leaves open (${open.join("; ")}); the service may accept other values tomorrow. The mock and {@link ${shape.validatorName}} are strict.`,
                policy,
              ]
            : [`Validates a value as ${link} the way a client should before sending it: {@link ${shape.validatorName}} itself, as this input has no rule the vendor's model leaves open.`],
        ),
      );
      break;
    case "body":
      out.push(
        declare(p.validatorName, typeRef("ValidationResult"), [
          `Validates the JSON body of a ${link} request as it travels: its body members by wire name (nested structures too), path, query and header members left out. What a server receives; problems' paths are in wire names.`,
          open.length ? `Strict, as {@link ${shape.validatorName}}: the rules the vendor's model leaves open are enforced.` : undefined,
          policy,
        ]),
      );
      break;
  }
  const checkDoc = p.kind === "body" ? `True when a value is a valid JSON body of a ${link} request` : `True when a value is a valid ${link}`;
  if (p.checkName) out.push(declare(p.checkName, typeRef("boolean"), [`${checkDoc}: the test of {@link ${p.validatorName}} without details, the fast path.`]));
  if (p.guard) out.push(declare(p.guard.name, predicate(p.guard.type), [`Type guard for ${link}: the same test as {@link ${p.checkName}}.`]));
  return out;
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
    `Validators for ${service.title}: \`validate<Name>\` returns every problem, \`check<Name>\` only pass/fail (faster), \`is<Name>\` is the type guard; for each error, \`validate<Error>Data\` checks its data.`,
    "Values are checked in their TypeScript shape (documented member names); `validate<Input>Body` checks an operation's JSON request body as sent (wire names).",
    "`validate<Name>` is strict: it enforces every rule the docs state, as the mock does. `validate<Input>Lenient` is what a client checks before sending: it skips the rules the vendor's model leaves open.",
    RESULT,
    `Unknown members: inputs ${service.unknownMembers.input === "reject" ? "reject" : "allow"} them, outputs and errors ${service.unknownMembers.output === "reject" ? "reject" : "allow"} them.`,
  ]);
}
