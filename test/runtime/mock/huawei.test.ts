/**
 * Huawei APIG from the real specs: the docs' example requests, sent as raw
 * HTTP, get the documented answers; errors carry the documented bodies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as validators from "../../../generated/huawei-apig/src/validators.js";
import type { IrOperation } from "../../../src/ir/types.js";
import { startMock } from "../../../src/runtime/mock/server.js";
import type { RunningMock } from "../../../src/runtime/mock/types.js";
import { irService, realDefinition } from "../helpers/real-specs.js";

const ir = irService("huawei-apig");
let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock([realDefinition("huawei-apig")]);
});
afterAll(async () => {
  await mock?.close();
});

function pathOf(op: IrOperation, values: Record<string, string> = {}): string {
  return op.http.segments.map((s) => ("literal" in s ? s.literal : encodeURIComponent(values[s.label] ?? `${s.label.replace(/_id$/, "")}-0d98`))).join("");
}

async function call(op: IrOperation, body: unknown, headers: Record<string, string> = { "X-Auth-Token": "token-from-iam" }, path = pathOf(op)) {
  const res = await fetch(mock.url + path, { method: op.http.method, headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

const exampleRequest = (op: IrOperation) => op.examples.find((e) => e.request?.body)!.request!.body as Record<string, unknown>;

for (const op of ir.operations) {
  const errors = new Map(op.errors.map((e) => [e.name, e]));
  const outputShape = ir.shapes.find((s) => s.name === op.output)!;
  describe(`huawei-apig ${op.name}`, () => {
    it("the docs' example request gets the docs' example answer (request members and path id echoed)", async () => {
      mock.reset();
      const example = op.examples.find((e) => e.request?.body && e.response?.body)!;
      const request = example.request!.body as Record<string, unknown>;
      const r = await call(op, request);
      expect(r.status).toBe(example.response!.status ?? op.http.successStatus);
      expect(r.headers.get("x-request-id")).toMatch(/\S/);
      expect(r.headers.get("content-type")).toBe("application/json;charset=UTF-8");
      const expected: Record<string, unknown> = { ...(example.response!.body as Record<string, unknown>) };
      const outNames = outputShape.kind === "structure" ? outputShape.members.map((m) => m.name) : [];
      for (const [k, v] of Object.entries(request)) if (outNames.includes(k)) expected[k] = v;
      for (const e of op.resource?.echo ?? []) expected[e.output] = `${e.input.replace(/_id$/, "")}-0d98`;
      expect(r.body).toEqual(expected);
      const validate = (validators as unknown as Record<string, (v: unknown) => { problems: unknown[] }>)[outputShape.validatorName]!;
      expect(validate(r.body).problems).toEqual([]);
    });

    it("without X-Auth-Token: 401 with the documented APIG.1002 body", async () => {
      const r = await call(op, exampleRequest(op), {});
      expect(r.status).toBe(401);
      expect(r.body).toEqual(errors.get("UnauthorizedError")!.example!.body);
    });

    it("an invalid parameter: 400 APIG.2011 naming it, as the docs' example does", async () => {
      const r = await call(op, { ...exampleRequest(op), name: "1 bad name!" });
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error_code: "APIG.2011", error_msg: "Invalid parameter value,parameterName:name. Please refer to the support documentation" });
    });

    it("a missing required parameter is named too", async () => {
      const { name: _, ...rest } = exampleRequest(op);
      const r = await call(op, rest);
      expect(r.status).toBe(400);
      expect(r.body["error_msg"]).toBe("Invalid parameter value,parameterName:name. Please refer to the support documentation");
    });

    it("Prefer: code=404 answers the operation's own 404 code", async () => {
      const r = await call(op, exampleRequest(op), { "X-Auth-Token": "t", Prefer: "code=404" });
      expect(r.status).toBe(404);
      expect(r.body).toEqual({ error_code: errors.get("NotFoundError")!.code, error_msg: "Not Found" });
    });

    for (const error of op.errors) {
      it(`Prefer: error=${error.name} answers ${error.status} ${error.code}`, async () => {
        const r = await call(op, exampleRequest(op), { "X-Auth-Token": "t", Prefer: `error=${error.name}` });
        expect(r.status).toBe(error.status);
        expect(r.body["error_code"]).toBe(error.code);
        const serviceWide = ir.errors.find((e) => e.name === error.name)?.example?.body;
        if (serviceWide) expect(r.body).toEqual(serviceWide);
      });
    }
  });
}

describe("huawei-apig service-wide errors and state", () => {
  const authorizer = ir.operations.find((o) => o.name === "UpdateCustomAuthorizer")!;
  const groupResponse = ir.operations.find((o) => o.name === "UpdateGatewayResponse")!;

  it("a nested invalid value is named by its wire path", async () => {
    const r = await call(groupResponse, { name: "response_demo", responses: { ACCESS_DENIED: { status: 444 } } });
    expect(r.status).toBe(400);
    expect(r.body["error_msg"]).toBe("Invalid parameter value,parameterName:responses.ACCESS_DENIED.status. Please refer to the support documentation");
  });

  it("updates are echoed and kept: a later update without a member still shows the stored value", async () => {
    mock.reset();
    const path = pathOf(authorizer, { authorizer_id: "auth-7" });
    const first = await call(authorizer, { ...exampleRequest(authorizer), user_data: "kept-value", ttl: 30 }, undefined, path);
    expect(first.body).toMatchObject({ user_data: "kept-value", ttl: 30, id: "auth-7" });
    const { user_data: _, ...withoutUserData } = exampleRequest(authorizer);
    const second = await call(authorizer, { ...withoutUserData, name: "Renamed_authorizer" }, undefined, path);
    expect(second.body).toMatchObject({ user_data: "kept-value", ttl: 30, name: "Renamed_authorizer", id: "auth-7" });
    const other = await call(authorizer, withoutUserData, undefined, pathOf(authorizer, { authorizer_id: "auth-8" }));
    expect(other.body["user_data"]).not.toBe("kept-value");
  });

  it("an operation's own error example wins over the service-wide one", async () => {
    const def = realDefinition("huawei-apig");
    const example = { body: { error_code: "APIG.3081", error_msg: "The authorizer does not exist" } };
    const operations = { ...def.mock.operations, UpdateCustomAuthorizer: { ...def.mock.operations["UpdateCustomAuthorizer"]!, errorExamples: { NotFoundError: example } } };
    const own = await startMock([{ service: def.service, mock: { ...def.mock, operations } }]);
    try {
      const res = await fetch(own.url + pathOf(authorizer), { method: "PUT", headers: { "x-auth-token": "t", prefer: "error=NotFoundError", "content-type": "application/json" }, body: "{}" });
      expect(await res.json()).toEqual(example.body);
    } finally {
      await own.close();
    }
  });
});
