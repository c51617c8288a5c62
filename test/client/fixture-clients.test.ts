/**
 * The client emitter on the fixture specs, which use what the real specs do
 * not: query and header members, greedy labels, HEAD, output headers, hostile
 * wire names and codes. Each fixture package goes through the whole pipeline
 * (emitters, prettier, JavaScript build); its built `dist/client.js` is
 * imported and called against a capture server.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderService } from "../../src/pipeline/render-files.js";
import { fixtureModel, fixtureService, REPO } from "../snapshot/harness.js";
import { startCaptureServer, type CaptureServer } from "./capture-server.js";

type Client = Record<string, (input: unknown, options?: unknown) => Promise<unknown>>;
type ClientModule = Record<string, unknown>;

let dir: string;
let server: CaptureServer;
const modules: Record<string, ClientModule> = {};
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "opforge-fixture-clients-"));
  // The AWS fixtures import @smithy/signature-v4: resolve it from the repo.
  symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
  const model = fixtureModel();
  for (const id of ["petstore", "hostile", "gadgets"] as const) {
    const rendered = await renderService(fixtureService(id), model);
    for (const [p, contents] of rendered.files) {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), contents);
    }
    modules[id] = (await import(pathToFileURL(path.join(dir, id, "dist", "client.js")).href)) as ClientModule;
  }
  server = await startCaptureServer();
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function client(id: string, name: string, extra: Record<string, unknown> = {}): Client {
  const Ctor = modules[id]![name] as new (o: unknown) => Client;
  return new Ctor({ endpoint: server.url, region: "us-east-1", credentials, token: "tok", retry: false, ...extra });
}

async function lastRequest(run: () => Promise<unknown>) {
  const before = server.requests.length;
  const result = await run().catch((e: unknown) => e);
  expect(server.requests.length).toBe(before + 1);
  return { sent: server.requests[before]!, result };
}

describe("petstore (AWS REST-JSON fixture)", () => {
  it("puts path, query, header and body members where the spec says, with wire names", async () => {
    server.replies.push({ status: 201, body: '{"id":"p1","name":"Rex","tags":{"a":"b"},"extra":1}' });
    const { sent, result } = await lastRequest(() =>
      client("petstore", "PetStoreClient").createPet!({ storeId: "store 1/2", name: "Rex", clientToken: "ct-1", dryRun: true, kind: "dog", nicknames: ["R", null], collar: { size: "M", engraving: "Hi" } }),
    );
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe("/stores/store%201%2F2/pets?dry_run=true");
    expect(sent.headers["x-client-token"]).toBe("ct-1");
    expect(JSON.parse(sent.body)).toEqual({ name: "Rex", kind: "dog", nicknames: ["R"], collar: { size: "M", engraving_text: "Hi" } });
    expect(result).toEqual({ id: "p1", name: "Rex", tags: { a: "b" } });
  });

  it("keeps `/` in greedy labels, sends HEAD without a body and reads typed output headers", async () => {
    server.replies.push({ status: 200, headers: { "Content-Length": "0", "Last-Modified": "Tue, 15 Nov 1994 12:45:26 GMT" } });
    const { sent, result } = await lastRequest(() => client("petstore", "PetStoreClient").headFile!({ key: "dir a/ü/file.txt" }));
    expect(sent.method).toBe("HEAD");
    expect(sent.url).toBe("/files/dir%20a/%C3%BC/file.txt");
    expect(sent.body).toBe("");
    expect(sent.headers["content-type"]).toBeUndefined();
    expect(result).toEqual({ contentLength: 0, lastModified: "Tue, 15 Nov 1994 12:45:26 GMT" });
  });

  it("reads header and body members of an output, and header members of an error", async () => {
    server.replies.push({ status: 200, headers: { ETag: '"v7"' }, body: '{"pet":{"id":"p1","engraving_text":"x"}}' });
    const { sent, result } = await lastRequest(() => client("petstore", "PetStoreClient").getPet!({ storeId: "s", petId: "p1", view: "full" }));
    expect(sent.url).toBe("/stores/s/pets/p1?view=full");
    expect(result).toEqual({ etag: '"v7"', pet: { id: "p1" } });

    server.replies.push({ status: 412, headers: { "x-amzn-ErrorType": "PreconditionFailedException", ETag: '"v8"' }, body: '{"message":"stale"}' });
    const failed = await lastRequest(() => client("petstore", "PetStoreClient").updatePet!({ storeId: "s", petId: "p1", patchOperations: [] }));
    expect(failed.result).toBeInstanceOf(modules.petstore!.PreconditionFailedException as new () => Error);
    expect(failed.result).toMatchObject({ data: { message: "stale", currentEtag: '"v8"' } });
  });
});

describe("hostile fixture", () => {
  it("sends hostile wire names byte for byte and maps a hostile error code to its class", async () => {
    server.replies.push({ status: 200, body: JSON.stringify({ 'odd "key" */ ${x} </script>': "back", mode: "m" }) });
    const hostile = client("hostile", "HostileClient");
    const { sent, result } = await lastRequest(() => hostile.echoText!({ id: "a`b", text: "t\u2028", filter: "x&y", tag: "v", nested: { note: "n" } }));
    expect(sent.url).toBe("/echo/a%60b?filter%5Bname%5D=x%26y");
    expect(sent.headers["x-hostile-tag"]).toBe("v");
    expect(Object.keys(JSON.parse(sent.body) as object)).toContain('odd "key" */ ${x} </script>');
    expect(JSON.parse(sent.body)['odd "key" */ ${x} </script>']).toBe("t\u2028");
    expect(result).toMatchObject({ echoed: "back", mode: "m" });

    server.replies.push({ status: 400, headers: { "x-amzn-ErrorType": 'Hostile"Code' }, body: '{"message":"no"}' });
    const failed = await lastRequest(() => hostile.echoText!({ id: "a", text: "t" }));
    expect(failed.result).toBeInstanceOf(modules.hostile!.HostileException as new () => Error);
  });
});

describe("gadgets (Huawei REST-JSON fixture)", () => {
  it("maps a service-wide error by the code this operation uses, and by status", async () => {
    server.replies.push({ status: 404, body: '{"error_code":"GW.3081","error_msg":"gone"}' }, { status: 404, body: '{"error_code":"GW.other","error_msg":"gone"}' });
    const gadgets = client("gadgets", "GadgetsClient");
    for (let i = 0; i < 2; i++) {
      const { sent, result } = await lastRequest(() => gadgets.updateGadget!({ project_id: "p", gadget_id: "g 1", name: "n" }));
      expect(sent.url).toBe("/v2/p/gadgets/g%201");
      expect(sent.headers["x-auth-token"]).toBe("tok");
      expect(result).toBeInstanceOf(modules.gadgets!.NotFoundError as new () => Error);
    }
  });
});
