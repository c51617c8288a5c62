/**
 * `npx tsx scripts/synthesize-specs.ts N [--out DIR] [--specs DIR] [--max-per-service M]`:
 * writes a synthetic spec set of N operations built from the real specs
 * (see scripts/scale/synthesize-specs.ts), for scale benchmarks.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { synthesizeSpecs } from "./scale/synthesize-specs.js";

const HELP = `Usage: tsx scripts/synthesize-specs.ts N [options]

Writes a synthetic spec set of N operations, copies of the real ones renamed
so that nothing collides, spread over services of at most M operations.

Options:
  --specs DIR            real specs to copy (default: specs)
  --out DIR              output folder (default: a new temp folder)
  --max-per-service M    operations per synthetic service (default: 100)
  -h, --help             show this help

Then: npm run generate -- --specs DIR --out OUT`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        specs: { type: "string", default: "specs" },
        out: { type: "string" },
        "max-per-service": { type: "string", default: "100" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    console.error(`synthesize-specs: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const n = Number(positionals[0]);
  const maxPer = Number(values["max-per-service"]);
  if (positionals.length !== 1 || !Number.isInteger(n) || n < 1 || !Number.isInteger(maxPer) || maxPer < 1) {
    console.error(`synthesize-specs: expected one positive integer N and a positive --max-per-service\n\n${HELP}`);
    return 2;
  }
  const outDir = path.resolve(values.out ?? mkdtempSync(path.join(os.tmpdir(), `opforge-specs-${n}-`)));
  const services = synthesizeSpecs({ specsDir: path.resolve(values.specs!), outDir, operations: n, maxOpsPerService: maxPer });
  for (const s of services) console.log(`  ${s.id.padEnd(24)} ${s.operations.length} operation(s)`);
  console.log(`Wrote ${n} operations in ${services.length} services to ${outDir}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
