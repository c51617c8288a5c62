/**
 * Differential testing helpers: the generated validators and ajv (Ajv2020, strict,
 * allErrors) on the emitted JSON Schema must give the same verdict on every
 * generated input, for every operation's input (and output) of the real specs
 * and of the fixture specs. Also checks that `check<Name>`, `is<Name>` and
 * `validate<Name>` agree, and that every problem path points into the value.
 *
 * Runs per operation input: 10,000 by default; OPFORGE_FUZZ_RUNS=N for a soak.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { IrStructureShape } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { ValueArbitraries } from "./arbitraries.js";
import { emitServices, type EmittedService, type ValidationResultLike } from "./generated-package.js";

const RUNS = Number(process.env.OPFORGE_FUZZ_RUNS ?? 10_000);
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

export function differential(svc: EmittedService, shape: IrStructureShape, schemaPath: string, runs: number): Tally {
  const schema = svc.schemas.get(schemaPath);
  if (!schema) throw new Error(`no ${schemaPath} for ${svc.service.id}`);
  // ownProperties: members and map keys are own properties only, as the generated code reads them.
  const ajv = new Ajv2020({ strict: true, allErrors: true, ownProperties: true }).compile(schema);
  const validate = svc.validators[shape.validatorName]!;
  const check = svc.validators[shape.checkName]!;
  const guard = svc.validators[shape.guardName]!;
  const tally: Tally = { valid: 0, invalid: 0 };
  const arb = new ValueArbitraries(svc.service).structure(shape);
  fc.assert(
    fc.property(arb, (value) => {
      const expected = ajv(value);
      const result = validate(value) as ValidationResultLike;
      if (result.valid !== expected) {
        throw new Error(`disagreement: ajv says ${expected}, ours ${result.valid}\nvalue: ${JSON.stringify(value)}\najv errors: ${JSON.stringify(ajv.errors)}\nours: ${JSON.stringify(result.problems)}`);
      }
      // Plain checks, not expect(): this body runs tens of thousands of times.
      if (check(value) !== expected || guard(value) !== expected) throw new Error(`check/guard disagree with validate on ${JSON.stringify(value)}`);
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


/** Registers the differential suite for one specs folder: one test per operation input and output. */
export function differentialSuite(title: string, specsDir: string): void {
  // The operations are known at collection time (compiling is synchronous); emitting waits for beforeAll.
  const cases = compileSpecs(specsDir).model.services.flatMap((svc) =>
    svc.operations.flatMap((op) => (["input", "output"] as const).map((root) => ({ id: svc.id, op: op.name, root, label: `${svc.id} ${op.name} ${root}` }))),
  );
  describe(`generated validators agree with ajv: ${title}`, () => {
    let services: EmittedService[] = [];
    beforeAll(async () => {
      services = (await emitServices(specsDir)).services;
    });
    test("there are operations to test", () => expect(cases.length).toBeGreaterThan(0));
    test.each(cases)("$label", ({ id, op: opName, root }) => {
      const svc = services.find((s) => s.service.id === id)!;
      const op = svc.service.operations.find((o) => o.name === opName)!;
      const name = root === "input" ? op.input : op.output;
      const shape = svc.service.shapes.find((s) => s.name === name) as IrStructureShape;
      // Outputs get a fifth of the runs: the same code paths, under the output policy.
      const runs = root === "input" ? RUNS : Math.ceil(RUNS / 5);
      const tally = differential(svc, shape, `schema/${op.name}.${root}.schema.json`, runs);
      // Both verdicts must be represented, or the test proves little (an output with no
      // members under the allow policy is invalid only when it is not an object at all).
      const label = `${id} ${op.name} ${root}: ${tally.valid} valid, ${tally.invalid} invalid`;
      expect(tally.valid, label).toBeGreaterThan(runs * 0.05);
      expect(tally.invalid, label).toBeGreaterThan(runs * 0.01);
    }, 300_000);
  });
}
