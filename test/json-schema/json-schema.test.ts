/**
 * The emitted JSON Schema: compiles under ajv's strict mode, carries every
 * constraint and the docs' descriptions, uses documented member names, and
 * splits a structure into per-policy variants only where the policies differ.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
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

describe("every schema file", () => {
  test("compiles with Ajv2020 in strict mode, self-contained (only local $refs)", () => {
    let files = 0;
    for (const s of [...real, ...fixtures, trees]) {
      expect([...s.schemas.keys()]).toContain(`schema/${s.service.id}.schema.json`);
      for (const op of s.service.operations) {
        expect(s.schemas.has(`schema/${op.name}.input.schema.json`)).toBe(true);
        expect(s.schemas.has(`schema/${op.name}.output.schema.json`)).toBe(true);
      }
      for (const [file, schema] of s.schemas) {
        expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
        expect(() => new Ajv2020({ strict: true }).compile(schema), `${s.service.id}/${file}`).not.toThrow();
        for (const ref of JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? []) expect(ref).toMatch(/^"\$ref":"#\/\$defs\//);
        files++;
      }
    }
    expect(files).toBeGreaterThan(20);
  });
});

describe("constraints and docs", () => {
  test("Huawei: status range with not/enum, name pattern and lengths, enum-keyed map, descriptions", () => {
    const s = svc(real, "huawei-apig").schemas.get("schema/UpdateGatewayResponse.input.schema.json")! as Obj;
    const root = s.$defs.UpdateGatewayResponseRequest;
    expect(s.$ref).toBe("#/$defs/UpdateGatewayResponseRequest");
    expect(root.additionalProperties).toBe(false);
    expect(root.required).toEqual(["group_id", "instance_id", "name", "project_id", "response_id"]);
    expect(root.properties.name).toMatchObject({ type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" });
    expect(root.properties.name.description).toContain("Enter 1 to 64 characters");
    expect(root.properties.responses).toMatchObject({
      type: "object",
      propertyNames: { $ref: "#/$defs/GatewayResponseType" },
      additionalProperties: { $ref: "#/$defs/ResponseInfo" },
    });
    expect(s.$defs.ResponseInfo.properties.status).toMatchObject({ type: "integer", minimum: 200, maximum: 599, not: { enum: [444] } });
    expect(s.$defs.GatewayResponseType.enum).toHaveLength(17);
  });

  test("AWS: integer range, open-set strings as examples, output without additionalProperties", () => {
    const out = svc(real, "apigateway").schemas.get("schema/PutMethod.output.schema.json")! as Obj;
    expect(out.$defs.Integration.properties.timeoutInMillis).toMatchObject({ type: "integer", minimum: 50, maximum: 29000 });
    expect(out.$defs.MethodResponse.properties.statusCode.pattern).toBe("[1-5]\\d\\d");
    expect(out.$defs.Method.additionalProperties).toBeUndefined();
    expect(out.$defs.Method.properties.authorizationType.examples).toEqual(["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"]);
    expect(out.$defs.Method.description).toContain("Represents a client-facing interface");
  });

  test("fixtures: timestamps as patterns, long/float/double, list lengths, defaults", () => {
    const s = svc(fixtures, "petstore").schemas.get("schema/petstore.schema.json")! as Obj;
    const text = JSON.stringify(s);
    expect(text).toContain('"type":"integer"');
    expect(text).toContain('"maxItems":5');
    expect(text).toMatch(/"pattern":"\^\(Mon\|Tue/);
    const gadgets = svc(fixtures, "gadgets").schemas.get("schema/UpdateGadget.input.schema.json")! as Obj;
    expect(gadgets.$defs.UpdateGadgetRequest.properties.ttl).toMatchObject({ type: "integer", minimum: 0, maximum: 3600, default: 300 });
    // gadgets: inputs allow unknown members, outputs reject them.
    expect(gadgets.$defs.UpdateGadgetRequest.additionalProperties).toBeUndefined();
    const gOut = svc(fixtures, "gadgets").schemas.get("schema/UpdateGadget.output.schema.json")! as Obj;
    expect(gOut.$defs.UpdateGadgetResponse.additionalProperties).toBe(false);
  });
});

describe("per-policy variants in the service file", () => {
  test("a structure reached from inputs and outputs has its public form and a `.output` form", () => {
    const s = svc(real, "huawei-apig").schemas.get("schema/huawei-apig.schema.json")! as Obj;
    expect(s.$defs.Identity.additionalProperties).toBe(false);
    expect(s.$defs["Identity.output"].additionalProperties).toBeUndefined();
    expect(s.$defs.UpdateCustomAuthorizerResponse.properties.identities.items.$ref).toBe("#/$defs/Identity.output");
    expect(s.$defs.UpdateCustomAuthorizerRequest.properties.identities.items.$ref).toBe("#/$defs/Identity");
  });

  test("each $defs entry agrees with the public validator of the same name", () => {
    const t = trees;
    const schema = t.schemas.get("schema/trees.schema.json")! as Obj;
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addSchema(schema, "trees");
    const values = [{ label: "x" }, { label: "x", extra: 1 }, { label: "x", children: [{ label: "y", extra: 1 }] }, { label: "123456789" }];
    for (const name of ["TreeNode", "PutTreeRequest", "PutTreeResponse"]) {
      const check = ajv.getSchema(`trees#/$defs/${name}`)!;
      for (const v of values) {
        const value = name === "TreeNode" ? v : { id: "t", root: v };
        expect((t.validators[`validate${name}`]!(value) as ValidationResultLike).valid, `${name} ${JSON.stringify(value)}`).toBe(check(value));
      }
    }
    expect(Object.keys(schema.$defs)).toEqual(["PutTreeRequest", "PutTreeResponse", "TreeNode", "TreeNode.output"]);
  });
});
