/** `opforge import`: draft specs from a vendor's own sources (botocore models, Huawei API reference pages). */
import path from "node:path";
import { parseCommandArgs } from "./parse-command-args.js";
import { DEFAULT_MODELS_DIR } from "../verify/service-model.js";
import type { ImportDraft } from "../import/common/draft-file.js";
import { UsageError } from "../import/common/usage-error.js";
import { writeDrafts } from "../import/common/write-drafts.js";
import { checkImported } from "../import/common/post-check.js";
import type { Io } from "./io.js";

/** `opforge import --help`. */
export const IMPORT_HELP = `Usage: opforge import aws <service> [options]
       opforge import huawei <page> [options]

Drafts spec files from the vendor's own sources, to be reviewed by hand:
  aws      the botocore service model <models>/<service>/<version>/service-2.json
           (newest version unless --api-version): operations, members, wire
           names, locations, types, constraints, enums, errors, documentation,
           shared path members, and a draft resource model
  huawei   one Huawei Cloud API reference page, as text (copied from the
           browser), HTML, or the reStructuredText of the docs repositories:
           method, URI, parameter tables, constraints stated in descriptions,
           nested object tables, responses and errors per status, examples

Writes <out>/<service>/service.yaml and one <Operation>.yaml per operation.
An existing file is not overwritten: its differences from the draft are
printed as a unified diff (use --force to overwrite). An existing
service.yaml only gains what the new operations need. The folder is then
compiled (and, for aws, verified against the model).

Options:
  --out DIR            spec folder (default: specs)
  --force              overwrite existing files that differ from the draft
  --check              write nothing; exit 1 if any file would be created or changed
  --quiet              print differences and errors only
  -h, --help           show this help
aws:
  --operations A,B     only these operations (comma-separated, repeatable; default all)
  --models DIR         botocore data folder (default: ${DEFAULT_MODELS_DIR})
  --api-version V      a model version other than the newest
huawei:
  --service NAME       service id / folder (default: huawei-apig)
  --operation NAME     operation name (default: from the page: its original
                       file name, else its title)
  --format F           text | html | rst (default: from the file name and content)
  --url URL            the page's public address, for sources:

Exit codes: 0 drafted (differences shown but not written are not failures),
1 the folder does not compile or verify after writing, or --check found
differences, 2 bad usage.`;

/** Runs `opforge import`; returns the exit code (0 drafted, 1 not compiling or --check differences, 2 usage). */
export async function importCommand(argv: string[], io: Io): Promise<number> {
  const { positional, options } = splitArgs(argv);
  const args = parseCommandArgs(
    "import",
    options,
    {
      out: { type: "string", default: "specs" },
      force: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      operations: { type: "string", multiple: true },
      models: { type: "string", default: DEFAULT_MODELS_DIR },
      "api-version": { type: "string" },
      service: { type: "string" },
      operation: { type: "string" },
      format: { type: "string" },
      url: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    IMPORT_HELP,
    io,
  );
  if (typeof args === "number") return args;
  const [vendor, target, ...extra] = positional;
  const usage = (message: string) => {
    io.err(`opforge import: ${message}\n\n${IMPORT_HELP}`);
    return 2;
  };
  if (!vendor) return usage("say what to import: aws <service> or huawei <page>");
  if (vendor !== "aws" && vendor !== "huawei")
    return usage(`unknown source '${vendor}' (aws or huawei)`);
  if (!target)
    return usage(
      vendor === "aws"
        ? "name the botocore service, e.g. aws apigateway"
        : "name the page file, e.g. huawei page.txt",
    );
  if (extra.length) return usage(`unexpected argument '${extra[0]}'`);
  const awsOnly = ["operations", "api-version"].filter(
    (k) => args[k as keyof typeof args] !== undefined,
  );
  const huaweiOnly = ["service", "operation", "format", "url"].filter(
    (k) => args[k as keyof typeof args] !== undefined,
  );
  if (vendor === "aws" && huaweiOnly.length)
    return usage(`--${huaweiOnly[0]} applies to huawei imports`);
  if (vendor === "huawei" && awsOnly.length) return usage(`--${awsOnly[0]} applies to aws imports`);
  const note = (line: string) => {
    if (!args.quiet) io.out(line);
  };
  const outDir = args.out!;
  // The files name what drafted them; options that change no content are left out so re-imports stay identical.
  const command = `opforge import ${vendor} ${vendor === "aws" ? target : path.basename(target)}`;
  const started = performance.now();
  let draft: ImportDraft;
  let service: string;
  try {
    if (vendor === "aws") {
      const { runAwsImport } = await import("../import/aws/run-aws.js");
      const operations = args.operations
        ?.flatMap((s) => s.split(","))
        .map((s) => s.trim())
        .filter(Boolean);
      ({ draft, service } = runAwsImport(
        {
          service: target,
          operations,
          modelsDir: args.models!,
          apiVersion: args["api-version"],
          outDir,
          command,
        },
        note,
      ));
    } else {
      const { runHuaweiImport } = await import("../import/huawei/run-huawei.js");
      ({ draft, service } = runHuaweiImport(
        {
          page: target,
          service: args.service ?? "huawei-apig",
          operation: args.operation,
          format: args.format,
          url: args.url,
          outDir,
          command,
        },
        note,
      ));
    }
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  for (const n of draft.notes)
    (n.level === "warning" ? io.err : note)(`${n.level === "warning" ? "warning: " : ""}${n.text}`);
  const written = writeDrafts(outDir, draft.files, { force: args.force!, check: args.check! }, io);
  for (const o of written.outcomes) note(`  ${o.outcome.padEnd(12)} ${o.path}`);
  const ms = Math.round(performance.now() - started);
  if (args.check) {
    note(`${written.differences} file(s) would be created or changed (${ms} ms).`);
    return written.differences ? 1 : 0;
  }
  const checkStarted = performance.now();
  const post = checkImported(
    path.resolve(outDir),
    service,
    vendor === "aws" ? args.models : undefined,
  );
  const checkMs = Math.round(performance.now() - checkStarted);
  for (const l of post.lines) (post.ok ? note : io.err)(`  ${l}`);
  if (
    !post.ok &&
    written.outcomes.some((o) => o.outcome === "differs" && o.path.endsWith("service.yaml"))
  ) {
    io.err(
      "  service.yaml was kept as it is: the new operations need the entries its diff adds (--force writes them).",
    );
  }
  const kept = written.outcomes.filter((o) => o.outcome === "differs").length;
  note(
    `Drafted ${draft.files.length} file(s) into ${path.join(outDir, service)} in ${ms} ms (checked in ${checkMs} ms)${kept ? `; ${kept} existing file(s) differ and were kept (diffs above; --force to overwrite)` : ""}.`,
  );
  return post.ok ? 0 : 1;
}

const WITH_VALUE = new Set([
  "--out",
  "--operations",
  "--models",
  "--api-version",
  "--service",
  "--operation",
  "--format",
  "--url",
]);

/** Positional arguments apart from options (the shared option parser is strict and takes options only). */
function splitArgs(argv: string[]): { positional: string[]; options: string[] } {
  const positional: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith("-") || a === "-") {
      positional.push(a);
      continue;
    }
    options.push(a);
    if (WITH_VALUE.has(a) && i + 1 < argv.length) options.push(argv[++i]!);
  }
  return { positional, options };
}
