/**
 * Builds a synthetic spec set of N operations from the real specs, for the
 * scale benchmark and tests. Each real service is a template: its operation
 * files are copied again and again, every copy renamed (operation, the shapes
 * its files declare, mock resource, path) so that nothing collides, and the
 * copies are spread over synthetic services of at most `maxOpsPerService`
 * operations each, e.g. `apigateway-s1`, `apigateway-s2`, ...
 *
 * Real services contribute operations in proportion to their size (the
 * three real services have 6, 4 and 8 operations: N = 1,800 gives 600 API
 * Gateway-like, 400 AmplifyBackend-like and 800 Huawei-like operations).
 *
 * An operation file may refer to a shape another operation file of its
 * service declares (`shapes:`). A copy can be cut in two by a service
 * boundary, or be the last, partial one, so the first file of each copy in
 * each service also declares the shapes its siblings there refer to but
 * nobody there declares.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { compareStrings } from "../../src/util/sort.js";

export interface SynthesizeOptions {
  /** Folder with the real specs (one sub-folder per service). */
  specsDir: string;
  /** Folder to write the synthetic specs into (created; existing files are overwritten). */
  outDir: string;
  /** Number of operations to produce. */
  operations: number;
  /** Largest number of operations in one synthetic service (default 100). */
  maxOpsPerService?: number;
}

export interface SynthesizedService {
  id: string;
  operations: string[];
}

type Raw = Record<string, unknown>;

interface Template {
  folder: string;
  service: Raw;
  /** Operation files in name order. */
  operations: Raw[];
  /** Shape names declared by the operation files (renamed in each copy). */
  localShapes: Set<string>;
  /** The operation files' `shapes:` entries, by name. */
  declared: Map<string, unknown>;
}

const MAX_OPERATIONS = 100_000;

/** Writes the synthetic set and returns its services, sorted by id. */
export function synthesizeSpecs(opts: SynthesizeOptions): SynthesizedService[] {
  const n = opts.operations;
  if (!Number.isInteger(n) || n < 1 || n > MAX_OPERATIONS) throw new Error(`operations must be an integer from 1 to ${MAX_OPERATIONS}, got ${n}`);
  const maxPer = opts.maxOpsPerService ?? 100;
  if (!Number.isInteger(maxPer) || maxPer < 1) throw new Error(`maxOpsPerService must be a positive integer, got ${maxPer}`);
  const templates = readTemplates(opts.specsDir);
  if (templates.length === 0) throw new Error(`no service with operations under ${opts.specsDir}`);

  // Deal copies of the templates' operations round-robin until N operations exist.
  const perTemplate = templates.map(() => [] as Array<{ op: Raw; copy: number }>);
  let total = 0;
  for (let copy = 1; total < n; copy++) {
    for (let t = 0; t < templates.length && total < n; t++) {
      for (const op of templates[t]!.operations) {
        if (total === n) break;
        perTemplate[t]!.push({ op, copy });
        total++;
      }
    }
  }

  const result: SynthesizedService[] = [];
  templates.forEach((tpl, t) => {
    const ops = perTemplate[t]!;
    const count = Math.ceil(ops.length / maxPer);
    for (let s = 0; s < count; s++) {
      const id = `${tpl.folder}-s${s + 1}`;
      const dir = path.join(opts.outDir, id);
      mkdirSync(dir, { recursive: true });
      const name = `${String(tpl.service.name)}S${s + 1}`;
      writeYaml(path.join(dir, "service.yaml"), { ...tpl.service, service: id, name });
      const names: string[] = [];
      const slice = ops.slice(s * maxPer, (s + 1) * maxPer);
      for (const copy of new Set(slice.map((o) => o.copy))) {
        const group = slice.filter((o) => o.copy === copy).map((o) => o.op);
        const renamed = group.map((op) => renameOperation(op, copy, tpl.localShapes));
        const missing = missingShapes(group, tpl.declared);
        if (missing.size) {
          const first = renamed[0]!;
          const extra = renameOperation({ shapes: Object.fromEntries(missing) }, copy, tpl.localShapes).shapes as Raw;
          first.shapes = { ...asRecord(first.shapes), ...extra };
        }
        for (const r of renamed) {
          const opName = String(r.operation);
          writeYaml(path.join(dir, `${opName}.yaml`), r);
          names.push(opName);
        }
      }
      result.push({ id, operations: names.sort(compareStrings) });
    }
  });
  return result.sort((a, b) => compareStrings(a.id, b.id));
}

function readTemplates(specsDir: string): Template[] {
  const templates: Template[] = [];
  const folders = readdirSync(specsDir)
    .filter((f) => statSync(path.join(specsDir, f)).isDirectory())
    .sort(compareStrings);
  for (const folder of folders) {
    const dir = path.join(specsDir, folder);
    const files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort(compareStrings);
    let service: Raw | undefined;
    const operations: Raw[] = [];
    for (const f of files) {
      const data = parse(readFileSync(path.join(dir, f), "utf8")) as Raw;
      if (f === "service.yaml") service = data;
      else operations.push(data);
    }
    if (!service || operations.length === 0) continue;
    const localShapes = new Set<string>();
    const declared = new Map<string, unknown>();
    for (const op of operations) {
      collectLocalShapes(op, localShapes);
      for (const [name, def] of Object.entries(asRecord(op.shapes))) declared.set(name, def);
    }
    templates.push({ folder, service, operations, localShapes, declared });
  }
  return templates;
}

/** Names of the shapes an operation file declares: `shapes:` keys and inline `name:`s. */
function collectLocalShapes(op: Raw, out: Set<string>) {
  const visit = (def: unknown) => walkTypeDef(def, (d) => {
    if (typeof d.name === "string") out.add(d.name);
  });
  visit(op.input);
  visit(op.output);
  for (const [name, def] of Object.entries(asRecord(op.shapes))) {
    out.add(name);
    visit(def);
  }
  for (const def of Object.values(asRecord(op.errors))) visit(def);
}

/**
 * The `shapes:` entries of other operation files that `group` refers to
 * (directly or through other such entries) but does not declare itself.
 */
function missingShapes(group: readonly Raw[], declared: ReadonlyMap<string, unknown>): Map<string, unknown> {
  const own = new Set(group.flatMap((op) => Object.keys(asRecord(op.shapes))));
  const out = new Map<string, unknown>();
  const refs = (def: unknown) => walkTypeDef(def, (d) => {
    if (typeof d.ref !== "string" || own.has(d.ref) || out.has(d.ref) || !declared.has(d.ref)) return;
    out.set(d.ref, declared.get(d.ref));
    refs(declared.get(d.ref));
  });
  for (const op of group) {
    refs(op.input);
    refs(op.output);
    for (const def of Object.values(asRecord(op.errors))) refs(def);
    for (const def of Object.values(asRecord(op.shapes))) refs(def);
  }
  return out;
}

/** A deep copy of `op` for copy number `copy`, with every local name suffixed. */
export function renameOperation(op: Raw, copy: number, localShapes: ReadonlySet<string>): Raw {
  const suffix = `X${String(copy).padStart(4, "0")}`;
  const out = structuredClone(op);
  const rename = (name: string) => (localShapes.has(name) ? `${name}${suffix}` : name);
  const fix = (def: unknown) => walkTypeDef(def, (d) => {
    if (typeof d.name === "string") d.name = rename(d.name);
    if (typeof d.ref === "string") d.ref = rename(d.ref);
  });
  if (out.operation !== undefined) out.operation = `${String(op.operation)}${suffix}`;
  fix(out.input);
  fix(out.output);
  for (const def of Object.values(asRecord(out.errors))) fix(def);
  if (out.shapes) {
    const shapes: Raw = {};
    for (const [name, def] of Object.entries(asRecord(out.shapes))) {
      fix(def);
      shapes[rename(name)] = def;
    }
    out.shapes = shapes;
  }
  const http = asRecord(out.http);
  if (typeof http.path === "string") http.path = `/c${copy}${http.path}`;
  // Resources are declared service-wide (service.yaml), which every copy shares: `resource.name` stays.
  return out;
}

/**
 * Calls `f` on `def` and every type definition nested in it (members, list
 * items, map keys and values). Examples and enum value lists are data, not
 * types, and are not visited.
 */
function walkTypeDef(def: unknown, f: (d: Raw) => void) {
  if (!def || typeof def !== "object" || Array.isArray(def)) return;
  const d = def as Raw;
  f(d);
  for (const m of Object.values(asRecord(d.members))) walkTypeDef(m, f);
  walkTypeDef(d.items, f);
  walkTypeDef(d.keys, f);
  if (!Array.isArray(d.values)) walkTypeDef(d.values, f);
}

function asRecord(v: unknown): Raw {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Raw) : {};
}

function writeYaml(file: string, data: Raw) {
  writeFileSync(file, `# Synthetic spec written by scripts/synthesize-specs.ts. Do not edit.\n${stringify(data, { lineWidth: 0 })}`);
}
