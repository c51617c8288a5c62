/**
 * How each generated client is wired to the runtime, for every operation of
 * the spec set under test (the runtime's own behaviour, retries, deadlines,
 * hooks, is unit-tested in test/runtime/client/): the package's validators
 * module plugs in under the names the client looks up and rejects an
 * invalid input before sending; answers come back under documented names
 * with members the spec does not know dropped, and operations without
 * output resolve to undefined; the default endpoint is the one the spec
 * implies.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { IrMember, IrOperation, IrService, IrType } from "../../src/ir/types.js";
import { importGenerated, testEnv } from "../support/env.js";
import { everyMemberValue, requiredInput } from "../support/input-cases.js";
import { toWire } from "../support/wire-form.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";

type Client = Record<string, (input: unknown, options?: unknown) => Promise<unknown>>;
const credentials = { accessKeyId: "AK", secretAccessKey: "SK" };
const { model } = testEnv();

let server: CaptureServer;
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.replies.length = 0;
});

async function newClient(svc: IrService, options: object = {}): Promise<Client> {
  const Client = (await importGenerated(svc.id, "client.js"))[svc.names.client] as new (o: unknown) => Client;
  const auth = svc.auth.scheme === "sigv4" ? { region: "us-east-1", credentials } : { token: "tok" };
  return new Client({ endpoint: server.url, retry: false, ...auth, ...options });
}

/** A value no validator accepts for `type`. */
function wrongType(type: IrType): unknown {
  return type.kind === "string" || type.kind === "timestamp" || type.kind === "ref" ? 42 : "not the right type";
}

function inputMembers(svc: IrService, op: IrOperation): IrMember[] {
  const shape = svc.shapes.find((s) => s.name === op.input);
  return shape?.kind === "structure" ? shape.members : [];
}

const operations = model.services.flatMap((svc) => svc.operations.map((op) => ({ svc, op, title: `${svc.id} ${op.name}` })));

describe("the package's validators, passed as `validators`", () => {
  it.each(operations.filter(({ svc, op }) => inputMembers(svc, op).length > 0))("$title: an invalid input fails before sending, a valid one is sent", async ({ svc, op }) => {
    const validators = await importGenerated(svc.id, "validators.js");
    const client = await newClient(svc, { validators });
    const member = inputMembers(svc, op)[0]!;
    const before = server.requests.length;
    const bad = await client[op.methodName]!({ ...requiredInput(svc, op), [member.name]: wrongType(member.type) }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ name: "InputValidationError" });
    expect(server.requests.length).toBe(before);
    server.replies.push({ status: op.http.successStatus, body: op.output === undefined ? "" : "{}" });
    await client[op.methodName]!(requiredInput(svc, op));
    expect(server.requests.length).toBe(before + 1);
  });

  it.each(operations.filter(({ svc, op }) => inputMembers(svc, op).length === 0))("$title: an input without members treats unknown members as the spec says", async ({ svc, op }) => {
    const validators = await importGenerated(svc.id, "validators.js");
    const client = await newClient(svc, { validators });
    const before = server.requests.length;
    server.replies.push({ status: op.http.successStatus, body: op.output === undefined ? "" : "{}" });
    const result = await client[op.methodName]!({ notAMember: 1 }).catch((e: unknown) => e);
    if (svc.unknownMembers.input === "reject") {
      expect(result).toMatchObject({ name: "InputValidationError" });
      expect(server.requests.length).toBe(before);
    } else {
      expect(server.requests.length).toBe(before + 1);
    }
  });
});

describe("answers", () => {
  it.each(operations.filter(({ op }) => op.output !== undefined))("$title: every documented member comes back under its documented name, unknown members dropped", async ({ svc, op }) => {
    const output = everyMemberValue(svc, op.output!);
    const wire = toWire(svc, op.output!, output);
    server.replies.push({ status: op.http.successStatus, headers: wire.headers, body: JSON.stringify({ ...wire.body, notInTheSpec: { x: 1 } }) });
    const result = await (await newClient(svc))[op.methodName]!(requiredInput(svc, op));
    expect(result).toEqual(output);
  });

  it.each(operations.filter(({ op }) => op.output === undefined))("$title: no output, resolves to undefined whatever the body", async ({ svc, op }) => {
    server.replies.push({ status: op.http.successStatus, body: op.http.successStatus === 204 ? "" : '{"ignored":true}' });
    await expect((await newClient(svc))[op.methodName]!(requiredInput(svc, op))).resolves.toBeUndefined();
  });
});

describe.each(model.services.map((s) => [s.id, s] as const))("%s: default endpoint", (_id, svc) => {
  it(svc.endpointPrefix ? `is https://${svc.endpointPrefix}.<region>.amazonaws.com` : "is none: the client asks for one", async () => {
    const urls: string[] = [];
    const fetch = async (url: string) => (urls.push(url), new Response("{}", { status: 200 }));
    const op = svc.operations[0]!;
    const call = async () => (await newClient(svc, { endpoint: undefined, region: "eu-west-3", fetch }))[op.methodName]!(requiredInput(svc, op));
    if (svc.endpointPrefix) {
      await call().catch(() => undefined);
      expect(urls.length).toBe(1);
      expect(urls[0]!.startsWith(`https://${svc.endpointPrefix}.eu-west-3.amazonaws.com/`)).toBe(true);
    } else {
      await expect(call()).rejects.toThrow(/pass options\.endpoint/);
      expect(urls).toEqual([]);
    }
  });
});
