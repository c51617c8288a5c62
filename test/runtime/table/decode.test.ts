/** The one table decoder: real tables and hand-written edge cases. */
import { describe, expect, it } from "vitest";
import { decodeServiceTable } from "../../../src/runtime/table/decode.js";
import { parsePathTemplate } from "../../../src/runtime/table/path-template.js";
import type { ServiceTable } from "../../../src/runtime/table/types.js";
import { kitchenSink } from "../helpers/kitchen-sink.js";
import { realTable } from "../helpers/real-specs.js";

const tiny = (over: Partial<ServiceTable>): ServiceTable => ({
  id: "t",
  name: "T",
  title: "T",
  protocol: "aws-rest-json",
  auth: { scheme: "sigv4", signingName: "t" },
  rejectUnknownInput: true,
  shapes: { In: [] },
  errors: {},
  operations: { Op: { method: "GET", path: "/", status: 200, input: "In", errors: [] } },
  ...over,
});

describe("decodeServiceTable", () => {
  it("indexes a real table: members by name and wire name, by location, labels bound in template order", () => {
    const model = decodeServiceTable(realTable("apigateway"));
    const put = model.operations.get("PutMethod")!;
    expect(put.labels.map((m) => m.name)).toEqual(["restApiId", "resourceId", "httpMethod"]);
    expect(put.input.path.map((m) => m.wire)).toEqual(["restapi_id", "resource_id", "http_method"]);
    expect(put.input.body.map((m) => m.name)).toEqual(["authorizationType", "authorizerId", "apiKeyRequired", "operationName", "requestParameters", "requestModels", "requestValidatorId", "authorizationScopes"]);
    expect(put.output?.name).toBe("Method");
    expect(put.errorsByName.get("LimitExceededException")?.error).toMatchObject({ status: 429, retryable: true });
    const limit = model.errors.get("LimitExceededException")!;
    expect(limit.members.headers.map((m) => [m.name, m.wire, m.headerKey])).toEqual([["retryAfterSeconds", "Retry-After", "retry-after"]]);
    expect(model.errorsByCode.get("NotFoundException")?.name).toBe("NotFoundException");
  });

  it("knows which structures need no renaming", () => {
    const apigw = decodeServiceTable(realTable("apigateway"));
    expect(apigw.structures.get("Method")!.identity).toBe(true);
    // Path members are not body members: an input with them is not identity.
    expect(apigw.structures.get("PutMethodRequest")!.identity).toBe(false);
    const amplify = decodeServiceTable(realTable("amplifybackend"));
    expect(amplify.structures.get("BackendAPIConflictResolution")!.identity).toBe(false);
    const sink = decodeServiceTable(kitchenSink);
    // Recursive shapes: Node refers to itself and renames.
    expect(sink.structures.get("Node")!.identity).toBe(false);
    const same = decodeServiceTable(tiny({ shapes: { In: [], Tree: [["kids", ["list", "Tree"]], ["name", "string"]] } }));
    expect(same.structures.get("Tree")!.identity).toBe(true);
  });

  it("resolves structure references, recursive ones included, and timestamp formats", () => {
    const sink = decodeServiceTable(kitchenSink);
    const node = sink.structures.get("Node")!;
    const children = node.byName.get("Children")!.type;
    expect(children.kind === "list" && children.items.kind === "structure" && children.items.shape).toBe(node);
    const put = sink.operations.get("PutThing")!;
    expect(put.input.byName.get("Modified")!.type).toEqual({ kind: "timestamp", format: "http-date" });
    expect(put.input.byWire.get("created")!.name).toBe("Created");
    expect(put.template.segments.at(-1)).toEqual({ label: "key", greedy: true });
    expect(sink.operations.get("DeleteThing")!.output).toBeUndefined();
  });

  it("gives each operation the codes it uses: its own, else the service-wide one", () => {
    const hw = decodeServiceTable(realTable("huawei-apig"));
    const authorizer = hw.operations.get("UpdateCustomAuthorizer")!;
    expect(authorizer.errorsByName.get("NotFoundError")!.code).toBe("APIG.3081");
    expect(authorizer.errorsByCode.get("APIG.3081")!.error.name).toBe("NotFoundError");
    expect(hw.operations.get("UpdateGatewayResponse")!.errorsByCode.get("APIG.3001")!.error.name).toBe("NotFoundError");
    expect(hw.errors.get("NotFoundError")!.code).toBeUndefined();
    expect(hw.errorsByCode.get("APIG.2011")!.name).toBe("BadRequestError");
  });

  it("decodes a table object once", () => {
    const table = realTable("apigateway");
    expect(decodeServiceTable(table)).toBe(decodeServiceTable(table));
  });

  it("refuses inconsistent tables at once, naming the problem", () => {
    expect(() => decodeServiceTable(tiny({ shapes: { In: [["x", "Nope"]] } }))).toThrow("service table t: In.x has unknown type 'Nope'");
    expect(() => decodeServiceTable(tiny({ operations: { Op: { method: "GET", path: "/", status: 200, input: "Missing", errors: [] } } }))).toThrow(/operation Op: unknown input 'Missing'/);
    expect(() => decodeServiceTable(tiny({ operations: { Op: { method: "GET", path: "/{id}", status: 200, input: "In", errors: [] } } }))).toThrow(/no input member is bound to path label \{id\}/);
    expect(() => decodeServiceTable(tiny({ shapes: { In: [["id", "string", "id", "path"]] } }))).toThrow(/path member id has no label \{id\}/);
    expect(() => decodeServiceTable(tiny({ operations: { Op: { method: "GET", path: "/", status: 200, input: "In", errors: ["Gone"] } } }))).toThrow(/unknown error 'Gone'/);
    expect(() => decodeServiceTable(tiny({ operations: { Op: { method: "GET", path: "/a{b}", status: 200, input: "In", errors: [] } } }))).toThrow(/a label must fill a whole segment/);
  });
});

describe("parsePathTemplate", () => {
  it("splits literal and label segments, greedy labels last", () => {
    expect(parsePathTemplate("/v2/{project_id}/apigw/{key+}")).toEqual({
      segments: [{ literal: "v2" }, { label: "project_id", greedy: false }, { literal: "apigw" }, { label: "key", greedy: true }],
      labels: ["project_id", "key"],
      trailingSlash: false,
      query: [],
    });
    expect(() => parsePathTemplate("/{key+}/x")).toThrow(/greedy label must be the last/);
  });

  it("keeps a trailing slash and literal query pairs", () => {
    expect(parsePathTemplate("/2015-03-31/functions/")).toMatchObject({ trailingSlash: true });
    expect(parsePathTemplate("/")).toMatchObject({ segments: [], trailingSlash: false });
    expect(parsePathTemplate("/restapis/{id}?mode=import&flag")).toMatchObject({ query: [["mode", "import"], ["flag", ""]] });
  });
});
