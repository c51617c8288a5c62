/**
 * Resources with a lifecycle, over HTTP: create (generated ids, conflicts),
 * read, update, patch, delete, list and upsert; parents that must exist and
 * parents assumed to; instances present from the start; reset; eviction by
 * count and by bytes; and the real API Gateway account.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startMock } from "../../../../src/runtime/mock/server.js";
import type { MockOptions, RunningMock } from "../../../../src/runtime/mock/types.js";
import { petStoreDefinition } from "../../helpers/pet-store.js";
import { mockDefinition, services } from "../../../support/mock-services.js";
import { sigv4Header } from "../../helpers/tables.js";

let mock: RunningMock | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function start(options: MockOptions = {}) {
  mock = await startMock([petStoreDefinition], options);
}

async function call(method: string, path: string, body?: unknown, auth = sigv4Header("petstore")) {
  const res = await fetch(mock!.url + path, {
    method,
    headers: { authorization: auth, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("x-amzn-errortype"), body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> | undefined };
}

async function newStore(name = "main"): Promise<string> {
  const r = await call("POST", "/stores", { name });
  expect(r.status).toBe(201);
  return r.body!["id"] as string;
}

describe("create and read", () => {
  it("generates a 32-hex id into the key member and the output member, then answers reads of it", async () => {
    await start();
    const id = await newStore("s1");
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await newStore("s2")).not.toBe(id);
    expect(await call("GET", `/stores/${id}`)).toMatchObject({ status: 200, body: { id, name: "s1" } });
    expect(await call("GET", "/stores/nope")).toEqual({ status: 404, type: "NotFoundException", body: { message: "Store not found for storeId=nope" } });
  });

  it("stores what was put (over the sample) and answers it projected onto the output shape; a second create conflicts", async () => {
    await start();
    const store = await newStore();
    const created = await call("PUT", `/stores/${store}/pets/rex`, { kind: "DOG", age: 3 });
    expect(created).toMatchObject({ status: 201, body: { name: "rex", kind: "DOG", age: 3, note: "new" } });
    expect((await call("GET", `/stores/${store}/pets/rex`)).body).toEqual({ name: "rex", kind: "DOG", age: 3, note: "new" });
    const again = await call("PUT", `/stores/${store}/pets/rex`, { kind: "CAT" });
    expect(again).toEqual({ status: 409, type: "ConflictException", body: { message: `Pet already exists for storeId=${store}, petName=rex` } });
  });
});

describe("parents", () => {
  it("a parent some operation creates must exist, for every action on its children", async () => {
    await start();
    const orphan = await call("PUT", "/stores/nostore/pets/rex", { kind: "DOG" });
    expect(orphan).toEqual({ status: 404, type: "NotFoundException", body: { message: "Store not found for storeId=nostore" } });
    expect((await call("GET", "/stores/nostore/pets")).status).toBe(404);
    const store = await newStore();
    expect((await call("PUT", `/stores/${store}/pets/rex`, { kind: "DOG" })).status).toBe(201);
  });

  it("a parent nobody can create is assumed to exist", async () => {
    await start();
    expect(await call("PUT", "/warehouses/w1/toys/t1", { description: "ball" })).toMatchObject({ status: 201, body: { toy_id: "t1", description: "ball" } });
  });
});

describe("update, patch, delete, list, upsert", () => {
  it("update replaces the fields the input names; a missing instance is not found", async () => {
    await start();
    const store = await newStore();
    await call("PUT", `/stores/${store}/pets/rex`, { kind: "DOG", age: 3 });
    expect((await call("POST", `/stores/${store}/pets/rex`, { age: 4 })).body).toEqual({ name: "rex", kind: "DOG", age: 4, note: "new" });
    expect((await call("GET", `/stores/${store}/pets/rex`)).body).toMatchObject({ age: 4 });
    expect((await call("POST", `/stores/${store}/pets/ghost`, { age: 1 })).status).toBe(404);
  });

  it("patch applies patchOperations to the stored instance; a failing patch changes nothing", async () => {
    await start();
    const store = await newStore();
    await call("PUT", `/stores/${store}/pets/rex`, { kind: "DOG", age: 3, tags: ["a"] });
    const ops = [{ op: "replace", path: "/age", value: "5" }, { op: "add", path: "/tags", value: "b" }, { op: "remove", path: "/tags", value: "a" }];
    expect((await call("PATCH", `/stores/${store}/pets/rex`, { patchOperations: ops })).body).toEqual({ name: "rex", kind: "DOG", age: 5, tags: ["b"], note: "new" });
    const bad = await call("PATCH", `/stores/${store}/pets/rex`, { patchOperations: [{ op: "replace", path: "/age", value: "6" }, { op: "replace", path: "/name", value: "max" }] });
    expect(bad).toEqual({ status: 400, type: "BadRequestException", body: { message: "Invalid patch operation 'replace' on /name: /name cannot be changed this way." } });
    expect((await call("GET", `/stores/${store}/pets/rex`)).body).toMatchObject({ name: "rex", age: 5 });
    expect((await call("PATCH", `/stores/${store}/pets/ghost`, { patchOperations: [] })).status).toBe(404);
  });

  it("delete forgets the instance; list answers the instances under the parent, in the items member", async () => {
    await start();
    const store = await newStore();
    const other = await newStore("other");
    await call("PUT", `/stores/${store}/pets/rex`, { kind: "DOG" });
    await call("PUT", `/stores/${store}/pets/fido`, { kind: "DOG", age: 1 });
    await call("PUT", `/stores/${other}/pets/tom`, { kind: "CAT" });
    expect((await call("GET", `/stores/${store}/pets`)).body).toEqual({ store: "main", pets: [{ name: "rex", kind: "DOG", note: "new" }, { name: "fido", kind: "DOG", age: 1, note: "new" }] });
    expect(await call("DELETE", `/stores/${store}/pets/rex`)).toEqual({ status: 204, type: null, body: undefined });
    expect((await call("GET", `/stores/${store}/pets/rex`)).status).toBe(404);
    expect((await call("DELETE", `/stores/${store}/pets/rex`)).status).toBe(404);
    expect((await call("GET", `/stores/${store}/pets`)).body!["pets"]).toEqual([{ name: "fido", kind: "DOG", age: 1, note: "new" }]);
    expect((await call("GET", `/stores/${other}/pets`)).body!["pets"]).toEqual([{ name: "tom", kind: "CAT", note: "new" }]);
    // Deleted, it can be created again.
    expect((await call("PUT", `/stores/${store}/pets/rex`, { kind: "DOG" })).status).toBe(201);
  });

  it("upsert creates the instance, then lays later inputs over it", async () => {
    await start();
    const store = await newStore();
    expect((await call("PUT", `/stores/${store}/pets/luna/profile`, { kind: "CAT", age: 2 })).body).toEqual({ name: "luna", kind: "CAT", age: 2, note: "profile" });
    expect((await call("PUT", `/stores/${store}/pets/luna/profile`, { age: 3 })).body).toEqual({ name: "luna", kind: "CAT", age: 3, note: "profile" });
    expect((await call("GET", `/stores/${store}/pets/luna`)).body).toMatchObject({ age: 3 });
  });
});

describe("initial instances and reset", () => {
  it("a singleton starts as its initial instance, keeps what is patched, and returns to it on reset", async () => {
    await start();
    expect((await call("GET", "/settings")).body).toEqual({ theme: "dark", features: [] });
    expect((await call("PATCH", "/settings", { patchOperations: [{ op: "add", path: "/features", value: "beta" }] })).body).toEqual({ theme: "dark", features: ["beta"] });
    expect((await call("GET", "/settings")).body).toEqual({ theme: "dark", features: ["beta"] });
    mock!.reset();
    expect((await call("GET", "/settings")).body).toEqual({ theme: "dark", features: [] });
  });

  it("an initial instance whose key leaves members out exists under any value of them, until deleted there", async () => {
    await start();
    const id = "0d982c1ac3da493dae47627b6439fc5c";
    expect(await call("GET", `/projects/p1/authorizers/${id}`)).toMatchObject({ status: 200, body: { id, name: "Authorizer_demo" } });
    expect((await call("GET", "/projects/p1/authorizers/other")).status).toBe(404);
    expect((await call("GET", "/projects/p1/authorizers")).body).toEqual({ authorizers: [{ id, name: "Authorizer_demo" }] });
    expect((await call("DELETE", `/projects/p1/authorizers/${id}`)).status).toBe(204);
    expect((await call("GET", `/projects/p1/authorizers/${id}`)).status).toBe(404);
    expect((await call("GET", "/projects/p1/authorizers")).body).toEqual({ authorizers: [] });
    expect((await call("GET", `/projects/p2/authorizers/${id}`)).status).toBe(200);
    mock!.reset();
    expect((await call("GET", `/projects/p1/authorizers/${id}`)).status).toBe(200);
  });

  it("reset forgets every stored instance", async () => {
    await start();
    const store = await newStore();
    mock!.reset();
    expect((await call("GET", `/stores/${store}`)).status).toBe(404);
  });
});

describe("bounded state", () => {
  it("past maxResources the oldest instances are forgotten", async () => {
    await start({ maxResources: 2 });
    for (const t of ["t1", "t2", "t3"]) await call("PUT", `/warehouses/w/toys/${t}`, { description: t });
    expect((await call("GET", "/warehouses/w/toys")).body).toEqual({ toys: [{ toy_id: "t2", description: "t2" }, { toy_id: "t3", description: "t3" }] });
  });

  it("past maxStateBytes the oldest instances are forgotten", async () => {
    await start({ maxStateBytes: 5000 });
    for (const t of ["t1", "t2", "t3", "t4"]) await call("PUT", `/warehouses/w/toys/${t}`, { description: t.repeat(1000) });
    const toys = (await call("GET", "/warehouses/w/toys")).body!["toys"] as Array<{ toy_id: string }>;
    expect(toys.map((t) => t.toy_id)).toEqual(["t3", "t4"]);
  });
});

describe("stateless", () => {
  it("remembers nothing: creates never conflict, answers are the starting instance with the input laid over it", async () => {
    await start({ stateful: false });
    expect((await call("PUT", "/stores/s/pets/rex", { kind: "DOG" })).body).toEqual({ name: "rex", kind: "DOG", note: "new" });
    expect((await call("PUT", "/stores/s/pets/rex", { kind: "DOG" })).status).toBe(201);
    expect((await call("GET", "/stores/s/pets/rex")).body).toEqual({});
    expect((await call("PATCH", "/settings", { patchOperations: [{ op: "replace", path: "/theme", value: "light" }] })).body).toEqual({ theme: "light", features: [] });
    expect((await call("GET", "/settings")).body).toEqual({ theme: "dark", features: [] });
    expect((await call("POST", "/stores", { name: "s" })).body).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });
});

describe("the real API Gateway account", () => {
  it("starts from its initial instance; usage plans are enabled by adding to /features; read-only throttle settings", async () => {
    mock = await startMock(await Promise.all(services().map((s) => mockDefinition(s.id))));
    const patch = (patchOperations: unknown[]) =>
      fetch(mock!.url + "/account", { method: "PATCH", headers: { authorization: sigv4Header("apigateway"), "content-type": "application/json" }, body: JSON.stringify({ patchOperations }) }).then(async (r) => ({ status: r.status, body: await r.json() }));
    expect(await patch([{ op: "add", path: "/features", value: "UsagePlans" }])).toEqual({ status: 200, body: { throttleSettings: { burstLimit: 5000, rateLimit: 10000 }, features: ["UsagePlans"], apiKeyVersion: "4" } });
    expect((await patch([{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::123456789012:role/x" }])).body).toMatchObject({ cloudwatchRoleArn: "arn:aws:iam::123456789012:role/x", features: ["UsagePlans"] });
    expect(await patch([{ op: "replace", path: "/throttleSettings/burstLimit", value: "1" }])).toMatchObject({ status: 400 });
  });
});
