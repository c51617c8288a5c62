/**
 * Emits `src/validators.ts`: for every structure and enum of the service,
 * `validate<Name>` (every problem, with JSON pointer, rule and message),
 * `check<Name>` (pass/fail only, the fast path) and `is<Name>` (type guard),
 * compiled to straight-line code from the IR; plus a verbatim copy of the
 * small hand-written runtime they share (`src/runtime/validation/`).
 */
import { readFileSync } from "node:fs";
import type { IrEnumShape, IrService, IrStructureShape } from "../../ir/types.js";
import type { Emitter, GeneratedFile } from "../shared/emitter.js";
import { docComment } from "../shared/doc-comment.js";
import { generatedHeader } from "../shared/print-ts.js";
import { enumCheckFunction, knownOnlyFunction, structureCheckFunction } from "./check-code.js";
import { CodeContext } from "./context.js";
import { structureDetailFunction } from "./detail-code.js";
import { enumText, TYPE_TEXT } from "./messages.js";
import { buildPlan, checkFn, detailFn, enumCheckFn, type Policy, type ValidationPlan } from "./plan.js";
import { stringLiteral } from "../shared/literals.js";
import { MAX_PROBLEMS } from "../../runtime/validation/validation.js";

export const RUNTIME_PATH = "src/runtime/validation/validation.ts";
const RUNTIME_SOURCE = new URL("../../runtime/validation/validation.ts", import.meta.url);

export const validatorsEmitter: Emitter = {
  name: "validators",
  emit(service) {
    return [emitValidatorsFile(service), { path: RUNTIME_PATH, contents: readFileSync(RUNTIME_SOURCE, "utf8"), preformatted: true }];
  },
};

/** The TSDoc sentence on the unknown-member policy a public validator applies. */
export function policySentence(policy: Policy, shape: IrStructureShape): string {
  const why = shape.root ? `the ${shape.root} policy of this service` : shape.usage.input ? "this service's input policy (the shape is reachable from an operation input)" : "this service's output policy";
  return policy === "reject"
    ? `Members not declared on the shape are rejected (rule \`unknownMember\`), following ${why}; nested structures follow the same policy.`
    : `Members not declared on the shape are allowed, following ${why}; nested structures follow the same policy.`;
}

export function emitValidatorsFile(service: IrService): GeneratedFile {
  const plan = buildPlan(service);
  const ctx = new CodeContext(plan);
  const internals: string[] = [];
  for (const s of service.shapes) if (s.kind === "enum") internals.push(enumCheckFunction(s));
  const scanned = new Set<string>();
  for (const v of plan.variants) {
    internals.push(structureCheckFunction(v, ctx));
    if (v.policy === "reject" && !scanned.has(v.shape.name)) {
      scanned.add(v.shape.name);
      internals.push(knownOnlyFunction(v.shape.name, v.shape.members));
    }
    internals.push(structureDetailFunction(v, ctx));
  }
  const publics = service.shapes.map((s) => (s.kind === "enum" ? enumPublic(s) : structurePublic(s, plan)));
  const typeNames = service.shapes.map((s) => s.name);
  const text = [
    generatedHeader(service.files),
    docComment([
      `Validators for ${service.title}: \`validate<Name>\` returns every problem, \`check<Name>\` only pass/fail (faster), \`is<Name>\` is the type guard.`,
      "Values are checked in their TypeScript shape (documented member names), not in their wire form.",
      `Unknown members: inputs ${service.unknownMembers.input === "reject" ? "reject" : "allow"} them, outputs ${service.unknownMembers.output === "reject" ? "reject" : "allow"} them.`,
    ]),
    typeNames.length ? `import type { ${typeNames.join(", ")} } from "./types.js";` : "",
    runtimeImport([...internals, ...publics].join("\n")),
    `export type { ValidationProblem, ValidationResult } from "./runtime/validation/validation.js";`,
    "// `hasOwnProperty.call` inside `for...in` is a fast path in V8; `Object.hasOwn` is several times slower there.\nconst hasOwn = Object.prototype.hasOwnProperty;",
    ...ctx.regexDeclarations(),
    ...internals,
    ...publics,
  ].filter((s) => s !== "");
  return { path: "src/validators.ts", contents: text.join("\n\n") + "\n", reexport: true };
}

const RUNTIME_VALUES = ["codePointLength", "invalid", "MAX_DEPTH", "MAX_ITEMS", "MAX_PROBLEMS", "keyToken", "PATH", "pathOf", "problem", "VALID"];

/** Imports exactly the runtime names the generated code uses (strict builds reject unused ones under noUnusedLocals). */
function runtimeImport(code: string): string {
  const used = RUNTIME_VALUES.filter((n) => new RegExp(`\\b${n}\\b`).test(code));
  return `import { ${[...used, "type ValidationProblem", "type ValidationResult"].join(", ")} } from "./runtime/validation/validation.js";`;
}

function structurePublic(shape: IrStructureShape, plan: ValidationPlan): string {
  const policy = plan.publicPolicy.get(shape.name) ?? "reject";
  const recursive = plan.recursive.has(shape.name);
  const check = recursive ? `${checkFn(shape.name, policy)}(value, 0)` : `${checkFn(shape.name, policy)}(value)`;
  const detail = recursive ? `${detailFn(shape.name, policy)}(value, 0, problems, 0);` : `${detailFn(shape.name, policy)}(value, 0, problems);`;
  const policyDoc = policySentence(policy, shape);
  return [
    doc([
      `Validates a value as {@link ${shape.name}}: every problem, each with a JSON pointer \`path\`, a \`rule\` and a \`message\` (\`<path>: <expectation>\`).`,
      shape.documentation,
      policyDoc,
      `A valid value gets the shared frozen result (\`problems\` empty); at most ${MAX_PROBLEMS} problems are reported.`,
    ]),
    `export function ${shape.validatorName}(value: unknown): ValidationResult {`,
    `const problems: ValidationProblem[] = [];`,
    detail,
    `return problems.length === 0 ? VALID : invalid(problems);`,
    `}`,
    "",
    doc([`True when a value is a valid {@link ${shape.name}}; no details, the fast path.`, policyDoc]),
    `export function ${shape.checkName}(value: unknown): boolean {`,
    `return ${check};`,
    `}`,
    "",
    doc([`Type guard for {@link ${shape.name}}: the same test as {@link ${shape.checkName}}.`]),
    `export function ${shape.guardName}(value: unknown): value is ${shape.name} {`,
    `return ${check};`,
    `}`,
  ].join("\n");
}

function enumPublic(shape: IrEnumShape): string {
  const fn = enumCheckFn(shape.name);
  return [
    doc([`Validates a value as {@link ${shape.name}}: one of its documented values.`, shape.documentation]),
    `export function ${shape.validatorName}(value: unknown): ValidationResult {`,
    `if (${fn}(value)) return VALID;`,
    `return invalid([typeof value === "string" ? problem("", "enum", ${stringLiteral(enumText(shape))}) : problem("", "type", ${stringLiteral(TYPE_TEXT.string)})]);`,
    `}`,
    "",
    doc([`True when a value is one of the values of {@link ${shape.name}}.`]),
    `export function ${shape.checkName}(value: unknown): boolean {`,
    `return ${fn}(value);`,
    `}`,
    "",
    doc([`Type guard for {@link ${shape.name}}.`]),
    `export function ${shape.guardName}(value: unknown): value is ${shape.name} {`,
    `return ${fn}(value);`,
    `}`,
  ].join("\n");
}

/** A doc block that ends right above the declaration it documents. */
function doc(lines: Array<string | undefined>): string {
  return docComment(lines).trimEnd();
}
