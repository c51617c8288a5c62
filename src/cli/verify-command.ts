/** `opforge verify`: hand-written AWS specs vs the official botocore service models. */
import path from "node:path";
import { parseCommandArgs } from "./parse-command-args.js";
import { SpecError, formatDiagnostic, sortDiagnostics, type Diagnostic } from "../check/diagnostics.js";
import { compileSpecs } from "../pipeline/compile-specs.js";
import { DEFAULT_MODELS_DIR, locateModel } from "../verify/service-model.js";
import { specFieldLocator } from "../verify/spec-fields.js";
import { verifyService } from "../verify/verify-service.js";
import type { Io } from "./io.js";

export const VERIFY_HELP = `Usage: opforge verify [options]

Compares each AWS spec with the official service model that botocore ships
(<models>/<endpointPrefix>/<apiVersion>/service-2.json): operations, HTTP
method and path, success status, member names, wire names, locations, types,
required flags, enum values, nested shapes, and errors with their statuses.
Differences are printed as file:line:col errors. A deliberate difference is
marked in the spec with verify: { ignore: [fact, ...], reason: "..." }
(see docs/verify.md). Services without an official model (Huawei) are skipped.

Options:
  --specs DIR       spec folder (default: specs)
  --models DIR      botocore data folder (default: ${DEFAULT_MODELS_DIR})
  --service NAME    only this service (repeatable)
  --quiet           print differences only
  -h, --help        show this help

Exit codes: 0 no differences, 1 differences or spec errors, 2 bad usage.`;

export async function verifyCommand(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(
    "verify",
    argv,
    {
      specs: { type: "string", default: "specs" },
      models: { type: "string", default: DEFAULT_MODELS_DIR },
      service: { type: "string", multiple: true },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    VERIFY_HELP,
    io,
  );
  if (typeof args === "number") return args;
  const only = args.service;
  let model;
  try {
    model = compileSpecs(path.resolve(args.specs!), { only }).model;
  } catch (e) {
    if (e instanceof SpecError) {
      for (const d of e.diagnostics) io.err(formatDiagnostic(d));
      io.err("\nThe specs have errors; fix them before verifying (npm run generate shows the same).");
      return 1;
    }
    throw e;
  }
  const missing = (only ?? []).filter((s) => !model.services.some((x) => x.id === s));
  if (missing.length) {
    io.err(`opforge verify: no service named ${missing.join(", ")} under ${args.specs}`);
    return 2;
  }
  const note = (line: string) => {
    if (!args.quiet) io.out(line);
  };
  let differences = 0;
  const locator = specFieldLocator();
  let checked = 0;
  for (const service of model.services) {
    if (service.vendor !== "aws") {
      note(`  ${service.id.padEnd(16)} skipped: ${service.vendor} publishes no machine-readable service model`);
      continue;
    }
    const located = locateModel(args.models!, service);
    if ("missing" in located) {
      io.err(`${service.loc.file}:${service.loc.line}:${service.loc.col} error: no official model for ${service.id}: ${located.missing} (install python3-botocore, or pass --models DIR)`);
      differences++;
      continue;
    }
    checked++;
    const result = verifyService(service, located.model, locator);
    const diagnostics: Diagnostic[] = sortDiagnostics(result.diagnostics);
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    differences += errors;
    for (const { finding, reason } of result.excused) {
      note(`  ${finding.loc.file}:${finding.loc.line}:${finding.loc.col} excused ${finding.fact}: ${finding.message} (${reason})`);
    }
    const model = path.relative(args.models!, located.file) || located.file;
    note(`  ${service.id.padEnd(16)} ${service.operations.length} operation(s) vs ${model}: ${errors} difference(s), ${result.excused.length} excused`);
  }
  if (differences) {
    io.err(`\n${differences} difference(s) from the official models. Fix the spec, or mark a deliberate one with verify: { ignore: [...], reason: "..." } (docs/verify.md).`);
    return 1;
  }
  note(`Verified ${checked} service(s) against the official models: no differences.`);
  return 0;
}
