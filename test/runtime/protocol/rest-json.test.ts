/** The REST-JSON binding both vendors share, one message direction at a time. */
import { describe, expect, it } from "vitest";
import { decodeMembers, decodeRequest, encodeMembers, encodeOutput, encodeRequest } from "../../../src/runtime/protocol/rest-json.js";
import { decodeServiceTable } from "../../../src/runtime/table/decode.js";
import type { ServiceTable } from "../../../src/runtime/table/types.js";

const table: ServiceTable = {
  id: "b",
  name: "B",
  title: "B",
  protocol: "aws-rest-json",
  auth: { scheme: "sigv4", signingName: "b" },
  rejectUnknownInput: true,
  shapes: {
    In: [
      ["thingId", "string", "thing_id", "path"],
      ["rest", "string", "rest", "path"],
      ["tags", ["list", "string"], "tag", "query"],
      ["limit", "integer", "limit", "query"],
      ["token", "string", "X-Token", "header"],
      ["name", "string"],
      ["size", "integer"],
    ],
    GetIn: [
      ["thingId", "string", "thing_id", "path"],
      ["rest", "string", "rest", "path"],
    ],
    Out: [
      ["id", "string"],
      ["retryAfter", "integer", "Retry-After", "header"],
    ],
    Same: [["a", "string"]],
  },
  errors: {},
  operations: {
    Op: { method: "PUT", path: "/things/{thing_id}/{rest+}", status: 200, input: "In", output: "Out", errors: [] },
    Get: { method: "GET", path: "/things/{thing_id}/{rest+}?view=full", status: 200, input: "GetIn", output: "Same", errors: [] },
  },
};
const model = decodeServiceTable(table);
const op = model.operations.get("Op")!;
const get = model.operations.get("Get")!;
const headers = (h: Record<string, string>) => new Headers(h);

describe("client: encodeRequest", () => {
  it("puts every member where the table says, with wire names, body members in table order", () => {
    const r = encodeRequest(op, { size: 2, name: "n", thingId: "a b", rest: "x/y z", tags: ["p", "q"], limit: 10, token: "t" }, "http://h:1/base/");
    expect(r.method).toBe("PUT");
    expect(r.url).toBe("http://h:1/base/things/a%20b/x/y%20z?tag=p&tag=q&limit=10");
    expect(r.headers).toEqual({ "x-token": "t", "content-type": "application/json" });
    expect(r.body).toBe('{"name":"n","size":2}');
  });

  it("sorts query keys as the AWS SDKs do when asked (a key's values keep their order)", () => {
    const r = encodeRequest(op, { thingId: "a", rest: "b", tags: ["q", "p"], limit: 10 }, "http://h", true);
    expect(r.url).toBe("http://h/things/a/b?limit=10&tag=q&tag=p");
  });

  it("sends an empty JSON object when no body member is set, and no query or undefined members", () => {
    const r = encodeRequest(op, { thingId: "a", rest: "b", name: undefined, tags: undefined }, "http://h");
    expect(r.url).toBe("http://h/things/a/b");
    expect(r.body).toBe("{}");
  });

  it("sends no body and no content type for operations without body members; literal query first", () => {
    const r = encodeRequest(get, { thingId: "a", rest: "b", limit: 1 }, "http://h");
    expect(r.body).toBeUndefined();
    expect(r.headers["content-type"]).toBeUndefined();
    expect(r.url).toBe("http://h/things/a/b?view=full");
  });

  it("refuses objects where a path label is expected", () => {
    expect(() => encodeRequest(op, { thingId: { a: 1 }, rest: "b" }, "http://h")).toThrow(/cannot put a object/);
  });

  it("reads only own members of the input", () => {
    const input = Object.create({ name: "inherited" }) as Record<string, unknown>;
    Object.assign(input, { thingId: "a", rest: "b" });
    expect(encodeRequest(op, input, "http://h").body).toBe("{}");
  });
});

describe("client: decodeMembers", () => {
  it("reads header members from headers and body members from the body, unknown members dropped", () => {
    expect(decodeMembers(op.output!, { status: 200, headers: headers({ "retry-after": "3" }), body: { id: "x", other: 1 } })).toEqual({ retryAfter: 3, id: "x" });
    expect(decodeMembers(op.output!, { status: 200, headers: headers({}), body: "not json" })).toEqual({});
  });
});

describe("mock: decodeRequest", () => {
  it("binds labels, query, headers and body to documented names, converting text by type", () => {
    const request = { labels: ["a b", "x/y"], query: "tag=p&tag=q&limit=7&other=1", headers: headers({ "X-Token": "t" }), body: { name: "n", size: 2 } };
    expect(decodeRequest(op, request, true)).toEqual({
      input: { thingId: "a b", rest: "x/y", tags: ["p", "q"], limit: 7, token: "t", name: "n", size: 2 },
      problems: [],
    });
  });

  it("reports body members it does not know when the service rejects them, else drops them", () => {
    const request = { labels: ["a", "b"], query: "", headers: headers({}), body: { name: "n", thing_id: "again" } };
    expect(decodeRequest(op, request, true).problems).toEqual([{ wirePath: "thing_id", rule: "unknown", message: "is not a known member" }]);
    expect(decodeRequest(op, request, false)).toEqual({ input: { thingId: "a", rest: "b", name: "n" }, problems: [] });
  });
});

describe("mock: encodeOutput", () => {
  it("puts header members in headers and body members in the body", () => {
    expect(encodeOutput(op, { id: "1", retryAfter: 5 }, "application/json")).toEqual({ status: 200, headers: { "content-type": "application/json", "Retry-After": "5" }, body: '{"id":"1"}' });
  });

  it("leaves identity shapes untouched (the mock projects answers before encoding)", () => {
    const same = { a: "x" };
    expect(encodeMembers(model.structures.get("Same")!, same, {})).toBe(same);
  });

  it("sends no body and no content type for an operation without output", () => {
    const noOutput = { ...get, output: undefined };
    expect(encodeOutput(noOutput, undefined, "application/json")).toEqual({ status: 200, headers: {}, body: "" });
  });
});
