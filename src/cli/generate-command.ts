/** `opforge generate`: specs -> generated/, or `--check` that it is fresh. */
import path from "node:path";
import { parseCommandArgs } from "./parse-command-args.js";
import { SpecError, formatDiagnostic } from "../check/diagnostics.js";
import { compileSpecs } from "../pipeline/compile-specs.js";
import { renderModel } from "../pipeline/render-files.js";
import { planOutput, writeOutput } from "../write/write-output.js";

export const GENERATE_HELP = `Usage: opforge generate [options]

Reads specs/<service>/*.yaml, checks them, and writes one npm package per
service under generated/.

Options:
  --specs DIR       spec folder (default: specs)
  --out DIR         output folder (default: generated)
  --service NAME    only this service (repeatable)
  --check           do not write; exit 1 with a summary if the output is stale
  --watch           keep running: regenerate the services whose specs change
                    (errors keep the last good output; see docs/watch.md)
  --quiet           print errors only
  -h, --help        show this help

Exit codes: 0 ok, 1 spec errors or stale output (--check), 2 bad usage.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function generateCommand(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(
    "generate",
    argv,
    {
      specs: { type: "string", default: "specs" },
      out: { type: "string", default: "generated" },
      service: { type: "string", multiple: true },
      check: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    GENERATE_HELP,
    io,
  );
  if (typeof args === "number") return args;
  const started = performance.now();
  const specsDir = path.resolve(args.specs!);
  const outDir = path.resolve(args.out!);
  const only = args.service;
  if (args.watch) {
    if (args.check) {
      io.err(`opforge generate: --watch and --check cannot be combined\n\n${GENERATE_HELP}`);
      return 2;
    }
    const { watchSpecs } = await import("../watch/watch-specs.js");
    return watchSpecs({ specsDir, outDir, only, quiet: args.quiet }, io);
  }
  let model;
  try {
    const compiled = compileSpecs(specsDir, { only });
    model = compiled.model;
    for (const w of compiled.warnings) io.err(formatDiagnostic(w));
  } catch (e) {
    if (e instanceof SpecError) {
      for (const d of e.diagnostics) io.err(formatDiagnostic(d));
      const n = e.diagnostics.filter((d) => d.severity === "error").length;
      io.err(`\n${n} error${n === 1 ? "" : "s"}; ${args.check ? "nothing checked" : `${path.relative(process.cwd(), outDir) || outDir} left unchanged`}.`);
      return 1;
    }
    throw e;
  }
  if (only) {
    const missing = only.filter((s) => !model.services.some((x) => x.id === s));
    if (missing.length) {
      io.err(`opforge generate: no service named ${missing.join(", ")} under ${args.specs}`);
      return 2;
    }
  }
  const files = await renderModel(model);
  const scope = only ? (p: string) => only.some((s) => p.startsWith(`${s}/`)) : undefined;
  const rel = path.relative(process.cwd(), outDir) || ".";
  if (args.check) {
    const plan = planOutput(outDir, files, scope);
    const stale = [...plan.write.map((p) => `  changed  ${rel}/${p}`), ...plan.remove.map((p) => `  removed  ${rel}/${p}`)];
    if (stale.length) {
      io.err(`${rel}/ is stale: ${plan.write.length} file(s) would be written, ${plan.remove.length} removed:\n${stale.join("\n")}\nRun: npm run generate`);
      return 1;
    }
    if (!args.quiet) io.out(`${rel}/ is up to date (${files.size} files, ${ms(started)}).`);
    return 0;
  }
  const plan = writeOutput(outDir, files, scope);
  if (!args.quiet) {
    for (const svc of model.services) {
      const n = [...files.keys()].filter((p) => p.startsWith(`${svc.id}/`)).length;
      const changed = plan.write.filter((p) => p.startsWith(`${svc.id}/`)).length;
      io.out(`  ${svc.id.padEnd(16)} ${svc.operations.length} operation(s), ${n} files, ${changed} written`);
    }
    for (const p of plan.remove) io.out(`  removed ${rel}/${p}`);
    io.out(`Generated ${model.services.length} service(s) into ${rel}/ in ${ms(started)}: ${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.remove.length} removed.`);
  }
  return 0;
}

function ms(start: number): string {
  return `${Math.round(performance.now() - start)} ms`;
}
