/**
 * The emitted JSON Schema (one `schema/<service>.schema.json` per service):
 * compiles under ajv's strict mode, carries every constraint and the docs'
 * descriptions, uses documented member names, and splits a structure into
 * per-policy variants only where the policies differ.
 */
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { newAjv, schemaAjv } from "../validators/ajv.js";
import { emitServices, type EmittedService, type ValidationResultLike } from "../validators/generated-package.js";

const REPO = path.resolve(import.meta.dirname, "../..");
let real: EmittedService[] = [];
let fixtures: EmittedService[] = [];
let trees: EmittedService;

beforeAll(async () => {
  real = (await emitServices(path.join(REPO, "specs"))).services;
  fixtures = (await emitServices(path.join(REPO, "test/fixtures/specs"))).services;
  trees = (await emitServices(path.join(REPO, "test/validators/recursive-spec"))).services[0]!;
});

const svc = (list: EmittedService[], id: string) => list.find((s) => s.service.id === id)!;
type Obj = Record<string, any>;
const defs = (s: EmittedService) => (s.schema as Obj).$defs as Obj;

describe("every schema file", () => {
  test("is the one file of its service, compiles with Ajv2020 in strict mode, and refers only inside itself", () => {
    for (const s of [...real, ...fixtures, trees]) {
      expect([...s.files.keys()].filter((f) => f.startsWith("schema/")), s.service.id).toEqual([`schema/${s.service.id}.schema.json`]);
      const schema = s.schema as Obj;
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(() => newAjv(false).compile(schema), s.service.id).not.toThrow();
      for (const ref of JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? []) expect(ref).toMatch(/^"\$ref":"#\/\$defs\//);
      for (const shape of s.service.shapes) expect(Object.keys(defs(s)), `${s.service.id} ${shape.name}`).toContain(shape.name);
    }
  });
});

describe("constraints and docs", () => {
  test("Huawei: status range with not/enum, name pattern and lengths, enum-keyed map, descriptions", () => {
    const d = defs(svc(real, "huawei-apig"));
    const root = d.UpdateGatewayResponseRequest;
    expect(root.additionalProperties).toBe(false);
    expect(root.required).toEqual(["group_id", "instance_id", "name", "project_id", "response_id"]);
    expect(root.properties.name).toMatchObject({ type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" });
    expect(root.properties.name.description).toContain("Enter 1 to 64 characters");
    expect(root.properties.responses).toMatchObject({
      type: "object",
      propertyNames: { $ref: "#/$defs/GatewayResponseType" },
      additionalProperties: { $ref: "#/$defs/ResponseInfo" },
    });
    expect(d.ResponseInfo.properties.status).toMatchObject({ type: "integer", minimum: 200, maximum: 599, not: { enum: [444] } });
    expect(d.GatewayResponseType.enum).toHaveLength(17);
  });

  test("documented rules: closed values as enum, key and value patterns; lenient forms without them", () => {
    const d = defs(svc(real, "apigateway"));
    const auth = ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"];
    expect(d.PutMethodRequest.properties.authorizationType).toMatchObject({ type: "string", enum: auth });
    expect(d.PutMethodRequest.properties.requestParameters.propertyNames).toEqual({ type: "string", pattern: "^method\\.request\\.(querystring|path|header)\\..+$" });
    expect(d["PutMethodRequest.lenient"].properties.authorizationType).toEqual({ type: "string", examples: auth, description: d.PutMethodRequest.properties.authorizationType.description });
    expect(d["PutMethodRequest.lenient"].properties.requestParameters.propertyNames).toBeUndefined();
    expect(d.Method.properties.authorizationType.enum).toEqual(auth);
    expect(d.MethodResponse.properties.responseParameters.propertyNames.pattern).toBe("^method\\.response\\.header\\..+$");
    expect(d.IntegrationResponse.properties.responseParameters.additionalProperties.pattern).toBe("^('[\\s\\S]*'|integration\\.response\\.(header|body)\\..+)$");
    expect(d.Integration.properties.passthroughBehavior.enum).toEqual(["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"]);
  });

  test("bodies in wire names, error data, timestamps as dates, the list bound as maxItems", () => {
    const amplify = defs(svc(real, "amplifybackend"));
    expect(Object.keys(amplify["UpdateBackendAPIRequest.body"].properties)).toEqual(["resourceConfig", "resourceName"]);
    expect(amplify["UpdateBackendAPIRequest.body"].properties.resourceConfig.$ref).toBe("#/$defs/BackendAPIResourceConfig.wire");
    expect(Object.keys(amplify["BackendAPIResourceConfig.wire"].properties)).toContain("additionalAuthTypes");
    expect(amplify.BackendAPIResourceConfig.properties.AdditionalAuthTypes.maxItems).toBe(100000);
    expect(amplify.NotFoundExceptionData.properties).toHaveProperty("ResourceType");
    const petstore = JSON.stringify(svc(fixtures, "petstore").schema);
    expect(petstore).toContain('"format":"date-time"');
    expect(petstore).toMatch(/"pattern":"\^\(Mon\|Tue/);
  });

  test("AWS: integer range, output without additionalProperties, descriptions", () => {
    const d = defs(svc(real, "apigateway"));
    expect(d.Integration.properties.timeoutInMillis).toMatchObject({ type: "integer", minimum: 50, maximum: 29000 });
    expect(d.MethodResponse.properties.statusCode.pattern).toBe("[1-5]\\d\\d");
    expect(d.Method.additionalProperties).toBeUndefined();
    expect(d.Method.description).toContain("Represents a client-facing interface");
  });

  test("fixtures: long/float/double, list lengths, defaults, policies per service", () => {
    const text = JSON.stringify(svc(fixtures, "petstore").schema);
    expect(text).toContain('"type":"integer"');
    expect(text).toContain('"maxItems":5');
    const gadgets = defs(svc(fixtures, "gadgets"));
    expect(gadgets.UpdateGadgetRequest.properties.ttl).toMatchObject({ type: "integer", minimum: 0, maximum: 3600, default: 300 });
    // gadgets: inputs allow unknown members, outputs reject them.
    expect(gadgets.UpdateGadgetRequest.additionalProperties).toBeUndefined();
    expect(gadgets.UpdateGadgetResponse.additionalProperties).toBe(false);
  });
});

describe("per-policy variants", () => {
  test("a structure reached from inputs and outputs has its public form and a `.output` form", () => {
    const d = defs(svc(real, "huawei-apig"));
    expect(d.Identity.additionalProperties).toBe(false);
    expect(d["Identity.output"].additionalProperties).toBeUndefined();
    expect(d.UpdateCustomAuthorizerResponse.properties.identities.items.$ref).toBe("#/$defs/Identity.output");
    expect(d.UpdateCustomAuthorizerRequest.properties.identities.items.$ref).toBe("#/$defs/Identity");
  });

  test("each $defs entry agrees with the public validator of the same name", () => {
    const values = [{ label: "x" }, { label: "x", extra: 1 }, { label: "x", children: [{ label: "y", extra: 1 }] }, { label: "123456789" }];
    for (const name of ["TreeNode", "PutTreeRequest", "PutTreeResponse"]) {
      const check = schemaAjv(trees.schema, name);
      for (const v of values) {
        const value = name === "TreeNode" ? v : { id: "t", root: v };
        expect((trees.validators[`validate${name}`]!(value) as ValidationResultLike).valid, `${name} ${JSON.stringify(value)}`).toBe(check(value));
      }
    }
    // The lenient and body forms of an input with no open rule and no wire name refer to its one form.
    expect(Object.keys(defs(trees))).toEqual(["PutTreeRequest", "PutTreeRequest.body", "PutTreeRequest.lenient", "PutTreeResponse", "TreeNode", "TreeNode.output"]);
    expect(defs(trees)["PutTreeRequest.lenient"]).toEqual({ $ref: "#/$defs/PutTreeRequest" });
  });
});
