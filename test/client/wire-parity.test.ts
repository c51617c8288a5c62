/**
 * Wire parity: the official AWS SDK for JavaScript v3 and our generated
 * clients send the same request for the same input (method, path with
 * percent-encoded labels, query, member headers, content type, JSON body byte
 * for byte), captured on a loopback server. Huawei requests match the docs'
 * example requests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIGatewayClient, PutMethodCommand, UpdateAccountCommand } from "@aws-sdk/client-api-gateway";
import { AmplifyBackendClient, UpdateBackendAPICommand } from "@aws-sdk/client-amplifybackend";
import { ApiGatewayClient } from "../../generated/apigateway/src/client.js";
import { AmplifyBackendClient as OurAmplifyBackendClient } from "../../generated/amplifybackend/src/client.js";
import { HuaweiApigClient } from "../../generated/huawei-apig/src/client.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import type { IrOperation, IrService } from "../../src/ir/types.js";
import { startCaptureServer, type CaptureServer, type CapturedRequest } from "./capture-server.js";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const region = "us-east-1";
const model = compileSpecs("specs").model;
const service = (id: string): IrService => model.services.find((s) => s.id === id)!;

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer((req) => ({ status: req.url.startsWith("/restapis/") ? 201 : 200, body: "{}" }));
});
afterAll(() => server.close());

/** Sends with `send`, returns the one request the server saw. */
async function capture(send: () => Promise<unknown>): Promise<CapturedRequest> {
  const before = server.requests.length;
  await send();
  expect(server.requests.length).toBe(before + 1);
  return server.requests[before]!;
}

/** Header names that carry input members of `op`, lower case. */
function memberHeaders(svc: IrService, op: IrOperation): string[] {
  const input = svc.shapes.find((s) => s.name === op.input);
  return input?.kind === "structure" ? input.members.filter((m) => m.location === "header").map((m) => m.wireName.toLowerCase()) : [];
}

function expectSameWire(ours: CapturedRequest, sdk: CapturedRequest, headerNames: readonly string[]): void {
  expect(ours.method).toBe(sdk.method);
  const [oursPath, oursQuery = ""] = ours.url.split("?");
  const [sdkPath, sdkQuery = ""] = sdk.url.split("?");
  expect(oursPath).toBe(sdkPath);
  expect([...new URLSearchParams(oursQuery)]).toEqual([...new URLSearchParams(sdkQuery)]);
  expect(ours.headers["content-type"]).toBe(sdk.headers["content-type"]);
  for (const h of headerNames) expect(ours.headers[h]).toBe(sdk.headers[h]);
  expect(ours.body === "" ? undefined : JSON.parse(ours.body)).toEqual(sdk.body === "" ? undefined : JSON.parse(sdk.body));
  expect(ours.body).toBe(sdk.body);
  // Both are SigV4-signed for the same scope.
  expect(ours.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/[a-z]+\/aws4_request, /);
  expect(ours.headers.authorization!.split("/")[3]).toBe(sdk.headers.authorization!.split("/")[3]);
}

const HOSTILE_LABELS = ["a b/c", "%", "%25", "ü-名前-😀", "!'()*~", "...", "a+b=c&d", "\u2028", "?#[]@"];

/** Every AWS operation with several inputs. Keys are operation names; the test checks all are covered. */
const CASES: Record<string, Array<{ title: string; input: Record<string, unknown> }>> = {
  PutMethod: [
    { title: "required members only", input: { restApiId: "abc123", resourceId: "r1", httpMethod: "GET", authorizationType: "NONE" } },
    ...HOSTILE_LABELS.map((label) => ({
      title: `path labels ${JSON.stringify(label)}`,
      input: { restApiId: label, resourceId: label + "x", httpMethod: label, authorizationType: "AWS_IAM" },
    })),
    {
      title: "every member, maps and lists, members given in reverse order",
      input: {
        authorizationScopes: ["email", "openid", "名前"],
        requestValidatorId: "rv1",
        requestModels: { "application/json": "Empty", "text/plain": "Text \"quoted\"" },
        requestParameters: { "method.request.header.x-id": true, "method.request.querystring.q": false },
        operationName: "ListPets \u2028 `${x}` */",
        apiKeyRequired: true,
        authorizerId: "auth1",
        authorizationType: "CUSTOM",
        httpMethod: "ANY",
        resourceId: "res 1",
        restApiId: "api/1",
      },
    },
    {
      title: "null and undefined members, null items and values, unknown members",
      input: {
        restApiId: "a",
        resourceId: "b",
        httpMethod: "POST",
        authorizationType: "NONE",
        authorizerId: undefined,
        operationName: null,
        authorizationScopes: ["x", null, "y"],
        requestParameters: { k: null, j: true },
        requestModels: {},
        notAMember: 1,
      },
    },
  ],
  UpdateAccount: [
    { title: "no members", input: {} },
    { title: "empty list", input: { patchOperations: [] } },
    {
      title: "patch operations with every member, reverse order",
      input: {
        patchOperations: [
          { value: "arn:aws:iam::123456789012:role/apigAwsProxyRole", path: "/cloudwatchRoleArn", op: "replace" },
          { from: "/a~1b", path: "/c", op: "copy" },
          { op: "add", path: "/features", value: "UsagePlans" },
          { op: "remove", path: "/x", value: null, extra: "dropped" },
        ],
      },
    },
  ],
  UpdateBackendAPI: [
    { title: "required members only", input: { AppId: "app1", BackendEnvironmentName: "dev", ResourceName: "api" } },
    ...HOSTILE_LABELS.map((label) => ({ title: `path labels ${JSON.stringify(label)}`, input: { AppId: label, BackendEnvironmentName: label, ResourceName: "r" } })),
    {
      title: "nested structures, lists and doubles",
      input: {
        ResourceConfig: {
          TransformSchema: "type Todo @model { id: ID! }",
          Service: "AppSync",
          DefaultAuthType: { Settings: { ExpirationTime: 7.5, Description: "key", OpenIDProviderName: "p" }, Mode: "API_KEY" },
          ConflictResolution: { ResolutionStrategy: "AUTOMERGE" },
          ApiName: "todo",
          AdditionalAuthTypes: [{ Mode: "AWS_IAM" }, { Mode: "OPENID_CONNECT", Settings: { OpenIDIssueURL: "https://issuer", OpenIDClientId: "c", OpenIDIatTTL: "60", OpenIDAuthTTL: "30" } }],
        },
        ResourceName: "api",
        BackendEnvironmentName: "prod",
        AppId: "d1",
      },
    },
  ],
};

describe("AWS wire parity with the official SDK", () => {
  it("has cases for every AWS operation in the specs", () => {
    const awsOps = model.services.filter((s) => s.vendor === "aws").flatMap((s) => s.operations.map((o) => o.name));
    expect(Object.keys(CASES).sort()).toEqual(awsOps.sort());
  });

  const apigw = service("apigateway");
  const amplify = service("amplifybackend");
  const sdkConfig = () => ({ endpoint: server.url, region, credentials, maxAttempts: 1 });

  describe.each(CASES.PutMethod!)("PutMethod: $title", ({ input }) => {
    it("sends the same request", async () => {
      const sdk = await capture(() => new APIGatewayClient(sdkConfig()).send(new PutMethodCommand(input as never)));
      const ours = await capture(() => new ApiGatewayClient({ endpoint: server.url, region, credentials }).putMethod(input as never));
      expectSameWire(ours, sdk, memberHeaders(apigw, apigw.operations.find((o) => o.name === "PutMethod")!));
    });
  });

  describe.each(CASES.UpdateAccount!)("UpdateAccount: $title", ({ input }) => {
    it("sends the same request", async () => {
      const sdk = await capture(() => new APIGatewayClient(sdkConfig()).send(new UpdateAccountCommand(input as never)));
      const ours = await capture(() => new ApiGatewayClient({ endpoint: server.url, region, credentials }).updateAccount(input as never));
      expectSameWire(ours, sdk, memberHeaders(apigw, apigw.operations.find((o) => o.name === "UpdateAccount")!));
    });
  });

  describe.each(CASES.UpdateBackendAPI!)("UpdateBackendAPI: $title", ({ input }) => {
    it("sends the same request", async () => {
      const sdk = await capture(() => new AmplifyBackendClient(sdkConfig()).send(new UpdateBackendAPICommand(input as never)));
      const ours = await capture(() => new OurAmplifyBackendClient({ endpoint: server.url, region, credentials }).updateBackendAPI(input as never));
      expectSameWire(ours, sdk, memberHeaders(amplify, amplify.operations.find((o) => o.name === "UpdateBackendAPI")!));
    });
  });
});

describe("dot-segment labels (deliberate difference)", () => {
  it("are refused before sending: the SDK sends `..` raw, fetch would resolve it to another resource", async () => {
    const before = server.requests.length;
    const client = new ApiGatewayClient({ endpoint: server.url, region, credentials });
    await expect(client.putMethod({ restApiId: "..", resourceId: "r", httpMethod: "GET", authorizationType: "NONE" })).rejects.toThrow(/dot segment/);
    expect(server.requests.length).toBe(before);
  });
});

describe("Huawei requests match the docs' example requests", () => {
  const huawei = service("huawei-apig");
  const examples = huawei.operations.flatMap((op) => op.examples.filter((e) => e.request).map((e) => ({ op, example: e })));

  it("has an example request for every Huawei operation", () => {
    expect(new Set(examples.map((e) => e.op.name))).toEqual(new Set(huawei.operations.map((o) => o.name)));
  });

  describe.each(examples.map((e) => ({ ...e, title: `${e.op.name}: ${e.example.title}` })))("$title", ({ op, example }) => {
    it("sends the documented method, path, token header and JSON body", async () => {
      const input: Record<string, unknown> = {};
      const shape = huawei.shapes.find((s) => s.name === op.input);
      if (shape?.kind !== "structure") throw new Error("input is not a structure");
      const labels: Record<string, string> = {};
      for (const m of shape.members) {
        if (m.location === "path") {
          const value = example.request?.path?.[m.wireName] ?? `${m.wireName}-${"a b/ü"}`;
          labels[m.wireName] = value;
          input[m.name] = value;
        }
      }
      const body = (example.request?.body ?? {}) as Record<string, unknown>;
      for (const m of shape.members) if (m.location === "body" && Object.hasOwn(body, m.wireName)) input[m.name] = body[m.wireName];
      const client = new HuaweiApigClient({ endpoint: server.url, token: async () => "token-value" });
      const sent = await capture(() => (client as unknown as Record<string, (i: unknown) => Promise<unknown>>)[op.methodName]!.call(client, input));
      expect(sent.method).toBe(op.http.method);
      const path = op.http.segments.map((s) => ("literal" in s ? s.literal : encodeURIComponent(labels[s.label]!))).join("");
      expect(sent.url).toBe(path);
      expect(sent.headers["x-auth-token"]).toBe("token-value");
      expect(sent.headers["content-type"]).toBe("application/json");
      expect(JSON.parse(sent.body)).toEqual(body);
    });
  });
});
