/**
 * Resources live through their documented lifecycle, as the real services
 * keep them (issue 12): a Method put, read back, patched, deleted, gone
 * (404) and put again, through the AWS SDK v3 and boto3; the account
 * UpdateAccount changes, as GetAccount shows it; a Huawei custom authorizer
 * created, queried, modified, deleted and then 404, through raw HTTP with
 * the docs' example requests.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { IrOperation } from "../../src/ir/types.js";
import type { StartedMock } from "../../src/mock/start-mock.js";
import { attempt, awsSdk } from "../support/mock-aws-sdk.js";
import { runBoto3 } from "../support/mock-boto3.js";
import { call, startTestMock } from "../support/mock-http.js";
import { operationCases, services, validInput } from "../support/mock-services.js";

const aws = services("aws-rest-json").find((s) => s.id === "apigateway")!;
const huawei = services("huawei-rest-json").find((s) => s.id === "huawei-apig")!;
const gw = new Map((await operationCases([aws])).map((c) => [c.op.name, c] as const));

let mock: StartedMock;
beforeAll(async () => {
  mock = await startTestMock({ services: [aws.id, huawei.id] });
});
beforeEach(() => mock.reset());
afterAll(async () => {
  await mock?.close();
});

const put: Record<string, unknown> = { ...validInput(gw.get("PutMethod")!), authorizationType: "NONE", operationName: "ListPets", apiKeyRequired: true };
const key = { restApiId: put["restApiId"], resourceId: put["resourceId"], httpMethod: put["httpMethod"] };
const patch = [
  { op: "replace", path: "/operationName", value: "ListAllPets" },
  { op: "replace", path: "/apiKeyRequired", value: "false" },
];

describe("API Gateway Method lifecycle", () => {
  it("through the AWS SDK v3: put, get, update, get, delete, get 404, put again", async () => {
    const sdk = awsSdk(aws);
    const client = sdk.client(mock.url);
    const send = (op: string, input: unknown) => attempt(client, sdk.command(op, input));
    const status = (r: Awaited<ReturnType<typeof send>>) => (r.ok ? (r.output["$metadata"] as { httpStatusCode: number }).httpStatusCode : r.error.$metadata.httpStatusCode);

    const created = await send("PutMethod", put);
    expect(status(created)).toBe(201);
    const read = await send("GetMethod", key);
    expect(read.ok && read.output).toMatchObject({ httpMethod: put["httpMethod"], authorizationType: "NONE", operationName: "ListPets", apiKeyRequired: true });
    const updated = await send("UpdateMethod", { ...key, patchOperations: patch });
    expect(updated.ok && updated.output).toMatchObject({ operationName: "ListAllPets", apiKeyRequired: false, authorizationType: "NONE" });
    const reread = await send("GetMethod", key);
    expect(reread.ok && reread.output).toMatchObject({ operationName: "ListAllPets", apiKeyRequired: false, authorizationType: "NONE" });
    expect(status(await send("DeleteMethod", key))).toBe(204);
    const gone = await send("GetMethod", key);
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error).toBeInstanceOf(sdk.errorClass("NotFoundException"));
    expect(status(gone)).toBe(404);
    expect(status(await send("PutMethod", put))).toBe(201);
    const twice = await send("PutMethod", put);
    expect(twice.ok ? undefined : twice.error.name).toBe("ConflictException");
    client.destroy();
  });

  it("through boto3: the same sequence", async () => {
    const results = await runBoto3(mock.url, [
      { service: aws.id, method: "put_method", params: put },
      { service: aws.id, method: "get_method", params: key },
      { service: aws.id, method: "update_method", params: { ...key, patchOperations: patch } },
      { service: aws.id, method: "get_method", params: key },
      { service: aws.id, method: "delete_method", params: key },
      { service: aws.id, method: "get_method", params: key },
      { service: aws.id, method: "put_method", params: put },
    ]);
    expect(results.map((r) => r.status)).toEqual([201, 200, 200, 200, 204, 404, 201]);
    expect(results[1]).toMatchObject({ response: { operationName: "ListPets", apiKeyRequired: true } });
    expect(results[2]).toMatchObject({ response: { operationName: "ListAllPets", apiKeyRequired: false } });
    expect(results[3]).toMatchObject({ response: { operationName: "ListAllPets", apiKeyRequired: false } });
    expect(results[5]).toMatchObject({ ok: false, code: "NotFoundException", typed: true });
  });
});

describe("API Gateway account", () => {
  it("GetAccount shows what UpdateAccount changed, usage plans enabled with add /features; a refused patch changes nothing", async () => {
    const sdk = awsSdk(aws);
    const client = sdk.client(mock.url);
    const before = await client.send(sdk.command("GetAccount", {}));
    const arn = "arn:aws:iam::123456789012:role/opforgeTestRole";
    await client.send(sdk.command("UpdateAccount", { patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: arn }, { op: "add", path: "/features", value: "UsagePlans" }] }));
    const after = await client.send(sdk.command("GetAccount", {}));
    expect(after).toMatchObject({ cloudwatchRoleArn: arn, features: ["UsagePlans"], throttleSettings: before["throttleSettings"] });
    const refused = await attempt(client, sdk.command("UpdateAccount", { patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::1:role/other" }, { op: "replace", path: "/throttleSettings/burstLimit", value: "1" }] }));
    expect(refused.ok ? undefined : refused.error.message).toContain("/throttleSettings cannot be changed this way");
    const { $metadata: _a, ...unchanged } = await client.send(sdk.command("GetAccount", {}));
    const { $metadata: _b, ...expected } = after;
    expect(unchanged).toEqual(expected);
    client.destroy();
  });
});

describe("Huawei custom authorizer lifecycle (raw HTTP, the docs' example requests)", () => {
  const op = (name: string) => huawei.operations.find((o) => o.name === name)!;
  const example = (o: IrOperation) => o.examples.find((e) => e.request?.body)!.request!.body as Record<string, unknown>;
  const headers = { "x-auth-token": "token-from-iam", "content-type": "application/json" };
  const base = "/v2/project-1/apigw/instances/gateway-1/authorizers";

  it("created (id generated), queried, modified, deleted, then 404", async () => {
    const created = await call(mock.url, "POST", base, headers, JSON.stringify(example(op("CreateCustomAuthorizer"))));
    expect(created.status).toBe(201);
    expect(created.headers.get("x-request-id")).toMatch(/\S/);
    const id = created.json!["id"] as string;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const shown = await call(mock.url, "GET", `${base}/${id}`, headers);
    expect(shown.status).toBe(200);
    expect(shown.json).toEqual(created.json);
    const changed = { ...example(op("UpdateCustomAuthorizer")), name: "Renamed_authorizer" };
    const updated = await call(mock.url, "PUT", `${base}/${id}`, headers, JSON.stringify(changed));
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id, name: "Renamed_authorizer" });
    const reshown = await call(mock.url, "GET", `${base}/${id}`, headers);
    expect(reshown.json).toEqual(updated.json);
    const deleted = await call(mock.url, "DELETE", `${base}/${id}`, headers);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    const gone = await call(mock.url, "GET", `${base}/${id}`, headers);
    expect(gone.status).toBe(404);
    expect(gone.json!["error_code"]).toBe(op("ShowDetailsOfCustomAuthorizers").errors.find((e) => e.status === 404)!.code);
    expect(gone.headers.get("x-request-id")).toMatch(/\S/);
  });
});
