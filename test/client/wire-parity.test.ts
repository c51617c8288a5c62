/**
 * Wire parity, for every AWS operation of the spec set under test: the
 * official AWS SDK for JavaScript v3 and our generated client send the same
 * request for the same input (method, raw path with percent-encoded labels,
 * raw query, content type, every member header, JSON body byte for byte),
 * captured on a loopback server. The inputs are synthesized from the IR
 * (test/support/input-cases.ts): required members only, every member,
 * reverse key order, empty optional containers, hostile strings in every
 * string, seeded random mixes; each is first checked valid by the package's
 * own validator. A body whose member order differs from the SDK's is a spec
 * bug (member order is the spec's declaration order), not something to
 * normalize here.
 *
 * Huawei publishes no SDK model: its requests are compared with the docs'
 * example requests, for every operation that has one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IrOperation, IrService } from "../../src/ir/types.js";
import { loadSdk, toSdkInput, type Sdk } from "../support/aws-sdk.js";
import { importGenerated, testEnv } from "../support/env.js";
import { inputCases } from "../support/input-cases.js";
import { startCaptureServer, type CaptureServer, type CapturedRequest } from "../support/capture-server.js";

type Client = Record<string, (input: unknown) => Promise<unknown>>;
type Validate = (v: unknown) => { valid: boolean; problems?: unknown[] };

const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
const region = "us-east-1";
const { model } = testEnv();
const awsServices = model.services.filter((s) => s.vendor === "aws");
const huaweiServices = model.services.filter((s) => s.vendor === "huawei");

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());

/** Sends with `send`, returns the one request the server saw. */
async function capture(send: () => Promise<unknown>): Promise<CapturedRequest> {
  const before = server.requests.length;
  await send();
  expect(server.requests.length).toBe(before + 1);
  return server.requests[before]!;
}

/** Answers every request with the operation's success status and an empty answer of its kind. */
function answerAs(op: IrOperation): void {
  const empty = op.output === undefined || op.http.successStatus === 204;
  server.fallback = () => ({ status: op.http.successStatus, body: empty ? "" : "{}" });
}

function inputHeaderNames(svc: IrService, op: IrOperation): string[] {
  const input = svc.shapes.find((s) => s.name === op.input);
  return input?.kind === "structure" ? input.members.filter((m) => m.location === "header").map((m) => m.wireName.toLowerCase()) : [];
}

function expectSameWire(ours: CapturedRequest, sdk: CapturedRequest, headerNames: readonly string[]): void {
  expect(ours.method).toBe(sdk.method);
  const [oursPath, oursQuery] = splitTarget(ours.url);
  const [sdkPath, sdkQuery] = splitTarget(sdk.url);
  expect(oursPath, "path").toBe(sdkPath);
  expect(oursQuery, "query").toBe(sdkQuery);
  expect(ours.headers["content-type"], "content type").toBe(sdk.headers["content-type"]);
  for (const h of headerNames) expect(ours.headers[h], `header ${h}`).toBe(sdk.headers[h]);
  // Same data first (a readable diff), then the same bytes (member order, number and string formatting).
  expect(ours.body === "" ? undefined : JSON.parse(ours.body)).toEqual(sdk.body === "" ? undefined : JSON.parse(sdk.body));
  expect(ours.body, "body bytes").toBe(sdk.body);
  expect(ours.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/[a-z0-9-]+\/aws4_request, /);
  expect(ours.headers.authorization!.split("/")[3], "signing name").toBe(sdk.headers.authorization!.split("/")[3]);
}

function splitTarget(url: string): [string, string] {
  const q = url.indexOf("?");
  return q === -1 ? [url, ""] : [url.slice(0, q), url.slice(q + 1)];
}

describe("the spec set has operations to compare", () => {
  it("has AWS operations", () => {
    expect(awsServices.flatMap((s) => s.operations).length).toBeGreaterThan(0);
  });
});

describe.each(awsServices.map((s) => [s.id, s] as const))("%s: wire parity with the official SDK", (_id, svc) => {
  let sdk: Sdk;
  let ours: new (options: unknown) => Client;
  let validators: Record<string, Validate>;
  beforeAll(async () => {
    sdk = await loadSdk(svc);
    ours = (await importGenerated<Record<string, new (options: unknown) => Client>>(svc.id, "client.js"))[svc.names.client]!;
    validators = await importGenerated<Record<string, Validate>>(svc.id, "validators.js");
  });

  it("the SDK has a command for every operation", () => {
    expect(svc.operations.filter((op) => sdk.command(op.name) === undefined).map((op) => op.name)).toEqual([]);
  });

  describe.each(svc.operations.map((op) => [op.name, op] as const))("%s", (_name, op) => {
    const inputShape = svc.shapes.find((s) => s.name === op.input)!;
    it.each(inputCases(svc, op))("$title", async ({ input }) => {
      const check = validators[inputShape.validatorName]!(input);
      expect(check.problems ?? [], "the synthesized input is valid for the spec").toEqual([]);
      answerAs(op);
      const Command = sdk.command(op.name)!;
      const client = new sdk.Client({ endpoint: server.url, region, credentials, maxAttempts: 1 });
      const fromSdk = await capture(() => client.send(new Command(toSdkInput(svc, op.input, input))));
      client.destroy();
      const fromOurs = await capture(() => new ours({ endpoint: server.url, region, credentials, retry: false })[op.methodName]!(input));
      expectSameWire(fromOurs, fromSdk, inputHeaderNames(svc, op));
    });
  });
});

describe("dot-segment labels (deliberate difference from the SDK)", () => {
  // The first AWS operation with a whole-segment label; a spec set without one has nothing to refuse.
  const withLabel = awsServices.flatMap((svc) => svc.operations.map((op) => ({ svc, op }))).find(({ op }) => op.http.segments.some((s) => "label" in s && !s.greedy));
  if (withLabel) {
    it(`are refused before sending (${withLabel.svc.id} ${withLabel.op.name}): the SDK sends \`..\` raw, fetch would resolve it to another resource`, async () => {
      const { svc, op } = withLabel;
      const shape = svc.shapes.find((s) => s.name === op.input);
      const label = shape?.kind === "structure" ? shape.members.find((m) => m.location === "path") : undefined;
      const Client = (await importGenerated<Record<string, new (options: unknown) => Client>>(svc.id, "client.js"))[svc.names.client]!;
      const before = server.requests.length;
      const client = new Client({ endpoint: server.url, region, credentials, retry: false });
      await expect(client[op.methodName]!({ ...inputCases(svc, op)[0]!.input, [label!.name]: ".." })).rejects.toThrow(/dot segment/);
      expect(server.requests.length).toBe(before);
    });
  }
});

describe.each(huaweiServices.map((s) => [s.id, s] as const))("%s: requests match the docs' example requests", (_id, svc) => {
  const examples = svc.operations.flatMap((op) => op.examples.filter((e) => e.request).map((example) => ({ op, example, title: `${op.name}: ${example.title}` })));

  it("the docs have example requests", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)("$title", async ({ op, example }) => {
    const shape = svc.shapes.find((s) => s.name === op.input);
    if (shape?.kind !== "structure") throw new Error("input is not a structure");
    const input: Record<string, unknown> = {};
    const labels: Record<string, string> = {};
    for (const m of shape.members.filter((m) => m.location === "path")) {
      // Labels the example leaves out get a value that needs encoding.
      labels[m.wireName] = example.request?.path?.[m.wireName] ?? `${m.wireName}-a b/ü`;
      input[m.name] = labels[m.wireName];
    }
    for (const m of shape.members.filter((m) => m.location === "query")) {
      const v = example.request?.query?.[m.wireName];
      if (v !== undefined) input[m.name] = m.type.kind === "string" ? v : JSON.parse(v);
    }
    const body = (example.request?.body ?? {}) as Record<string, unknown>;
    for (const m of shape.members) if (m.location === "body" && Object.hasOwn(body, m.wireName)) input[m.name] = body[m.wireName];
    answerAs(op);
    const Client = (await importGenerated<Record<string, new (options: unknown) => Client>>(svc.id, "client.js"))[svc.names.client]!;
    const sent = await capture(() => new Client({ endpoint: server.url, token: async () => "token-value", retry: false })[op.methodName]!(input));
    expect(sent.method).toBe(op.http.method);
    const path = op.http.segments.map((s) => ("literal" in s ? s.literal : encodeURIComponent(labels[s.label]!))).join("");
    const [sentPath, sentQuery] = splitTarget(sent.url);
    expect(sentPath).toBe(path);
    expect(Object.fromEntries(new URLSearchParams(sentQuery))).toEqual(example.request?.query ?? {});
    expect(sent.headers[(svc.auth.header ?? "X-Auth-Token").toLowerCase()]).toBe("token-value");
    if (example.request?.body === undefined) {
      expect(sent.body).toBe("");
    } else {
      expect(sent.headers["content-type"]).toBe("application/json");
      expect(JSON.parse(sent.body)).toEqual(body);
    }
  });
});
