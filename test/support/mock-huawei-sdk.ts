/**
 * The official Huawei Cloud SDK core (`@huaweicloud/huaweicloud-sdk-core`
 * from npm) against the mock. The APIG service package is not on npm, so
 * each operation's request options are built the way its `ApigClient`
 * (`huaweicloud-sdk-nodejs-v3`, `services/apig/v2/ApigClient.ts`) builds
 * them — method, URL template, content type, path parameters (the project
 * id comes from the credentials), query, headers and body — and sent with
 * the core's `HcClient.sendRequest`, which signs them with AK/SK.
 */
import { createRequire } from "node:module";
import type { OperationCase } from "./mock-services.js";
import { structureOf, wireRequest } from "./mock-services.js";

const require = createRequire(import.meta.url);
const CORE = "@huaweicloud/huaweicloud-sdk-core";

interface HcClient {
  sendRequest(options: RequestOptions): Promise<Record<string, unknown> & { httpStatusCode: number }>;
}

/** What `ApigClient`'s `ParamCreater` hands to `HcClient.sendRequest`. */
export interface RequestOptions {
  method: string;
  url: string;
  contentType: string;
  queryParams: Record<string, unknown>;
  pathParams: Record<string, string>;
  headers: Record<string, string>;
  data?: unknown;
}

/** An exception the core throws (`ClientRequestException` for 4xx, `ServerResponseException` for 5xx). */
export interface HuaweiException extends Error {
  httpStatusCode: number;
  errorCode: string | undefined;
  errorMsg: string | undefined;
  requestId: string | undefined;
}

const { ClientBuilder } = require(`${CORE}/ClientBuilder`) as { ClientBuilder: new (init: (hc: HcClient) => HcClient) => { withCredential(c: unknown): { withEndpoint(e: string): { build(): HcClient } } } };
const { BasicCredentials } = require(CORE) as { BasicCredentials: new () => { withAk(ak: string): { withSk(sk: string): { withProjectId(p: string): unknown } } } };
/** The core's exception classes, by HTTP status range. */
export const { ClientRequestException } = require(`${CORE}/exception/ClientRequestException`) as { ClientRequestException: new (...a: never[]) => HuaweiException };
export const { ServerResponseException } = require(`${CORE}/exception/ServerResponseException`) as { ServerResponseException: new (...a: never[]) => HuaweiException };
// The core logs every failed call to stdout through log4js; the tests read the exceptions instead.
(require("log4js") as { configure(c: unknown): void }).configure({ appenders: { out: { type: "stdout" } }, categories: { default: { appenders: ["out"], level: "off" } } });

/** An `HcClient` for `endpoint`, signing with the AK/SK pair for `projectId`. */
export function hcClient(endpoint: string, projectId: string, credentials: { accessKeyId: string; secretAccessKey: string }): HcClient {
  const creds = new BasicCredentials().withAk(credentials.accessKeyId).withSk(credentials.secretAccessKey).withProjectId(projectId);
  return new ClientBuilder((hc) => hc).withCredential(creds).withEndpoint(endpoint).build();
}

/** The label the SDK fills from the credentials (`{project_id}`), as `BasicCredentials.getPathParams` does. */
export const PROJECT_LABEL = "project_id";

/** The options `ApigClient` builds for `input` (documented names) of operation `c`, plus `headers`. */
export async function requestOptions(c: OperationCase, input: Record<string, unknown>, headers: Record<string, string> = {}): Promise<RequestOptions> {
  const shape = structureOf(c.service, c.op.input);
  const wire = await wireRequest(c, input);
  const hasBody = shape.members.some((m) => m.location === "body");
  const options: RequestOptions = {
    method: c.op.http.method,
    url: c.op.http.path,
    contentType: hasBody ? "application/json;charset=UTF-8" : "application/json",
    queryParams: {},
    pathParams: {},
    headers: { ...headers },
  };
  for (const m of shape.members) {
    const value = input[m.name];
    if (value === undefined) continue;
    if (m.location === "path" && m.wireName !== PROJECT_LABEL) options.pathParams[m.wireName] = String(value);
    if (m.location === "query") options.queryParams[m.wireName] = value;
    if (m.location === "header") options.headers[m.wireName] = String(value);
  }
  if (hasBody) {
    options.headers["Content-Type"] = "application/json;charset=UTF-8";
    options.data = wire.body === undefined ? {} : JSON.parse(wire.body);
  }
  return options;
}

/** The project id of `input` (the `{project_id}` label), which the credentials carry. */
export function projectOf(c: OperationCase, input: Record<string, unknown>): string {
  const label = c.model.labels.find((m) => m.wire === PROJECT_LABEL);
  return label ? String(input[label.name]) : "mock-project";
}

/** Sends and returns the response, or the exception thrown. */
export async function attemptHuawei(
  client: HcClient,
  options: RequestOptions,
): Promise<{ ok: true; response: Record<string, unknown> & { httpStatusCode: number } } | { ok: false; error: HuaweiException }> {
  try {
    return { ok: true, response: await client.sendRequest(options) };
  } catch (error) {
    return { ok: false, error: error as HuaweiException };
  }
}
