/**
 * Emits `validators.js` and `validators.d.ts`: for every structure and enum
 * of the service, `validate<Name>` (every problem, with JSON pointer, rule
 * and message), `check<Name>` (pass/fail only, the fast path) and `is<Name>`
 * (type guard); for each error the same for its data; for each operation
 * input a lenient validator (what a client checks) and its JSON body's
 * validators (wire names). Compiled to straight-line JavaScript from the IR
 * (enums' value arrays are the types module's). They import the small hand-written runtime they share
 * (`src/runtime/shared/validation.ts`), which the package emitter copies beside them.
 */
import type { IrService } from "../../ir/types.js";
import type { Stmt } from "../../print/js-ast.js";
import * as b from "../../print/js-build.js";
import { printModule } from "../../print/js-statements.js";
import { compareStrings } from "../../util/sort.js";
import type { Emitter, GeneratedFile } from "../shared/emitter.js";
import { headerComment } from "../shared/header.js";
import { enumCheckFunction, structureCheckFunction } from "./check-code.js";
import { CodeContext } from "./context.js";
import { enumDeclarations, moduleDoc, publicDeclarations } from "./declarations.js";
import { reportFunction, structureDetailFunction } from "./detail-structure.js";
import { buildPlan, type ValidationPlan } from "./plan.js";
import { enumEntries, publicEntries } from "./public-code.js";

/**
 * The runtime module, as the emitted code imports it. The one place its path
 * is written: moving the runtime is a change here.
 */
export const VALIDATION_RUNTIME = "./runtime/shared/validation.js";

export const validatorsEmitter: Emitter = {
  name: "validators",
  emit: (service) => emitValidators(service),
};

/** The validators of one service: `validators.js` and `validators.d.ts`. */
export function emitValidators(service: IrService): GeneratedFile[] {
  const plan = buildPlan(service);
  return [
    { path: "validators.js", contents: validatorsJs(service, plan) },
    { path: "validators.d.ts", contents: validatorsDts(service, plan) },
  ];
}

function validatorsJs(service: IrService, plan: ValidationPlan): string {
  const ctx = new CodeContext(plan);
  const internals: Stmt[] = [];
  for (const s of service.shapes) if (s.kind === "enum") internals.push(enumCheckFunction(s));
  for (const v of plan.variants) internals.push(structureCheckFunction(v, ctx), structureDetailFunction(v, ctx));
  const reported = new Set<string>();
  for (const p of plan.publics) {
    if (reported.has(p.variant.key)) continue;
    reported.add(p.variant.key);
    internals.push(reportFunction(p.variant, ctx));
  }
  const entries = [
    ...service.shapes.flatMap((s) => (s.kind === "enum" ? enumEntries(s, ctx) : [])),
    ...plan.publics.flatMap((p) => publicEntries(p, ctx)),
  ];
  const runtime = ctx.usedRuntime().sort(compareStrings);
  const body: Stmt[] = [headerComment(service)];
  if (runtime.length) body.push(b.importNamed(runtime.map((name) => ({ name })), VALIDATION_RUNTIME));
  body.push(
    b.blank,
    b.comment("`hasOwnProperty.call` inside `for...in` is a fast path in V8; `Object.hasOwn` is several times slower there."),
    b.variable("const", "hasOwn", b.member(b.member(b.id("Object"), "prototype"), "hasOwnProperty")),
  );
  for (const [name, pattern] of ctx.hoistedRegexes()) body.push(b.variable("const", name, b.regex(pattern, "u")));
  for (const fn of ctx.hoistedMatchers()) body.push(b.blank, fn);
  for (const s of [...internals, ...entries]) body.push(b.blank, s);
  return printModule(body, "js");
}

function validatorsDts(service: IrService, plan: ValidationPlan): string {
  const body: Stmt[] = [headerComment(service), b.blank];
  const types = [...service.shapes.map((s) => s.name), ...service.errors.map((e) => e.typeName)].map((name) => ({ name }));
  const first = types.length ? b.importNamed(types, "./types.js", true) : b.importNamed([{ name: "ValidationResult" }], VALIDATION_RUNTIME, true);
  body.push(b.withDoc(moduleDoc(service), first));
  if (types.length) body.push(b.importNamed([{ name: "ValidationResult" }], VALIDATION_RUNTIME, true));
  body.push(b.blank, b.exportNamed([{ name: "ValidationProblem" }, { name: "ValidationResult" }], VALIDATION_RUNTIME, true));
  const declarations = [
    ...service.shapes.flatMap((s) => (s.kind === "enum" ? enumDeclarations(s) : [])),
    ...plan.publics.flatMap((p) => publicDeclarations(p, plan)),
  ];
  for (const d of declarations) body.push(b.blank, d);
  return printModule(body, "ts");
}
