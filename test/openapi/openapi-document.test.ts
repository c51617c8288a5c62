/**
 * Documented behaviours of the OpenAPI export on the real specs (wire names,
 * statuses, constraints, examples, security), and properties of every
 * generated document (YAML 1.1 and 1.2 read the same, deterministic, hostile
 * text stays data). That every document agrees with the IR, operation by
 * operation, is openapi-ir.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildDocument } from "../../src/emit/openapi/build-document.js";
import { renderOpenApi } from "../../src/emit/openapi/emit-openapi.js";
import type { IrService } from "../../src/ir/types.js";
import { allEnvs, testEnv } from "../support/env.js";

const { model, generatedDir } = testEnv();
const service = (id: string): IrService => model.services.find((s) => s.id === id)!;
// The generated file, parsed back, so the assertions cover serialization too.
const doc = (id: string) => parse(readFileSync(path.join(generatedDir, id, "openapi.yaml"), "utf8")) as any;
/** A response, its `$ref` to a shared one followed. */
const resolved = (d: any, r: any) => (r.$ref ? d.components.responses[r.$ref.split("/").pop()] : r);

describe("openapi export", () => {
  it("uses wire names in paths, parameters and bodies", () => {
    const d = doc("apigateway");
    const put = d.paths["/restapis/{restapi_id}/resources/{resource_id}/methods/{http_method}"].put;
    expect(put.operationId).toBe("PutMethod");
    expect(put.parameters.map((p: any) => `${p.in}:${p.name}:${p.required}`)).toEqual(["path:http_method:true", "path:resource_id:true", "path:restapi_id:true"]);
    const amp = doc("amplifybackend");
    const props = amp.components.schemas.UpdateBackendAPIRequest.properties;
    expect(Object.keys(props)).toEqual(["resourceConfig", "resourceName"]);
    expect(amp.components.schemas.UpdateBackendAPIRequest.required).toEqual(["resourceName"]);
    expect(props.resourceConfig.$ref).toBe("#/components/schemas/BackendAPIResourceConfig");
  });

  it("gives the success status and one response per error status", () => {
    const put = doc("apigateway").paths["/restapis/{restapi_id}/resources/{resource_id}/methods/{http_method}"].put;
    expect(Object.keys(put.responses)).toEqual(["201", "400", "401", "404", "409", "429"]);
    expect(put.responses["201"].content["application/json"].schema.$ref).toBe("#/components/schemas/Method");
    // Error responses are said once, under their errors' names, and referenced.
    expect(put.responses["429"]).toEqual({ $ref: "#/components/responses/LimitExceededExceptionOrTooManyRequestsException" });
    const tooMany = doc("apigateway").components.responses.LimitExceededExceptionOrTooManyRequestsException;
    expect(tooMany.description).toContain("`LimitExceededException`, retryable");
    expect(tooMany.description).toContain("`TooManyRequestsException`, retryable");
    expect(tooMany.content["application/json"].schema.anyOf).toEqual([
      { $ref: "#/components/schemas/LimitExceededExceptionData" },
      { $ref: "#/components/schemas/TooManyRequestsExceptionData" },
    ]);
    expect(Object.keys(tooMany.headers)).toEqual(["Retry-After", "X-Amzn-ErrorType"]);
    const pattern = new RegExp(tooMany.headers["X-Amzn-ErrorType"].schema.pattern, "u");
    expect(["LimitExceededException", "TooManyRequestsException:http://internal.amazon.com/coral/com.amazonaws.apigateway/"].map((v) => pattern.test(v))).toEqual([true, true]);
    expect(["BadRequestException", "LimitExceededExceptionX"].map((v) => pattern.test(v))).toEqual([false, false]);
  });

  it("carries constraints: excluded values, enum-keyed maps, patterns, lengths", () => {
    const d = doc("huawei-apig");
    const info = d.components.schemas.ResponseInfo.properties.status;
    expect(info).toMatchObject({ type: "integer", minimum: 200, maximum: 599, not: { enum: [444] } });
    const req = d.components.schemas.UpdateGatewayResponseRequest;
    expect(req.properties.responses.propertyNames).toEqual({ $ref: "#/components/schemas/GatewayResponseType" });
    expect(req.properties.name).toMatchObject({ type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" });
    expect(req.additionalProperties).toBe(false);
    expect(d.components.schemas.GatewayResponseType.enum).toContain("AUTH_FAILURE");
  });

  it("has the docs' examples and Huawei's error bodies", () => {
    const d = doc("huawei-apig");
    const op = Object.values(d.paths as Record<string, any>).map((p) => p.put).find((o: any) => o?.operationId === "UpdateGatewayResponse");
    const notFound = resolved(d, op.responses["404"]).content["application/json"].examples.NotFoundError.value;
    expect(notFound.error_code).toBe("APIG.3001");
    const account = doc("apigateway").paths["/account"].patch;
    const ex = Object.values(account.requestBody.content["application/json"].examples as Record<string, any>)[0];
    expect(ex.value.patchOperations[0].op).toBe("replace");
  });

  it("declares the vendor's security scheme", () => {
    expect(doc("apigateway").components.securitySchemes.sigv4).toMatchObject({ type: "apiKey", in: "header", name: "Authorization", "x-amazon-apigateway-authtype": "awsSigv4" });
    expect(doc("huawei-apig").components.securitySchemes.authToken).toMatchObject({ type: "apiKey", in: "header", name: "X-Auth-Token" });
    expect(doc("huawei-apig").security).toEqual([{ authToken: [] }]);
  });

  it("reads the same under YAML 1.1 and 1.2 (2015-07-09 stays a string for 1.1 parsers)", () => {
    for (const env of allEnvs()) {
      for (const s of env.model.services) {
        const text = readFileSync(path.join(env.generatedDir, s.id, "openapi.yaml"), "utf8");
        expect(parse(text, { version: "1.1" }), `${env.name} ${s.id}`).toEqual(parse(text));
      }
    }
    expect(doc("apigateway").info.version).toBe("2015-07-09");
  });

  it("is what the emitter renders from the IR, and deterministic", () => {
    for (const env of allEnvs()) {
      for (const s of env.model.services) {
        expect(renderOpenApi(structuredClone(s)), `${env.name} ${s.id}`).toBe(readFileSync(path.join(env.generatedDir, s.id, "openapi.yaml"), "utf8"));
      }
    }
  });

  it("keeps hostile text and keys as data", () => {
    const s = structuredClone(service("apigateway"));
    const hostile = "a | b\n`x` ${y} */ <script>\u2028 \"q\" 'q' #c: - [z]";
    s.title = hostile;
    const input = s.shapes.find((x) => x.name === "PutMethodRequest")!;
    if (input.kind !== "structure") throw new Error("structure expected");
    input.members.push({ ...input.members.find((m) => m.name === "operationName")!, name: "weird", wireName: "__proto__", documentation: hostile });
    const text = renderOpenApi(s);
    const d = parse(text) as any;
    expect(d.info.title).toBe(hostile);
    const props = d.components.schemas.PutMethodRequest.properties;
    expect(Object.hasOwn(props, "__proto__")).toBe(true);
    // Descriptions are CommonMark: HTML starts as entities, the rest is kept.
    expect(props["__proto__"].description).toBe(hostile.replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    s.documentation = hostile;
    const again = parse(renderOpenApi(s)) as any;
    for (const description of [again.info.description, again.tags[0].description]) expect(description).toContain("&lt;script&gt;");
    expect(buildDocument(s).info.title).toBe(hostile);
  });
});
