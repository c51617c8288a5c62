/**
 * Every documented error surfaces as its own class, against the generated mock
 * server (`Prefer: error=NAME` makes it answer with that error); undocumented
 * answers become the service's generic error class. The vendors' raw error
 * wire formats are also replayed from a capture server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as apigateway from "../../generated/apigateway/src/index.js";
import * as amplifybackend from "../../generated/amplifybackend/src/index.js";
import * as huawei from "../../generated/huawei-apig/src/index.js";
import * as apigatewayMock from "../../generated/apigateway/src/mock.js";
import * as amplifybackendMock from "../../generated/amplifybackend/src/mock.js";
import * as huaweiMock from "../../generated/huawei-apig/src/mock.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import type { IrOperation, IrService } from "../../src/ir/types.js";
import { startCaptureServer, type CaptureServer } from "./capture-server.js";

type Module = Record<string, unknown> & { ServiceError: typeof apigateway.ServiceError };
const MODULES: Record<string, Module> = { apigateway, amplifybackend, "huawei-apig": huawei } as unknown as Record<string, Module>;
const MOCKS: Record<string, typeof apigatewayMock> = { apigateway: apigatewayMock, amplifybackend: amplifybackendMock, "huawei-apig": huaweiMock };
const model = compileSpecs("specs").model;
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

/** A valid input for `op`: required members with simple values that satisfy the specs' constraints. */
function minimalInput(svc: IrService, op: IrOperation): Record<string, unknown> {
  const examples: Record<string, unknown> = {
    restApiId: "api1", resourceId: "res1", httpMethod: "GET", authorizationType: "NONE",
    AppId: "app1", BackendEnvironmentName: "dev", ResourceName: "api",
    project_id: "p1", instance_id: "i1", group_id: "g1", response_id: "r1", authorizer_id: "a1",
    name: "Authorizer_demo", type: "FRONTEND", authorizer_type: "FUNC", authorizer_uri: "urn:fss:xx:function:demo",
  };
  const shape = svc.shapes.find((s) => s.name === op.input);
  if (shape?.kind !== "structure") throw new Error("input is not a structure");
  const input: Record<string, unknown> = {};
  for (const m of shape.members.filter((m) => m.required)) {
    if (!Object.hasOwn(examples, m.name)) throw new Error(`no example value for required member ${svc.id}.${op.name}.${m.name}`);
    input[m.name] = examples[m.name];
  }
  return input;
}

function newClient(svc: IrService, endpoint: string, extra: Record<string, unknown> = {}): Record<string, (input: unknown, options?: unknown) => Promise<unknown>> {
  const Client = MODULES[svc.id]![svc.clientName] as new (options: unknown) => Record<string, (input: unknown, options?: unknown) => Promise<unknown>>;
  const auth = svc.auth.scheme === "sigv4" ? { region: "us-east-1", credentials } : { token: "token" };
  return new Client({ endpoint, retry: false, ...auth, ...extra });
}

describe.each(model.services.map((s) => ({ svc: s, id: s.id })))("$id: documented errors from the mock", ({ svc }) => {
  const mod = MODULES[svc.id]!;
  let mock: Awaited<ReturnType<typeof apigatewayMock.listen>>;
  beforeAll(async () => {
    mock = await MOCKS[svc.id]!.listen();
  });
  afterAll(() => mock.close());

  const cases = svc.operations.flatMap((op) => op.errors.map((error) => ({ op, error, title: `${op.name} -> ${error.name}` })));

  it("covers every error of every operation", () => {
    expect(cases.length).toBe(svc.operations.reduce((n, o) => n + o.errors.length, 0));
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)("$title", async ({ op, error }) => {
    const ErrorClass = mod[error.name] as abstract new (...args: never[]) => Error;
    const Generic = mod[`${svc.name}ServiceError`] as abstract new (...args: never[]) => Error;
    expect(typeof ErrorClass).toBe("function");
    const client = newClient(svc, mock.url);
    const caught = await client[op.methodName]!(minimalInput(svc, op), { headers: { Prefer: `error=${error.name}` } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(caught).toBeInstanceOf(ErrorClass);
    expect(caught).toBeInstanceOf(Generic);
    expect(caught).toBeInstanceOf(mod.ServiceError);
    const e = caught as InstanceType<typeof apigateway.ServiceError>;
    expect(e.name).toBe(error.name);
    expect(e.status).toBe(error.status);
    expect(e.code).toBe(error.code);
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.requestId).toMatch(/\S/);
    expect(e.operation).toBe(op.name);
    expect(typeof e.body).toBe("object");
    // Documented body members are on `data` under their documented names.
    for (const m of error.members.filter((m) => m.location === "body")) expect(Object.hasOwn(e.data as object, m.name)).toBe(true);
  });

  it("answers a success for a valid input", async () => {
    const op = svc.operations[0]!;
    await expect(newClient(svc, mock.url)[op.methodName]!(minimalInput(svc, op))).resolves.toBeTypeOf("object");
  });
});

describe("vendor error wire formats replayed", () => {
  let server: CaptureServer;
  beforeAll(async () => {
    server = await startCaptureServer();
  });
  afterAll(() => server.close());
  const svcOf = (id: string) => model.services.find((s) => s.id === id)!;

  it("AWS: status, x-amzn-ErrorType, x-amzn-RequestId and a JSON message", async () => {
    server.replies.push({ status: 409, headers: { "x-amzn-ErrorType": "ConflictException:http://internal.amazon.com/coral/", "x-amzn-RequestId": "req-1" }, body: '{"message":"exists"}' });
    const err = await newClient(svcOf("apigateway"), server.url).putMethod!(minimalInput(svcOf("apigateway"), svcOf("apigateway").operations[0]!)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(apigateway.ConflictException);
    expect(err).toMatchObject({ status: 409, code: "ConflictException", message: "exists", requestId: "req-1", data: { message: "exists" } });
  });

  it("AWS: a Retry-After header member lands on the error's data", async () => {
    server.replies.push({ status: 429, headers: { "x-amzn-ErrorType": "LimitExceededException", "Retry-After": "3600" }, body: '{"message":"limit"}' });
    const err = await newClient(svcOf("apigateway"), server.url).updateAccount!({}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(apigateway.LimitExceededException);
    expect((err as apigateway.LimitExceededException).data).toEqual({ retryAfterSeconds: "3600", message: "limit" });
  });

  it("AWS: undocumented status and type become the generic service error", async () => {
    server.replies.push({ status: 418, headers: { "x-amzn-ErrorType": "TeapotException" }, body: '{"message":"short and stout"}' });
    const err = await newClient(svcOf("amplifybackend"), server.url).updateBackendAPI!(minimalInput(svcOf("amplifybackend"), svcOf("amplifybackend").operations[0]!)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(amplifybackend.AmplifyBackendServiceError);
    expect((err as Error).constructor).toBe(amplifybackend.AmplifyBackendServiceError);
    expect(err).toMatchObject({ name: "AmplifyBackendServiceError", status: 418, code: "TeapotException", message: "short and stout" });
  });

  it("Huawei: status with error_code/error_msg and X-Request-Id", async () => {
    const svc = svcOf("huawei-apig");
    server.replies.push({ status: 404, headers: { "X-Request-Id": "hw-1" }, body: '{"error_code":"APIG.3081","error_msg":"The authorizer does not exist"}' });
    const err = await newClient(svc, server.url).updateCustomAuthorizer!(minimalInput(svc, svc.operations.find((o) => o.name === "UpdateCustomAuthorizer")!)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(huawei.NotFoundError);
    expect(err).toMatchObject({ status: 404, code: "APIG.3081", message: "The authorizer does not exist", requestId: "hw-1", data: { error_code: "APIG.3081", error_msg: "The authorizer does not exist" } });
  });

  it("Huawei: a non-JSON error body is kept as text on a generic error", async () => {
    const svc = svcOf("huawei-apig");
    server.replies.push({ status: 502, body: "<html>bad gateway</html>" });
    const err = await newClient(svc, server.url).updateGatewayResponse!(minimalInput(svc, svc.operations.find((o) => o.name === "UpdateGatewayResponse")!)).catch((e: unknown) => e);
    expect((err as Error).constructor).toBe(huawei.HuaweiApigServiceError);
    expect(err).toMatchObject({ status: 502, body: "<html>bad gateway</html>", retryable: true });
  });
});
