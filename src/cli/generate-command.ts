/** `opforge generate`: specs -> generated/, or `--check` that it is fresh. */
import path from "node:path";
import { SpecError, formatDiagnostic } from "../check/diagnostics.js";
import { generate } from "../pipeline/generate.js";
import { TemplateError } from "../templates/templates.js";
import type { Io } from "./io.js";
import { parseCommandArgs } from "./parse-command-args.js";

export const GENERATE_HELP = `Usage: opforge generate [options]

Reads specs/<service>/*.yaml, checks them, and writes one npm package per
service under generated/ (ready-to-run ESM with .d.ts beside each module).

Options:
  --specs DIR       spec folder (default: specs)
  --out DIR         output folder (default: generated)
  --service NAME    only this service (repeatable)
  --templates DIR   templates overriding the built-in ones by file name
                    (see templates/ and docs/cli.md)
  --check           do not write; exit 1 with a summary if the output is stale
  --watch           keep running: regenerate the services whose specs change
                    (errors keep the last good output; see docs/watch.md)
  --timing          also print the time each stage took
  --quiet           print errors only
  -h, --help        show this help

Exit codes: 0 ok, 1 spec errors or stale output (--check), 2 bad usage.`;

export async function generateCommand(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(
    "generate",
    argv,
    {
      specs: { type: "string", default: "specs" },
      out: { type: "string", default: "generated" },
      service: { type: "string", multiple: true },
      templates: { type: "string" },
      check: { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      timing: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    GENERATE_HELP,
    io,
    (v) => {
      if (v.watch && v.check) throw new Error("--watch and --check cannot be combined");
    },
  );
  if (typeof args === "number") return args;
  const specsDir = path.resolve(args.specs!);
  const outDir = path.resolve(args.out!);
  const rel = path.relative(process.cwd(), outDir) || ".";
  if (args.watch) {
    const { watchSpecs } = await import("../watch/watch-specs.js");
    return watchSpecs({ specsDir, outDir, only: args.service, quiet: args.quiet, templates: args.templates }, io);
  }
  let result;
  try {
    result = await generate({ specsDir, outDir, only: args.service, check: args.check, templates: args.templates, log: args.quiet ? undefined : io.out });
  } catch (e) {
    if (e instanceof SpecError) {
      for (const d of e.diagnostics) io.err(formatDiagnostic(d));
      const n = e.diagnostics.filter((d) => d.severity === "error").length;
      io.err(`\n${n} error${n === 1 ? "" : "s"}; ${args.check ? "nothing checked" : `${rel} left unchanged`}.`);
      return 1;
    }
    if (e instanceof TemplateError) {
      io.err(`opforge generate: ${e.message}\n${rel} left unchanged.`);
      return 1;
    }
    throw e;
  }
  for (const w of result.warnings) io.err(formatDiagnostic(w));
  if (args.timing) io.out(`Stages: ${result.timer.summary()}.`);
  const missing = (args.service ?? []).filter((s) => !result.model.services.some((x) => x.id === s));
  if (missing.length) {
    io.err(`opforge generate: no service named ${missing.join(", ")} under ${args.specs}`);
    return 2;
  }
  const { plan } = result;
  const ms = `${Math.round(result.ms)} ms`;
  if (args.check) {
    const stale = [...plan.write.map((p) => `  changed  ${rel}/${p}`), ...plan.remove.map((p) => `  removed  ${rel}/${p}`)];
    if (stale.length) {
      io.err(`${rel}/ is stale: ${plan.write.length} file(s) would be written, ${plan.remove.length} removed:\n${stale.join("\n")}\nRun: npm run generate`);
      return 1;
    }
    if (!args.quiet) io.out(`${rel}/ is up to date (${plan.unchanged.length} files, ${ms}).`);
    return 0;
  }
  if (!args.quiet) {
    for (const s of result.services) io.out(`  ${s.id.padEnd(16)} ${s.operations} operation(s), ${s.files} files, ${s.written} written`);
    for (const p of plan.remove) io.out(`  removed ${rel}/${p}`);
    io.out(`Generated ${result.services.length} service(s) into ${rel}/ in ${ms}: ${plan.write.length} written, ${plan.unchanged.length} unchanged, ${plan.remove.length} removed.`);
  }
  return 0;
}
