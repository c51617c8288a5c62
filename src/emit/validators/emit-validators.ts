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
import { printingMemoized, printModule } from "../../print/js-statements.js";
import { compareStrings } from "../../util/sort.js";
import type { Emitter, GeneratedFile } from "../shared/emitter.js";
import { headerComment } from "../shared/header.js";
import { enumCheckFunction, structureCheckFunction } from "./check-code.js";
import { CodeContext } from "./context.js";
import { enumDeclarations, moduleDoc, publicDeclarations } from "./declarations.js";
import { reportFunction, structureDetailFunction } from "./detail-structure.js";
import { buildPlan, type PublicValidator, type ValidationPlan } from "./plan.js";
import { reachable } from "./prune.js";
import { enumEntries, publicEntries, reportingCheckFunction, reports } from "./public-code.js";

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
    { path: "validators.js", contents: keptValidatorsJs(service, plan) },
    { path: "validators.d.ts", contents: validatorsDts(service, plan) },
  ];
}

/** IR keys `validators.js` does not depend on: prose and source positions (the `.d.ts` carries the prose). */
const PROSE = new Set(["documentation", "loc", "fields", "sources", "examples"]);

/**
 * In watch mode, the last `validators.js` of each service and the IR it was
 * printed from (prose left out): an edit to documentation, the usual edit,
 * reprints nothing of the service's largest file.
 */
const kept = new Map<string, { key: string; text: string }>();

function keptValidatorsJs(service: IrService, plan: ValidationPlan): string {
  if (!printingMemoized()) return validatorsJs(service, plan);
  const key = JSON.stringify(service, (k, v: unknown) => (PROSE.has(k) ? undefined : v));
  const last = kept.get(service.id);
  if (last?.key === key) return last.text;
  const text = validatorsJs(service, plan);
  kept.set(service.id, { key, text });
  return text;
}

function validatorsJs(service: IrService, plan: ValidationPlan): string {
  const ctx = new CodeContext(plan);
  const internals: Stmt[] = [];
  for (const s of service.shapes) if (s.kind === "enum") internals.push(enumCheckFunction(s));
  // A variant a public validator reports on gets the reporting form of its check.
  const reporting = new Set(plan.publics.filter(reports).map((p) => p.variant.key));
  for (const v of plan.variants) {
    internals.push(reporting.has(v.key) ? reportingCheckFunction(v, ctx) : structureCheckFunction(v, ctx), structureDetailFunction(v, ctx));
  }
  const reported = new Set<string>();
  for (const p of plan.publics) {
    if (reported.has(p.variant.key)) continue;
    reported.add(p.variant.key);
    internals.push(reportFunction(p.variant, ctx));
  }
  const entries = [
    ...service.shapes.flatMap((s) => (s.kind === "enum" ? enumEntries(s, ctx) : [])),
    ...publicsOnce(plan, ctx),
  ];
  const regexes = ctx.hoistedRegexes().map(([name, pattern]) => b.variable("const", name, b.regex(pattern, "u")));
  const matchers = ctx.hoistedMatchers();
  const definitions = new Map<string, Stmt>();
  for (const s of [...regexes, ...matchers, ...internals]) definitions.set(definedName(s), s);
  const used = reachable(definitions, entries);
  const kept = (s: Stmt) => used.has(definedName(s));
  const runtime = ctx.usedRuntime().filter((name) => used.has(name)).sort(compareStrings);
  const body: Stmt[] = [headerComment(service)];
  if (runtime.length) body.push(b.importNamed(runtime.map((name) => ({ name })), VALIDATION_RUNTIME));
  body.push(
    b.blank,
    b.comment("`hasOwnProperty.call` inside `for...in` is a fast path in V8; `Object.hasOwn` is several times slower there."),
    b.variable("const", "hasOwn", b.member(b.member(b.id("Object"), "prototype"), "hasOwnProperty")),
  );
  body.push(...regexes.filter(kept));
  for (const fn of matchers.filter(kept)) body.push(b.blank, fn);
  for (const s of [...internals.filter(kept), ...entries]) body.push(b.blank, s);
  return printModule(body, "js");
}

/** Every public validator's exports; one of a variant already exported is an alias of the first. */
function publicsOnce(plan: ValidationPlan, ctx: CodeContext): Stmt[] {
  const firsts = new Map<string, PublicValidator>();
  return plan.publics.flatMap((p) => {
    const first = firsts.get(p.variant.key);
    // An alias needs the first to export a check where this one has one.
    const covers = first !== undefined && (!(p.checkName || p.guard) || first.checkName !== undefined || first.guard !== undefined);
    if (!first) firsts.set(p.variant.key, p);
    return publicEntries(p, ctx, covers ? first : undefined);
  });
}

/** The name a module-level `function` or single `const` defines. */
function definedName(s: Stmt): string {
  if (s.kind === "function") return s.name;
  if (s.kind === "variable") return s.name;
  throw new Error(`validators: no defined name for a ${s.kind} statement`);
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
