/**
 * Generated clients of the fixture specs, which use what the real specs do
 * not: query and header members, greedy labels, HEAD, output headers,
 * operations without output, hostile wire names and codes. The packages are
 * the ones global-setup generated; they are called against a capture server.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturesEnv } from "../support/env.js";
import { startCaptureServer, type CaptureServer } from "../support/capture-server.js";

type Client = Record<string, (input: unknown, options?: unknown) => Promise<unknown>>;
type ClientModule = Record<string, unknown>;

let server: CaptureServer;
const modules: Record<string, ClientModule> = {};
const credentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

beforeAll(async () => {
  for (const svc of fixturesEnv().model.services) {
    modules[svc.id] = (await import(pathToFileURL(path.join(fixturesEnv().generatedDir, svc.id, "client.js")).href)) as ClientModule;
  }
  server = await startCaptureServer();
});

afterAll(async () => {
  await server?.close();
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

  it("resolves an operation without output to undefined, whatever the body", async () => {
    server.replies.push({ status: 204 });
    const { sent, result } = await lastRequest(() => client("petstore", "PetStoreClient").deletePet!({ storeId: "s", petId: "p 1" }));
    expect(sent.method).toBe("DELETE");
    expect(sent.url).toBe("/stores/s/pets/p%201");
    expect(sent.body).toBe("");
    expect(result).toBeUndefined();
  });

  it("sends included service-wide members like its own, and a list's query members", async () => {
    server.replies.push({ status: 200, body: '{"pets":[{"id":"p1","name":"Rex","extra":true}]}' });
    const { sent, result } = await lastRequest(() => client("petstore", "PetStoreClient").listPets!({ storeId: "s/1", maxResults: 10 }));
    expect(sent.url).toBe("/stores/s%2F1/pets?maxResults=10");
    expect(result).toEqual({ pets: [{ id: "p1", name: "Rex" }] });
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
