/**
 * Each generated openapi.yaml (spec set under test and fixtures) agrees with
 * the IR it was generated from, operation by operation: route and
 * operationId; parameters are the input's path, query and header members
 * under their wire names; a request body exactly when the input has body
 * members; one response per success and error status; no response content
 * for an operation without output (nor for HEAD or 204); the output's header
 * members as response headers. Structures are components, referenced and
 * never inlined; an error response is inline or shared under its errors'
 * names; every reference resolves and every component is used.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import type { IrMember, IrOperation, IrService, IrStructureShape } from "../../src/ir/types.js";
import { allEnvs } from "../support/env.js";

// Parsed YAML, navigated freely: the assertions are the type checks.
type Doc = any;

function structure(svc: IrService, name: string | undefined): IrStructureShape | undefined {
  const s = name === undefined ? undefined : svc.shapes.find((x) => x.name === name);
  return s?.kind === "structure" ? s : undefined;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const route = (op: IrOperation) => op.http.segments.map((s) => ("literal" in s ? s.literal : `{${s.label}}`)).join("");
const hasBody = (op: IrOperation) => op.output !== undefined && op.http.method !== "HEAD" && op.http.successStatus !== 204;

/** Every `$ref` in `node`, with where it is. */
function refs(node: unknown, at = "#", out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(node)) node.forEach((x, i) => refs(x, `${at}/${i}`, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push([at, v]);
      else refs(v, `${at}/${k}`, out);
    }
  }
  return out;
}

/** Places outside components where an object schema with properties is written inline. */
function inlineObjects(node: unknown, at = "#", out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((x, i) => inlineObjects(x, `${at}/${i}`, out));
  else if (node && typeof node === "object") {
    if (at.endsWith("/schema") && "properties" in node) out.push(at);
    for (const [k, v] of Object.entries(node)) inlineObjects(v, `${at}/${k}`, out);
  }
  return out;
}

/** An operation's response, resolved: inline, or a shared one named for its errors. */
function response(doc: Doc, r: Doc, errorNames: string[]): Doc {
  if (r.$ref === undefined) return r;
  expect(r.$ref).toBe(`#/components/responses/${errorNames.join("Or")}`);
  return doc.components.responses[errorNames.join("Or")];
}

const paramKey = (m: IrMember) => `${m.location}:${m.wireName}:${m.location === "path" ? true : m.required}`;

describe.each(allEnvs())("$name", ({ generatedDir, model }) => {
  describe.each(model.services.map((s) => [s.id, s] as const))("%s/openapi.yaml", (id, svc) => {
    const doc: Doc = parse(readFileSync(path.join(generatedDir, id, "openapi.yaml"), "utf8"));

    it("has exactly the service's operations, one per route", () => {
      const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) => Object.values(p).map((o) => o.operationId));
      expect(ids.sort()).toEqual(svc.operations.map((o) => o.name).sort());
    });

    it.each(svc.operations.map((op) => [op.name, op] as const))("%s agrees with the IR", (_name, op) => {
      const o = doc.paths[route(op)]?.[op.http.method.toLowerCase()];
      expect(o?.operationId, `${op.http.method} ${route(op)}`).toBe(op.name);
      const input = structure(svc, op.input)!;
      const params = (o.parameters ?? []).map((p: { in: string; name: string; required: boolean }) => `${p.in}:${p.name}:${p.required}`);
      expect(params.sort()).toEqual(input.members.filter((m) => m.location !== "body").map(paramKey).sort());

      const body = input.members.filter((m) => m.location === "body");
      if (body.length === 0) expect(o.requestBody).toBeUndefined();
      else {
        expect(o.requestBody.content["application/json"].schema).toEqual(ref(input.name));
        expect(o.requestBody.required).toBe(body.some((m) => m.required));
        expect(Object.keys(doc.components.schemas[input.name].properties).sort()).toEqual(body.map((m) => m.wireName).sort());
      }

      const statuses = [op.http.successStatus, ...new Set(op.errors.map((e) => e.status))].sort((a, b) => a - b).map(String);
      expect(Object.keys(o.responses)).toEqual(statuses);
      const success = o.responses[String(op.http.successStatus)];
      if (hasBody(op)) expect(success.content).toEqual({ "application/json": expect.objectContaining({ schema: ref(op.output!) }) });
      else expect(success.content).toBeUndefined();
      const outHeaders = structure(svc, op.output)?.members.filter((m) => m.location === "header").map((m) => m.wireName) ?? [];
      expect(Object.keys(success.headers ?? {}).sort()).toEqual(outHeaders.sort());

      for (const status of new Set(op.errors.map((e) => e.status))) {
        const errors = op.errors.filter((e) => e.status === status);
        const names = errors.map((e) => e.typeName);
        const schema = response(doc, o.responses[String(status)], errors.map((e) => e.name)).content["application/json"].schema;
        expect(schema, `error ${status}`).toEqual(names.length === 1 ? ref(names[0]!) : { anyOf: names.map(ref) });
      }
    });

    it("writes structures as components, referenced, never inline", () => {
      expect(inlineObjects(doc.paths)).toEqual([]);
      const components = doc.components?.schemas ?? {};
      for (const name of Object.keys(components)) {
        const shape = svc.shapes.find((s) => s.name === name);
        const error = svc.errors.find((e) => e.typeName === name);
        expect(shape ?? error, `component ${name} is a shape or an error's data`).toBeDefined();
      }
    });

    it("resolves every reference and uses every component", () => {
      const all = refs(doc);
      for (const [at, target] of all) {
        const m = /^#\/components\/(schemas|responses|securitySchemes)\/(.+)$/.exec(target);
        expect(m && Object.hasOwn(doc.components[m[1]!], m[2]!), `${target} at ${at}`).toBe(true);
      }
      const used = new Set(all.map(([, t]) => t));
      expect(Object.keys(doc.components?.schemas ?? {}).filter((n) => !used.has(`#/components/schemas/${n}`))).toEqual([]);
      expect(Object.keys(doc.components?.responses ?? {}).filter((n) => !used.has(`#/components/responses/${n}`))).toEqual([]);
    });
  });
});
