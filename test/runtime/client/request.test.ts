import { describe, expect, it } from "vitest";
import { buildRequest } from "../../../src/runtime/client/request.js";
import type { OperationSpec } from "../../../src/runtime/client/schema.js";

const spec: OperationSpec = {
  name: "Op",
  method: "PUT",
  path: "/things/{thing_id}/{rest+}",
  status: 200,
  input: [
    ["thingId", "thing_id", 0, "path"],
    ["rest", "rest", 0, "path"],
    ["tags", "tag", ["l", 0], "query"],
    ["limit", "limit", 0, "query"],
    ["token", "X-Token", 0, "header"],
    ["name", "name", 0, "body"],
    ["size", "size", 0, "body"],
  ],
  output: [],
  errors: [],
};

describe("buildRequest", () => {
  it("puts every member where the table says, with wire names", () => {
    const r = buildRequest(spec, { size: 2, name: "n", thingId: "a b", rest: "x/y z", tags: ["p", "q"], limit: 10, token: "t" }, {}, "http://h:1/base/");
    expect(r.method).toBe("PUT");
    expect(r.url).toBe("http://h:1/base/things/a%20b/x/y%20z?tag=p&tag=q&limit=10");
    expect(r.headers).toEqual({ "x-token": "t", "content-type": "application/json" });
    expect(r.body).toBe('{"name":"n","size":2}');
  });

  it("sends an empty JSON object when no body member is set, and no query or undefined members", () => {
    const r = buildRequest(spec, { thingId: "a", rest: "b", name: undefined, tags: undefined }, {}, "http://h");
    expect(r.url).toBe("http://h/things/a/b");
    expect(r.body).toBe("{}");
  });

  it("sends no body and no content type for operations without body members", () => {
    const get: OperationSpec = { ...spec, method: "GET", input: spec.input.filter((m) => m[3] !== "body") };
    const r = buildRequest(get, { thingId: "a", rest: "b" }, {}, "http://h");
    expect(r.body).toBeUndefined();
    expect(r.headers["content-type"]).toBeUndefined();
  });

  it("refuses objects where a path label is expected", () => {
    expect(() => buildRequest(spec, { thingId: { a: 1 }, rest: "b" }, {}, "http://h")).toThrow(/cannot put a object/);
  });
});
