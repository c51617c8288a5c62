/**
 * Differential testing: the generated validators and ajv (Ajv2020, strict,
 * allErrors, ajv-formats) compiled from the emitted JSON Schema must give the
 * same verdict on every generated value, for every operation's input (and
 * output) of the real specs and of the fixture specs. Also checks that
 * `check<Name>`, `is<Name>` and `validate<Name>` agree, and that every
 * problem's path points into the value.
 *
 * Runs per operation input: 10,000 by default; OPFORGE_FUZZ_RUNS=N for a soak.
 */
import fc from "fast-check";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { errorShape } from "../../src/emit/validators/plan.js";
import type { IrService, IrStructureShape } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { schemaAjv, type CompiledSchema } from "./ajv.js";
import { ValueArbitraries } from "./arbitraries.js";
import { emitServices, type EmittedService, type ValidationResultLike } from "./generated-package.js";

export const RUNS = Number(process.env.OPFORGE_FUZZ_RUNS ?? 10_000);
export const REPO = path.resolve(import.meta.dirname, "../..");

/** Resolves a JSON pointer in `value`; `undefined` when it leads nowhere. */
function resolvePointer(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  let cur: unknown = value;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, token)) return undefined;
    cur = (cur as Record<string, unknown>)[token];
  }
  return cur;
}

export interface Tally {
  valid: number;
  invalid: number;
}

/** One validator triple and the ajv schema it must agree with. */
export interface Subject {
  validate: (value: unknown) => unknown;
  /** The pass/fail functions that must agree with `validate` (check, is). */
  checks: Array<(value: unknown) => unknown>;
  ajv: CompiledSchema;
}

/** Runs `runs` generated values through both validators; throws on the first disagreement. */
export function agree(subject: Subject, arb: fc.Arbitrary<unknown>, runs: number): Tally {
  const { validate, checks, ajv } = subject;
  const tally: Tally = { valid: 0, invalid: 0 };
  fc.assert(
    fc.property(arb, (value) => {
      const expected = ajv(value);
      const result = validate(value) as ValidationResultLike;
      if (result.valid !== expected) {
        throw new Error(`disagreement: ajv says ${expected}, ours ${result.valid}\nvalue: ${JSON.stringify(value)}\najv errors: ${JSON.stringify(ajv.errors)}\nours: ${JSON.stringify(result.problems)}`);
      }
      // Plain checks, not expect(): this body runs tens of thousands of times.
      for (const check of checks) if (check(value) !== expected) throw new Error(`check/guard disagree with validate on ${JSON.stringify(value)}`);
      if (expected) {
        tally.valid++;
        if (result.problems.length !== 0) throw new Error("a valid result with problems");
        return;
      }
      tally.invalid++;
      if (result.problems.length === 0) throw new Error(`invalid without problems: ${JSON.stringify(value)}`);
      for (const p of result.problems) {
        if (!p.message.startsWith(`${p.path === "" ? "(root)" : p.path}: `)) throw new Error(`message without its path: ${JSON.stringify(p)}`);
        if (p.rule !== "required" && p.rule !== "maxProblems" && resolvePointer(value, p.path) === undefined) {
          throw new Error(`path leads nowhere: ${JSON.stringify(p)} in ${JSON.stringify(value)}`);
        }
      }
    }),
    { numRuns: runs },
  );
  return tally;
}

/** The public validators of structure `shape` against `$defs/<shape>`. */
export function shapeSubject(svc: EmittedService, shape: IrStructureShape): Subject {
  const v = svc.validators;
  return { validate: v[shape.validatorName]!, checks: [v[shape.checkName]!, v[shape.guardName]!], ajv: schemaAjv(svc.schema, shape.name) };
}

/** Asserts both verdicts are well represented (else the run proves little). */
export function expectBothVerdicts(tally: Tally, runs: number, label: string): void {
  // A structure of twenty constrained members (the petstore's CreatePet) is valid a few percent of the time: that is still hundreds per run.
  expect(tally.valid, `${label}: ${tally.valid} valid, ${tally.invalid} invalid`).toBeGreaterThan(runs * 0.03);
  expect(tally.invalid, `${label}: ${tally.valid} valid, ${tally.invalid} invalid`).toBeGreaterThan(runs * 0.01);
}

type Case = { id: string; label: string; kind: "input" | "lenient" | "body" | "output" | "error"; name: string };

/** The validators under test for one service: every operation input (strict, lenient, body), output, and error data. */
function casesOf(service: IrService): Case[] {
  const out: Case[] = [];
  for (const op of service.operations) {
    const at = (kind: Case["kind"], name: string) => out.push({ id: service.id, kind, name, label: `${service.id} ${op.name} ${kind}` });
    at("input", op.input);
    at("lenient", op.input);
    at("body", op.input);
    if (op.output !== undefined) at("output", op.output);
  }
  for (const e of service.errors) out.push({ id: service.id, kind: "error", name: e.name, label: `${service.id} ${e.typeName}` });
  return out;
}

/** Runs per case: the full count for inputs as checked (strict and lenient), fewer where the code paths repeat. */
function runsOf(kind: Case["kind"]): number {
  return kind === "input" || kind === "lenient" ? RUNS : kind === "body" ? Math.ceil(RUNS / 2) : kind === "output" ? Math.ceil(RUNS / 5) : Math.ceil(RUNS / 10);
}

function subjectOf(svc: EmittedService, c: Case): { subject: Subject; arb: fc.Arbitrary<unknown> } {
  const v = svc.validators;
  if (c.kind === "error") {
    const e = svc.service.errors.find((x) => x.name === c.name)!;
    const shape = errorShape(e);
    return { subject: { validate: v[e.validatorName]!, checks: [v[e.checkName]!, v[e.guardName]!], ajv: schemaAjv(svc.schema, e.typeName) }, arb: new ValueArbitraries(svc.service).structure(shape) };
  }
  const shape = svc.service.shapes.find((s) => s.name === c.name) as IrStructureShape;
  if (c.kind === "lenient") {
    const strict = v[shape.validatorName]!;
    const lenient = v[shape.lenientValidatorName!]!;
    // Lenient accepts everything strict accepts.
    const check = (value: unknown) => {
      const ok = (lenient(value) as ValidationResultLike).valid;
      if ((strict(value) as ValidationResultLike).valid && !ok) throw new Error(`lenient rejects what strict accepts: ${JSON.stringify(value)}`);
      return ok;
    };
    return { subject: { validate: lenient, checks: [check], ajv: schemaAjv(svc.schema, `${shape.name}.lenient`) }, arb: new ValueArbitraries(svc.service).structure(shape) };
  }
  if (c.kind === "body") {
    const subject = { validate: v[shape.bodyValidatorName!]!, checks: [v[shape.bodyCheckName!]!], ajv: schemaAjv(svc.schema, `${shape.name}.body`) };
    return { subject, arb: new ValueArbitraries(svc.service, true).body(shape) };
  }
  return { subject: shapeSubject(svc, shape), arb: new ValueArbitraries(svc.service).structure(shape) };
}

/** Registers the differential suite for one specs folder: one test per validator of every operation and error. */
export function differentialSuite(title: string, specsDir: string): void {
  // The operations are known at collection time (compiling is synchronous); emitting waits for beforeAll.
  const cases = compileSpecs(specsDir).model.services.flatMap(casesOf);
  describe(`generated validators agree with ajv: ${title}`, () => {
    let services: EmittedService[] = [];
    beforeAll(async () => {
      services = (await emitServices(specsDir)).services;
    });
    test("there are operations to test", () => expect(cases.length).toBeGreaterThan(0));
    test.each(cases)("$label", (c) => {
      const svc = services.find((s) => s.service.id === c.id)!;
      const runs = runsOf(c.kind);
      const { subject, arb } = subjectOf(svc, c);
      const tally = agree(subject, arb, runs);
      TALLIES.push({ label: c.label, runs, ...tally });
      expectBothVerdicts(tally, runs, c.label);
    }, 300_000);
  });
}

/** Every run's counts, for the report a soak prints. */
export const TALLIES: Array<{ label: string; runs: number } & Tally> = [];
