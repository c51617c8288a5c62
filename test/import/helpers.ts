/** Shared by the import tests: running the command, temporary folders, and a structural view of compiled operations. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { importCommand } from "../../src/cli/import-command.js";
import type { IrMember, IrService, IrType } from "../../src/ir/types.js";

export async function runImport(
  argv: string[],
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importCommand(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export function tempDir(): { dir: string; done(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), "opforge-import-"));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The two Huawei seed pages (../shared/seeds/ beside the repository), kept as fixtures so that the tests run anywhere. */
export const SEEDS = path.resolve(import.meta.dirname, "fixtures");
export const FIXTURES = path.resolve(import.meta.dirname, "fixtures");

/** What a comparison looks at; `constraints` adds lengths, ranges, patterns and defaults. */
export interface ViewOptions {
  constraints?: boolean;
  /** Errors to leave out of the view, by status. */
  omitStatuses?: readonly number[];
}

/**
 * An operation as plain data, independent of how the spec spells it: members
 * (shared ones included) with wire names, locations, required flags and
 * types, named shapes resolved (enums to their values, structures to their
 * members), and the resolved errors.
 */
export function operationView(service: IrService, op: string, opts: ViewOptions = {}): unknown {
  const o = service.operations.find((x) => x.name === op);
  if (!o) throw new Error(`${service.id} has no operation ${op}`);
  const shapes = new Map(service.shapes.map((s) => [s.name, s]));
  const seen = new Set<string>();
  const type = (t: IrType): unknown => {
    const c = opts.constraints;
    switch (t.kind) {
      case "ref": {
        const s = shapes.get(t.name)!;
        if (s.kind === "enum") return { enum: s.values.map((v) => v.value) };
        if (seen.has(s.name)) return { structure: "(recursive)" };
        seen.add(s.name);
        const out = { structure: members(s.members) };
        seen.delete(s.name);
        return out;
      }
      case "string":
        return c
          ? { string: true, minLength: t.minLength, maxLength: t.maxLength, pattern: t.pattern }
          : { string: true };
      case "list":
        return {
          list: type(t.items),
          ...(c ? { minItems: t.minItems, maxItems: t.maxItems } : {}),
        };
      case "map":
        return { map: { key: type(t.key), value: type(t.value) } };
      case "timestamp":
        return { timestamp: t.format };
      case "boolean":
        return { boolean: true };
      default:
        return c
          ? { [t.kind]: true, minimum: t.minimum, maximum: t.maximum, excluded: t.excluded }
          : { [t.kind]: true };
    }
  };
  const members = (ms: readonly IrMember[]) =>
    Object.fromEntries(
      ms.map((m) => [
        m.name,
        {
          wireName: m.wireName,
          location: m.location,
          required: m.required,
          type: type(m.type),
          ...(opts.constraints ? { default: m.default } : {}),
        },
      ]),
    );
  const structure = (name: string | undefined) => {
    const s = name === undefined ? undefined : shapes.get(name);
    return s?.kind === "structure" ? members(s.members) : undefined;
  };
  return {
    http: { method: o.http.method, path: o.http.path, successStatus: o.http.successStatus },
    input: structure(o.input),
    output: structure(o.output),
    errors: o.errors
      .filter((e) => !opts.omitStatuses?.includes(e.status))
      .map((e) => ({ name: e.name, status: e.status, code: e.code, retryable: e.retryable })),
  };
}
