/**
 * The synthetic spec sets behind the scale benchmark: N operations copied
 * from the real specs with nothing colliding, and opforge generates them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renameOperation, synthesizeSpecs, type SynthesizedService } from "../../scripts/scale/synthesize-specs.js";
import { generate } from "../../src/pipeline/generate.js";
import type { ServiceTable } from "../../src/runtime/table/types.js";
import { testEnv } from "../support/env.js";

let root: string;
let services: SynthesizedService[];
const specs = () => path.join(root, "specs");

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "opforge-scale-"));
  services = synthesizeSpecs({ specsDir: testEnv().specsDir, outDir: specs(), operations: 20, maxOpsPerService: 6 });
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
      resource: { name: "Thing", action: "upsert" },
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
    expect(r.resource.name).toBe("Thing"); // resources are service-wide, shared by every copy
    expect(op.operation).toBe("GetThing"); // the template is not modified
  });

  it("rejects sizes it cannot honour", () => {
    expect(() => synthesizeSpecs({ specsDir: testEnv().specsDir, outDir: path.join(root, "x"), operations: 0 })).toThrow(/operations must be/);
    expect(() => synthesizeSpecs({ specsDir: testEnv().specsDir, outDir: path.join(root, "x"), operations: 5, maxOpsPerService: 0 })).toThrow(/maxOpsPerService/);
  });
});

describe("opforge generate on N = 20 synthetic operations", () => {
  it("succeeds and produces one package per synthetic service, with every operation in its table", async () => {
    const out = path.join(root, "out");
    const result = await generate({ specsDir: specs(), outDir: out });
    expect(result.services.map((s) => s.id)).toEqual(services.map((s) => s.id));
    for (const s of services) {
      expect(JSON.parse(readFileSync(path.join(out, s.id, "package.json"), "utf8")).name).toBe(`@opforge/${s.id}`);
      const { service } = (await import(pathToFileURL(path.join(out, s.id, "service.js")).href)) as { service: ServiceTable };
      expect(Object.keys(service.operations).sort()).toEqual(s.operations);
    }
  });
});
