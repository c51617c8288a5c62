/**
 * Pack-and-consume: each generated package is packed with `npm pack`,
 * installed from its tarball into a temporary project outside the repo, and
 * used from plain Node ESM (no TypeScript loader) against its own mock
 * server; a TypeScript consumer of the same packages passes `tsc --noEmit`.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, "..", "..");
const GENERATED = join(REPO, "generated");
const TSC = join(REPO, "node_modules", "typescript", "bin", "tsc");
const PACKAGES = ["amplifybackend", "apigateway", "huawei-apig"] as const;

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "opforge-consumer-"));
  expect(dir.startsWith(REPO)).toBe(false);
  const tarballs: string[] = [];
  for (const id of PACKAGES) {
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", dir], { cwd: join(GENERATED, id) });
    const [info] = JSON.parse(stdout.slice(stdout.indexOf("["))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    // The tarball holds the build, not the TypeScript sources.
    expect(info!.files.map((f) => f.path)).toContain("dist/index.js");
    expect(info!.files.map((f) => f.path)).toContain("dist/index.d.ts");
    expect(info!.files.some((f) => f.path.startsWith("src/"))).toBe(false);
    tarballs.push(join(dir, info!.filename));
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...tarballs], { cwd: dir });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const PLAIN_NODE = `
import { ApiGatewayClient, NotFoundException, ApiGatewayServiceError } from "@opforge/apigateway";
import { listen as listenApiGateway } from "@opforge/apigateway/mock";
import { AmplifyBackendClient } from "@opforge/amplifybackend";
import { listen as listenAmplify } from "@opforge/amplifybackend/mock";
import { HuaweiApigClient, NotFoundError } from "@opforge/huawei-apig";
import { listen as listenHuawei } from "@opforge/huawei-apig/mock";

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const results = {};

const apigw = await listenApiGateway();
try {
  const client = new ApiGatewayClient({ endpoint: apigw.url, region: "us-east-1", credentials });
  results.putMethod = await client.putMethod({ restApiId: "a b", resourceId: "r", httpMethod: "GET", authorizationType: "NONE" });
  results.updateAccount = await client.updateAccount({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::123456789012:role/x" }] });
  try {
    await client.putMethod({ restApiId: "a", resourceId: "r", httpMethod: "GET", authorizationType: "NONE" }, { headers: { Prefer: "error=NotFoundException" } });
  } catch (e) {
    results.error = { notFound: e instanceof NotFoundException, generic: e instanceof ApiGatewayServiceError, status: e.status, code: e.code };
  }
} finally {
  await apigw.close();
}

const amplify = await listenAmplify();
try {
  results.updateBackendAPI = await new AmplifyBackendClient({ endpoint: amplify.url, region: "us-east-1", credentials })
    .updateBackendAPI({ AppId: "app", BackendEnvironmentName: "dev", ResourceName: "api", ResourceConfig: { ApiName: "todo", Service: "AppSync" } });
} finally {
  await amplify.close();
}

const huawei = await listenHuawei();
try {
  const client = new HuaweiApigClient({ endpoint: huawei.url, token: async () => "token" });
  results.updateGatewayResponse = await client.updateGatewayResponse({ project_id: "p", instance_id: "i", group_id: "g", response_id: "r", name: "resp" });
  try {
    await client.updateCustomAuthorizer({ project_id: "p", instance_id: "i", authorizer_id: "missing", name: "Authorizer_demo", type: "FRONTEND", authorizer_type: "FUNC", authorizer_uri: "urn:x" }, { headers: { Prefer: "error=NotFoundError" } });
  } catch (e) {
    results.huaweiError = { notFound: e instanceof NotFoundError, code: e.code };
  }
} finally {
  await huawei.close();
}
console.log(JSON.stringify(results));
`;

const TS_CONSUMER = `
import { ApiGatewayClient, NotFoundException, type Method, type PutMethodRequest, type CallOptions } from "@opforge/apigateway";
import { AmplifyBackendClient, type UpdateBackendAPIResponse } from "@opforge/amplifybackend";
import { HuaweiApigClient, NotFoundError, validateUpdateGatewayResponseRequest, type UpdateGatewayResponseResponse } from "@opforge/huawei-apig";

export async function main(signal: AbortSignal): Promise<string> {
  const client = new ApiGatewayClient({ region: "us-east-1", credentials: async () => ({ accessKeyId: "a", secretAccessKey: "b" }), timeoutMs: 1000, retry: { maxAttempts: 2 } });
  const request: PutMethodRequest = { restApiId: "a", resourceId: "r", httpMethod: "GET", authorizationType: "NONE" };
  const options: CallOptions = { signal, headers: { "x-trace": "1" } };
  const method: Method = await client.putMethod(request, options);
  // @ts-expect-error authorizationType is required
  await client.putMethod({ restApiId: "a", resourceId: "r", httpMethod: "GET" });
  const amplify = new AmplifyBackendClient({ endpoint: "http://127.0.0.1:1", region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
  const job: UpdateBackendAPIResponse = await amplify.updateBackendAPI({ AppId: "a", BackendEnvironmentName: "b", ResourceName: "c" });
  const huawei = new HuaweiApigClient({ endpoint: "http://127.0.0.1:1", token: "t", hooks: { afterResponse: (ctx) => void ctx.response.status } });
  const resp: UpdateGatewayResponseResponse = await huawei.updateGatewayResponse({ project_id: "p", instance_id: "i", group_id: "g", response_id: "r", name: "n" });
  // @ts-expect-error HuaweiApigClient needs a token
  new HuaweiApigClient({ endpoint: "http://127.0.0.1:1" });
  try {
    await client.updateAccount({});
  } catch (e) {
    if (e instanceof NotFoundException) return e.data.message ?? e.message;
    if (e instanceof NotFoundError) return e.data.error_code ?? "";
  }
  const valid: boolean = validateUpdateGatewayResponseRequest({}).valid;
  return [method.httpMethod, job.JobId, resp.name, String(valid)].join();
}
`;

describe("pack and consume the generated packages", () => {
  it("installs each package with only its runtime dependencies", () => {
    const installed = readdirSync(join(dir, "node_modules", "@opforge")).sort();
    expect(installed).toEqual([...PACKAGES].sort());
    const huawei = JSON.parse(readFileSync(join(dir, "node_modules", "@opforge", "huawei-apig", "package.json"), "utf8")) as { dependencies?: object };
    expect(huawei.dependencies ?? {}).toEqual({});
  });

  it("runs from plain Node ESM against the packaged mock servers", async () => {
    writeFileSync(join(dir, "consumer.mjs"), PLAIN_NODE);
    const { stdout } = await run(process.execPath, ["consumer.mjs"], { cwd: dir });
    const results = JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, Record<string, unknown>>;
    expect(results.putMethod).toMatchObject({ httpMethod: "GET", authorizationType: "NONE" });
    expect(results.updateAccount).toMatchObject({ cloudwatchRoleArn: "arn:aws:iam::123456789012:role/x" });
    expect(results.error).toEqual({ notFound: true, generic: true, status: 404, code: "NotFoundException" });
    expect(results.updateBackendAPI).toMatchObject({ AppId: "app", BackendEnvironmentName: "dev" });
    expect(results.updateGatewayResponse).toMatchObject({ name: "resp" });
    expect(results.huaweiError).toEqual({ notFound: true, code: "APIG.3081" });
  }, 60_000);

  it("type-checks a TypeScript consumer with tsc --noEmit", async () => {
    writeFileSync(join(dir, "consumer.ts"), TS_CONSUMER);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: false, lib: ["ES2022", "DOM"], types: [] }, files: ["consumer.ts"] }),
    );
    const result = await run(process.execPath, [TSC, "-p", "tsconfig.json"], { cwd: dir }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );
    expect(result.out).toBe("");
    expect(result.code).toBe(0);
  }, 120_000);
});
