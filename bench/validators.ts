/**
 * `npm run bench -- validators`: generated validators vs ajv's compiled
 * validators for the same form in our JSON Schema, in one process.
 *
 * For PutMethod, UpdateBackendAPI and the Huawei UpdateGatewayResponse, in two
 * forms (the whole input, path members included, as `validate<Input>` checks
 * it; the JSON body alone, as `validate<Input>Body` checks it), on three
 * payload sets generated from the schema (bench/validator-payloads.ts: all
 * valid, all invalid, half and half), it measures
 * - `validate<…>` (every problem) against ajv `allErrors: true`;
 * - `check<…>` (pass/fail) against ajv's default first-error mode;
 * and prints each ratio ours/ajv: the median over several rounds (after two
 * warm-up rounds) of each round's ratio, in which the candidates take turns
 * in short slices; rates are per CPU second of this process. Both keep the
 * figures steady on a shared machine. ajv runs with its defaults plus ajv-formats,
 * as a user would run it. Options: --rounds N (default 7), --ms N (CPU time
 * per measurement, default 200), --payloads N (per set, default 64).
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { defUri } from "../test/validators/ajv.js";
import { emitServices, type EmittedService } from "../test/validators/generated-package.js";
import { PayloadGenerator } from "./validator-payloads.js";

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

type Fn = (value: unknown) => unknown;

const OPERATIONS = [
  { title: "PutMethod", service: "apigateway", input: "PutMethodRequest" },
  { title: "UpdateBackendAPI", service: "amplifybackend", input: "UpdateBackendAPIRequest" },
  { title: "UpdateGatewayResponse", service: "huawei-apig", input: "UpdateGatewayResponseRequest" },
];
const FORMS = [
  { title: "input", key: (input: string) => input, validate: (input: string) => `validate${input}`, check: (input: string) => `check${input}` },
  { title: "body", key: (input: string) => `${input}.body`, validate: (input: string) => `validate${input}Body`, check: (input: string) => `check${input}Body` },
];
const SETS = [
  { title: "valid", invalidShare: 0 },
  { title: "invalid", invalidShare: 1 },
  { title: "mixed", invalidShare: 0.5 },
];

/**
 * A fresh measuring loop per candidate: each gets its own compiled code and
 * type feedback, so one candidate's call site never turns megamorphic
 * because of another's (as benchmark.js does it). Returns the calls made
 * and the CPU microseconds they took.
 */
function makeMeasure(): (fn: Fn, payloads: readonly unknown[], ms: number) => [number, number] {
  return new Function(
    "fn",
    "payloads",
    "ms",
    `let sink = 0;
    let calls = 0;
    const start = process.cpuUsage();
    const budget = ms * 1000;
    let elapsed = 0;
    // Bounded: stops on time, checked after every batch of calls.
    while (elapsed < budget) {
      for (let b = 0; b < 4; b++) for (let i = 0; i < payloads.length; i++) if (fn(payloads[i])) sink++;
      calls += 4 * payloads.length;
      const used = process.cpuUsage(start);
      elapsed = used.user + used.system;
    }
    if (sink === -1) console.log(sink);
    return [calls, elapsed];`,
  ) as (fn: Fn, payloads: readonly unknown[], ms: number) => [number, number];
}

/**
 * One round: the candidates take turns in short slices, so that a change in
 * the machine's load (other processes on 2 cores) hits all of them alike;
 * returns each candidate's rate over the round.
 */
function round(candidates: ReadonlyArray<readonly [Fn, ReturnType<typeof makeMeasure>]>, payloads: readonly unknown[], ms: number): number[] {
  const SLICES = 10;
  const totals = candidates.map(() => [0, 0]);
  for (let s = 0; s < SLICES; s++) {
    candidates.forEach(([fn, measure], i) => {
      const [calls, cpu] = measure(fn, payloads, ms / SLICES);
      const total = totals[i]!;
      total[0] = total[0]! + calls;
      total[1] = total[1]! + cpu;
    });
  }
  return totals.map(([calls, cpu]) => calls! / cpu!);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const v = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} needs a positive number`);
  return v;
}

/** ajv as a user runs it: Ajv2020 with ajv-formats, all errors or the first. */
function ajvFor(schema: Record<string, unknown>, key: string, allErrors: boolean): Fn {
  const ajv = addFormats(new Ajv2020({ allErrors }));
  ajv.addSchema(schema);
  return ajv.getSchema(defUri(schema, key))! as Fn;
}

interface Row {
  operation: string;
  form: string;
  set: string;
  full: number;
  check: number;
}

export async function run(args: string[]): Promise<void> {
  if (args.includes("--help")) {
    console.log("Usage: npm run bench -- validators [--rounds N] [--ms N] [--payloads N] [--only <text>]");
    return;
  }
  const rounds = option(args, "--rounds", 7);
  const ms = option(args, "--ms", 200);
  const count = option(args, "--payloads", 64);
  // --only <text>: just the cells whose "operation form payloads" contains it (for quick comparisons).
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1]! : "";
  const { services } = await emitServices("specs");
  const byId = new Map<string, EmittedService>(services.map((s) => [s.service.id, s]));
  const rows: Row[] = [];
  for (const op of OPERATIONS) {
    const svc = byId.get(op.service)!;
    for (const form of FORMS) {
      const key = form.key(op.input);
      const ajvAll = ajvFor(svc.schema, key, true);
      const ajvFirst = ajvFor(svc.schema, key, false);
      const validate = svc.validators[form.validate(op.input)]!;
      const check = svc.validators[form.check(op.input)]!;
      SETS.forEach((set, i) => {
        if (only && !`${op.title} ${form.title} ${set.title}`.includes(only)) return;
        const payloads = new PayloadGenerator(svc.schema, 1000 + i).payloads(key, count, set.invalidShare, (v) => ajvAll(v) as boolean);
        // Same verdicts first: a benchmark of disagreeing validators would mean nothing.
        for (const p of payloads) {
          const ours = (validate(p) as { valid: boolean }).valid;
          if (ours !== ajvAll(p) || ours !== check(p) || ours !== ajvFirst(p)) throw new Error(`${op.title} ${form.title}: validators disagree on ${JSON.stringify(p)}`);
        }
        const candidates: Array<readonly [Fn, ReturnType<typeof makeMeasure>]> = [
          [(v) => (validate(v) as { valid: boolean }).valid, makeMeasure()],
          [ajvAll, makeMeasure()],
          [check, makeMeasure()],
          [ajvFirst, makeMeasure()],
        ];
        const full: number[] = [];
        const pass: number[] = [];
        for (let r = 0; r < rounds + 2; r++) {
          const [ours, ajv, oursCheck, ajvCheck] = round(candidates, payloads, ms);
          if (r < 2) continue; // the first two rounds warm up
          full.push(ours! / ajv!);
          pass.push(oursCheck! / ajvCheck!);
        }
        rows.push({ operation: op.title, form: form.title, set: set.title, full: median(full), check: median(pass) });
        console.error(`  ${op.title} ${form.title} ${set.title}: validate ${rows.at(-1)!.full.toFixed(2)}x, check ${rows.at(-1)!.check.toFixed(2)}x`);
      });
    }
  }
  printTable([
    ["operation", "form", "payloads", "validate / ajv allErrors", "check / ajv first-error"],
    ...rows.map((r) => [r.operation, r.form, r.set, `${r.full.toFixed(2)}x`, `${r.check.toFixed(2)}x`]),
  ]);
  const worst = (f: (r: Row) => number) => Math.min(...rows.map(f)).toFixed(2);
  console.log(`\n${count} payloads per set; median of ${rounds} rounds (each ~${ms} ms CPU per candidate, in 10 interleaved slices), after 2 warm-up rounds. Lowest: validate ${worst((r) => r.full)}x, check ${worst((r) => r.check)}x (goal: both >= 1.5x).`);
}

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => "| " + r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |";
  console.log(line(rows[0]!));
  console.log("|" + widths.map((w, i) => (i < 3 ? "-".repeat(w + 2) + "|" : "-".repeat(w + 1) + ":|")).join(""));
  for (const r of rows.slice(1)) console.log(line(r));
}
