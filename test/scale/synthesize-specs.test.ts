/**
 * The synthetic spec sets behind the scale benchmark: N operations copied
 * from the real specs with nothing colliding, and opforge generates them.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renameOperation, synthesizeSpecs, type SynthesizedService } from "../../src/scale/synthesize-specs.js";
import { REPO } from "../cli/cli-helpers.js";

let root: string;
let services: SynthesizedService[];
const specs = () => path.join(root, "specs");

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "opforge-scale-"));
  services = synthesizeSpecs({ specsDir: path.join(REPO, "specs"), outDir: specs(), operations: 20, maxOpsPerService: 6 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("synthesizeSpecs", () => {
  it("writes exactly N operations over services of at most the given size", () => {
    const counts = services.map((s) => s.operations.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(services.map((s) => s.id)).toEqual(readdirSync(specs()).sort());
    for (const s of services) expect(readdirSync(path.join(specs(), s.id))).toEqual(expect.arrayContaining(["service.yaml", ...s.operations.map((o) => `${o}.yaml`)]));
  });

  it("gives every copy its own operation names, paths and shape names", () => {
    for (const s of services) {
      const routes = new Set<string>();
      const shapes = new Set<string>();
      for (const op of s.operations) {
        const data = parse(readFileSync(path.join(specs(), s.id, `${op}.yaml`), "utf8"));
        const route = `${data.http.method} ${data.http.path}`;
        expect(routes.has(route), route).toBe(false);
        routes.add(route);
        for (const name of Object.keys(data.shapes ?? {})) {
          expect(shapes.has(name), name).toBe(false);
          shapes.add(name);
        }
      }
      expect(new Set(s.operations).size).toBe(s.operations.length);
    }
  });

  it("renames local shapes and their refs, keeps service-wide refs and example data", () => {
    const op = {
      operation: "GetThing",
      http: { method: "GET", path: "/things/{id}" },
      input: { type: "structure", name: "GetThingRequest", members: { id: { type: "string" }, filter: { ref: "Filter" }, shared: { ref: "PatchOperation" } } },
      output: { ref: "Thing" },
      shapes: { Thing: { type: "structure", members: { name: { type: "string" }, kind: { type: "enum", name: "ThingKind", values: ["A", "B"] } } }, Filter: { type: "structure", members: {} } },
      examples: [{ title: "t", response: { body: { name: "Thing" } } }],
      mock: { resource: "Thing", key: ["id"], action: "upsert" },
    };
    const local = new Set(["GetThingRequest", "Thing", "ThingKind", "Filter"]);
    const r = renameOperation(op, 7, local) as any;
    expect(r.operation).toBe("GetThingX0007");
    expect(r.http.path).toBe("/c7/things/{id}");
    expect(r.input.name).toBe("GetThingRequestX0007");
    expect(r.input.members.filter.ref).toBe("FilterX0007");
    expect(r.input.members.shared.ref).toBe("PatchOperation");
    expect(r.output.ref).toBe("ThingX0007");
    expect(Object.keys(r.shapes)).toEqual(["ThingX0007", "FilterX0007"]);
    expect(r.shapes.ThingX0007.members.kind.name).toBe("ThingKindX0007");
    expect(r.shapes.ThingX0007.members.name).toEqual({ type: "string" });
    expect(r.examples).toEqual(op.examples);
    expect(r.mock.resource).toBe("ThingX0007");
    expect(op.operation).toBe("GetThing"); // the template is not modified
  });

  it("rejects sizes it cannot honour", () => {
    expect(() => synthesizeSpecs({ specsDir: path.join(REPO, "specs"), outDir: path.join(root, "x"), operations: 0 })).toThrow(/operations must be/);
    expect(() => synthesizeSpecs({ specsDir: path.join(REPO, "specs"), outDir: path.join(root, "x"), operations: 5, maxOpsPerService: 0 })).toThrow(/maxOpsPerService/);
  });
});

describe("opforge generate on N = 20 synthetic operations", () => {
  it("succeeds and produces one package per synthetic service", { timeout: 660_000 }, () => {
    const out = path.join(root, "out");
    // Like runCli, with room for a loaded 2-core machine.
    const r = spawnSync(process.execPath, ["--import", "tsx", path.join(REPO, "src/cli/main.ts"), "generate", "--quiet", "--specs", specs(), "--out", out], { cwd: REPO, encoding: "utf8", timeout: 600_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    for (const s of services) {
      expect(JSON.parse(readFileSync(path.join(out, s.id, "package.json"), "utf8")).name).toBe(`@opforge/${s.id}`);
      const types = readFileSync(path.join(out, s.id, "src/types.ts"), "utf8");
      for (const op of s.operations) expect(types).toContain(op);
    }
  });
});
