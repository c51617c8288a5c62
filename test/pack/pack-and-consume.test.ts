/**
 * Pack and consume, for every package of the spec set under test: `npm pack`
 * ships exactly the package folder, its dependencies are exactly the bare
 * modules its JavaScript imports, and installed from the tarballs into a
 * project outside the repository the packages work as published: a plain
 * Node ESM script (no TypeScript loader) imports every export and asset,
 * starts each package's mock and calls every operation and forces every
 * error through the client; a TypeScript consumer using every operation's
 * input and output types, every error class and the mock passes
 * `tsc --noEmit` (strict, skipLibCheck off). Both consumers are written from
 * the IR; inputs come from test/support/input-cases.ts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "../support/env.js";
import { plainNodeConsumer, typeScriptConsumer } from "./consumers.js";

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, "..", "..");
const TSC = join(REPO, "node_modules", "typescript", "bin", "tsc");
const { model, generatedDir } = testEnv();

let dir: string;
const packed = new Map<string, string[]>();

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "opforge-consumer-"));
  expect(dir.startsWith(REPO)).toBe(false);
  const tarballs = await Promise.all(
    model.services.map(async (svc) => {
      const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", dir], { cwd: join(generatedDir, svc.id) });
      const [info] = JSON.parse(stdout.slice(stdout.indexOf("["))) as Array<{ filename: string; files: Array<{ path: string }> }>;
      packed.set(svc.id, info!.files.map((f) => f.path).sort());
      return join(dir, info!.filename);
    }),
  );
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...tarballs], { cwd: dir });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(model.services.map((s) => [s.id, s] as const))("%s", (id, svc) => {
  it("packs exactly the package folder", () => {
    expect(packed.get(id)).toEqual(filesUnder(join(generatedDir, id)));
  });

  it("depends on exactly the bare modules its JavaScript imports", () => {
    const installed = join(dir, "node_modules", svc.names.packageName);
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    const imported = new Set<string>();
    for (const f of filesUnder(installed).filter((f) => f.endsWith(".js"))) {
      for (const { fileName } of ts.preProcessFile(readFileSync(join(installed, f), "utf8"), true, true).importedFiles) {
        if (!fileName.startsWith(".") && !fileName.startsWith("node:")) imported.add(fileName.split("/").slice(0, fileName.startsWith("@") ? 2 : 1).join("/"));
      }
    }
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual([...imported].sort());
  });
});

describe("consumers of the installed packages", () => {
  it("a plain Node ESM script imports every export, and calls every operation and error through each mock", async () => {
    writeFileSync(join(dir, "consumer.mjs"), plainNodeConsumer(model));
    const { stdout } = await run(process.execPath, ["consumer.mjs"], { cwd: dir, timeout: 120_000 });
    const results = JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, { exports: string[]; assets: string[]; calls: Record<string, string>; errors: Record<string, string> }>;
    for (const svc of model.services) {
      const r = results[svc.id]!;
      expect(r.exports, svc.id).toEqual(expect.arrayContaining([svc.names.client, svc.names.serviceError, ...svc.errors.map((e) => e.name)]));
      expect(r.assets).toEqual(["openapi.yaml", `schema/${svc.id}.schema.json`]);
      for (const op of svc.operations) {
        expect(r.calls[op.name], `${svc.id} ${op.name}`).toBe(op.output === undefined ? "undefined" : "object");
        for (const e of op.errors) expect(r.errors[`${op.name} ${e.name}`], `${svc.id} ${op.name} ${e.name}`).toBe(`${e.name} ${e.status} ${e.code}`);
      }
    }
  }, 120_000);

  it("a TypeScript consumer of every operation, error and the mock passes tsc --noEmit", async () => {
    writeFileSync(join(dir, "consumer.ts"), typeScriptConsumer(model));
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: false,
          lib: ["ES2022", "DOM"],
          // The mock runs on Node: its declarations use node:http's types.
          typeRoots: [join(REPO, "node_modules", "@types")],
          types: ["node"],
        },
        files: ["consumer.ts"],
      }),
    );
    const result = await run(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: dir }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    expect(result.out).toBe("");
    expect(result.code).toBe(0);
  }, 120_000);
});
