/**
 * Protocol round trips, both directions, for every operation of the real
 * specs and of the kitchen-sink table (every location and every type):
 * what the client encodes, the mock decodes back to the same input; what
 * the mock encodes, the client decodes back to the same output.
 */
import { describe, expect, it } from "vitest";
import { Router } from "../../../src/runtime/mock/router.js";
import { protocolFor } from "../../support/protocols.js";
import { decodeServiceTable } from "../../../src/runtime/table/decode.js";
import type { MemberModel, OperationModel, StructureModel, TypeModel } from "../../../src/runtime/table/model.js";
import type { ServiceTable } from "../../../src/runtime/table/types.js";
import { kitchenSink, sinkInput, sinkOutput } from "../helpers/kitchen-sink.js";
import { realDefinitions } from "../helpers/real-specs.js";

/** A value of `type` for member `m`: text that is hostile on the wire, yet legal where it travels. */
function valueOf(type: TypeModel, m: MemberModel, depth: number): unknown {
  const inHeader = m.location === "header";
  switch (type.kind) {
    case "string":
      return inHeader ? `v-${m.wire}, "quoted"` : `v ${m.name}/ü&=?#%2F 名 "q"`;
    case "integer":
      return 42;
    case "long":
      return 9007199254740991;
    case "float":
      return 1.5;
    case "double":
      return -2.25;
    case "boolean":
      return true;
    case "timestamp":
      return type.format === "epoch-seconds" ? 1714979289.5 : type.format === "http-date" ? "Mon, 06 May 2024 07:08:09 GMT" : "2024-05-06T07:08:09Z";
    case "list":
      return [valueOf(type.items, m, depth + 1), valueOf(type.items, m, depth + 1)];
    case "map": {
      const out: Record<string, unknown> = { "k 1/ü": valueOf(type.values, m, depth + 1) };
      Object.defineProperty(out, "__proto__", { value: valueOf(type.values, m, depth + 1), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case "structure":
      return depth > 3 ? {} : structureValue(type.shape, depth + 1);
  }
}

function structureValue(shape: StructureModel, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of shape.members) out[m.name] = valueOf(m.type, m, depth);
  return out;
}

/** Every operation of a table, with a router over them (what the mock would route with). */
function operationsOf(table: ServiceTable) {
  const model = decodeServiceTable(table);
  const router = new Router<OperationModel>();
  for (const op of model.operations.values()) router.add(op.method, op.template, op);
  return [...model.operations.values()].map((op) => ({ id: model.id, op, router, protocol: protocolFor(model.protocol), title: `${model.id} ${op.name}` }));
}

const tables = [...realDefinitions().map((d) => d.service), kitchenSink];
const cases = tables.flatMap(operationsOf);

/** Client encode -> (the wire) -> route -> mock decode. */
function throughTheWire({ op, router, protocol }: (typeof cases)[number], input: Record<string, unknown>, rejectUnknown = true) {
  const request = protocol.encodeRequest(op, input, "https://example.com/base");
  const url = new URL(request.url);
  expect(url.pathname.startsWith("/base/")).toBe(true);
  const routed = router.match(request.method, url.pathname.slice("/base".length));
  if (routed.kind !== "match") throw new Error(`not routed: ${routed.kind}`);
  expect(routed.match.targets).toContain(op);
  const body = request.body === undefined ? {} : (JSON.parse(request.body) as unknown);
  return protocol.decodeRequest(op, { labels: routed.match.values, query: url.search.slice(1), headers: new Headers(request.headers), body }, rejectUnknown);
}

describe.each(cases)("$title", (c) => {
  it("client encode -> mock decode gives the input back (every member set)", () => {
    const input = structureValue(c.op.input);
    expect(throughTheWire(c, input)).toEqual({ input, problems: [] });
  });

  it("mock encode -> client decode gives the output back (every member set)", () => {
    if (!c.op.output) return;
    const output = structureValue(c.op.output);
    const w = c.protocol.encodeOutput(c.op, output);
    expect(w.status).toBe(c.op.status);
    const received = { status: w.status, headers: new Headers(w.headers), body: JSON.parse(w.body) as unknown };
    expect(c.protocol.decodeOutput(c.op, received)).toEqual(output);
  });
});

describe("kitchen sink, hand-picked values", () => {
  const put = cases.find((c) => c.title === "sink PutThing")!;

  it("round-trips an input with a member in every location, Dates given as Date", () => {
    expect(throughTheWire(put, sinkInput)).toEqual({ input: sinkInput, problems: [] });
    const withDates = { ...sinkInput, Since: new Date("2024-05-06T07:08:09Z"), Modified: new Date("2024-05-06T07:08:09Z"), Epoch: new Date(1714979289000) };
    expect(throughTheWire(put, withDates).input).toMatchObject({ Since: "2024-05-06T07:08:09Z", Modified: "Mon, 06 May 2024 07:08:09 GMT", Epoch: 1714979289 });
  });

  it("round-trips an output with header members of every kind", () => {
    const w = put.protocol.encodeOutput(put.op, sinkOutput);
    expect(w.headers).toMatchObject({ "X-Request-Token": "req-1", "X-Count": "5", "X-Tags": 't1, "t, 2"', Expires: "Tue, 07 May 2024 07:08:09 GMT" });
    expect(put.protocol.decodeOutput(put.op, { status: 200, headers: new Headers(w.headers), body: JSON.parse(w.body) })).toEqual(sinkOutput);
  });

  it("unset and null members travel nowhere", () => {
    const request = put.protocol.encodeRequest(put.op, { ThingId: "t", Version: 1, Key: "k", Token: null, Tags: [], Names: [] }, "https://h");
    expect(request.url).toBe("https://h/things/t/v/1/files/k");
    expect(Object.keys(request.headers)).toEqual(["content-type"]);
    expect(request.body).toBe("{}");
  });

  it("an operation without output, and a trailing-slash path with a literal query, round-trip too", () => {
    const list = cases.find((c) => c.title === "sink ListThings")!;
    const request = list.protocol.encodeRequest(list.op, { Prefix: "a b" }, "https://h");
    expect(request.url).toBe("https://h/things/?list-type=2&prefix=a%20b");
    expect(throughTheWire(list, { Prefix: "a b" }).input).toEqual({ Prefix: "a b" });
    const del = cases.find((c) => c.title === "sink DeleteThing")!;
    expect(del.protocol.encodeOutput(del.op, undefined)).toEqual({ status: 204, headers: {}, body: "" });
  });
});
