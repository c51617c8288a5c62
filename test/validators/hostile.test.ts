/**
 * Hostile input is data: `__proto__`, `constructor` and `prototype` keys are
 * validated like any other key and never reach a prototype; deep nesting and
 * huge arrays end with a clear problem, never a stack overflow or a hang.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { MAX_DEPTH, MAX_ITEMS, MAX_PROBLEMS } from "../../src/runtime/shared/validation.js";
import { emitServices, realValidators, type EmittedService, type ValidationResultLike, type ValidatorModule } from "./generated-package.js";
import { REPO } from "./differential.js";
import { schemaAjv } from "./ajv.js";

let apigateway: ValidatorModule;
let huawei: ValidatorModule;
let amplify: ValidatorModule;
let trees: EmittedService;

beforeAll(async () => {
  ({ apigateway, huawei, amplify } = await realValidators(REPO));
  trees = (await emitServices(path.join(import.meta.dirname, "recursive-spec"))).services[0]!;
});

afterAll(() => {
  // Nothing above may have written through a prototype.
  expect(Object.prototype).not.toHaveProperty("restApiId");
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const run = (mod: ValidatorModule, fn: string, value: unknown) => mod[fn]!(value) as ValidationResultLike;
const triples = (r: ValidationResultLike) => r.problems.map((p) => [p.path, p.rule, p.message]);
const putMethod = (over: Record<string, unknown> = {}) => ({ restApiId: "r", resourceId: "s", httpMethod: "GET", authorizationType: "NONE", ...over });

describe("prototype keys are plain data", () => {
  test("in a string-keyed map they are validated like any key", () => {
    const requestModels = JSON.parse('{"__proto__": "M1", "constructor": "M2", "prototype": "M3"}');
    expect(run(apigateway, "validatePutMethodRequest", putMethod({ requestModels })).valid).toBe(true);
    const bad = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "prototype": null}');
    expect(triples(run(apigateway, "validatePutMethodRequest", putMethod({ requestModels: bad })))).toEqual([
      ["/requestModels/__proto__", "type", "/requestModels/__proto__: must be a string"],
      ["/requestModels/constructor", "type", "/requestModels/constructor: must be a string"],
      ["/requestModels/prototype", "type", "/requestModels/prototype: must be a string"],
    ]);
  });

  test("in an enum-keyed map they are bad keys", () => {
    const responses = JSON.parse('{"__proto__": {"status": 200}, "constructor": {"status": 200}}');
    const r = run(huawei, "validateUpdateGatewayResponseRequest", { project_id: "p", instance_id: "i", group_id: "g", response_id: "r", name: "n", responses });
    expect(r.problems.map((p) => [p.path, p.rule])).toEqual([
      ["/responses/__proto__", "mapKey"],
      ["/responses/constructor", "mapKey"],
    ]);
  });

  test("an own __proto__ member is an unknown member, and its contents never satisfy required members", () => {
    const value = JSON.parse('{"__proto__": {"restApiId": "r", "resourceId": "s", "httpMethod": "GET", "authorizationType": "NONE"}}');
    expect(triples(run(apigateway, "validatePutMethodRequest", value))).toEqual([
      ["/authorizationType", "required", "/authorizationType: is required"],
      ["/httpMethod", "required", "/httpMethod: is required"],
      ["/resourceId", "required", "/resourceId: is required"],
      ["/restApiId", "required", "/restApiId: is required"],
      ["/__proto__", "unknownMember", "/__proto__: is not a member of PutMethodRequest"],
    ]);
  });

  test("members are own keys: inherited ones are not read, and a polluted Object.prototype is not seen", () => {
    const inherited = Object.create(putMethod());
    expect(run(apigateway, "validatePutMethodRequest", inherited).problems.map((p) => [p.path, p.rule])).toEqual([
      ["/authorizationType", "required"],
      ["/httpMethod", "required"],
      ["/resourceId", "required"],
      ["/restApiId", "required"],
    ]);
    const proto = Object.prototype as Record<string, unknown>;
    proto.pollutedKey = "x"; // enumerable, as a prototype-pollution bug leaves it
    try {
      expect(run(apigateway, "validatePutMethodRequest", putMethod({ requestModels: { "application/json": "M" } })).valid).toBe(true);
      expect(apigateway.checkPutMethodRequest!(putMethod())).toBe(true);
    } finally {
      delete proto.pollutedKey;
    }
  });

  test("JSON pointer tokens escape ~ and /", () => {
    const r = run(apigateway, "validatePutMethodRequest", putMethod({ requestModels: { "a/b~c": 1 }, "x/y": 1 }));
    expect(r.problems.map((p) => p.path)).toEqual(["/requestModels/a~1b~0c", "/x~1y"]);
  });
});

describe("bounds", () => {
  test("deep nesting where a scalar is expected stops at the first level: no recursion into the value", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const r = run(amplify, "validateUpdateBackendAPIRequest", { AppId: "a", BackendEnvironmentName: "b", ResourceName: "r", ResourceConfig: { ApiName: deep } });
    expect(triples(r)).toEqual([["/ResourceConfig/ApiName", "type", "/ResourceConfig/ApiName: must be a string"]]);
  });

  test("a recursive shape nested past MAX_DEPTH fails with maxDepth, even 100,000 levels deep", () => {
    const nest = (levels: number) => {
      let node: Record<string, unknown> = { label: "leaf" };
      for (let i = 0; i < levels; i++) node = { label: "n", children: [node] };
      return node;
    };
    const v = trees.validators;
    expect(run(v, "validateTreeNode", nest(MAX_DEPTH)).valid).toBe(true);
    const r = run(v, "validateTreeNode", nest(MAX_DEPTH + 1));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.rule).toBe("maxDepth");
    expect(r.problems[0]!.path).toBe("/children/0".repeat(MAX_DEPTH + 1));
    expect(r.problems[0]!.message).toBe(`${"/children/0".repeat(MAX_DEPTH + 1)}: is nested more than ${MAX_DEPTH} structures deep`);
    expect(run(v, "validateTreeNode", nest(100_000)).problems.map((p) => p.rule)).toEqual(["maxDepth"]);
    expect(v.checkTreeNode!(nest(100_000))).toBe(false);
  });

  test("a recursive shape within the limit agrees with ajv, under both policies", () => {
    const node = { label: "root", children: [{ label: "a", children: [] }, { label: "b", children: [{ label: "toolonglabel" }] }] };
    for (const [fn, key] of [["validatePutTreeRequest", "PutTreeRequest"], ["validatePutTreeResponse", "PutTreeResponse"]] as const) {
      const ajv = schemaAjv(trees.schema, key);
      for (const value of [{ id: "t", root: node }, { id: "t", root: { label: "x", extra: 1 } }, { root: { label: "ok" } }]) {
        expect(run(trees.validators, fn, value).valid, `${fn} ${JSON.stringify(value)}`).toBe(ajv(value));
      }
    }
    expect(run(trees.validators, "validatePutTreeResponse", { root: { label: "x", extra: 1 } }).valid).toBe(true);
    expect(run(trees.validators, "validatePutTreeRequest", { id: "t", root: { label: "x", extra: 1 } }).valid).toBe(false);
  });

  test("a list longer than MAX_ITEMS fails with maxItems (validator limit)", () => {
    const scopes = new Array<string>(MAX_ITEMS).fill("s");
    expect(run(apigateway, "validatePutMethodRequest", putMethod({ authorizationScopes: scopes })).valid).toBe(true);
    scopes.push("s");
    expect(triples(run(apigateway, "validatePutMethodRequest", putMethod({ authorizationScopes: scopes })))).toEqual([
      ["/authorizationScopes", "maxItems", `/authorizationScopes: must have at most ${MAX_ITEMS} items (validator limit)`],
    ]);
    expect(apigateway.checkPutMethodRequest!(putMethod({ authorizationScopes: scopes }))).toBe(false);
  });

  test("problems are capped at MAX_PROBLEMS, then one maxProblems problem", () => {
    const r = run(apigateway, "validatePutMethodRequest", putMethod({ authorizationScopes: new Array(MAX_ITEMS).fill(0) }));
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(r.problems[0]).toEqual({ path: "/authorizationScopes/0", rule: "type", message: "/authorizationScopes/0: must be a string" });
    expect(r.problems[MAX_PROBLEMS]).toEqual({ path: "", rule: "maxProblems", message: `(root): more than ${MAX_PROBLEMS} problems; the rest are not reported` });
  });
});

describe("results", () => {
  test("a value that is not an object gets one shared frozen result, the same problem the walk reports", () => {
    const a = run(apigateway, "validatePutMethodRequest", null);
    expect(a).toBe(run(apigateway, "validateMethod", "text"));
    expect(a.problems).toEqual([{ path: "", rule: "type", message: "(root): must be an object" }]);
    expect(Object.isFrozen(a) && Object.isFrozen(a.problems) && Object.isFrozen(a.problems[0])).toBe(true);
    // The same words as a nested non-object, reported by the walk.
    expect(run(apigateway, "validateMethod", { methodIntegration: [] }).problems[0]!.message).toBe("/methodIntegration: must be an object");
  });

  test("valid results are one shared frozen object", () => {
    const a = run(apigateway, "validatePutMethodRequest", putMethod());
    const b = run(apigateway, "validateIntegrationType", "HTTP");
    expect(a).toBe(b);
    expect(Object.isFrozen(a) && Object.isFrozen(a.problems)).toBe(true);
    expect(() => a.problems.push({ path: "", rule: "x", message: "x" })).toThrow(TypeError);
  });
});
