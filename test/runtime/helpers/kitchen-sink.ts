/**
 * A hand-written service whose one big operation has a member in every
 * location and of every type (the real specs have no query, header or
 * timestamp members), a recursive shape, renamed nested members, an
 * operation without output and a path with a trailing slash.
 */
import type { ServiceTable, TableMember } from "../../../src/runtime/table/types.js";

const body: TableMember[] = [
  ["Name", "string", "name"],
  ["Config", "Config", "config"],
  ["Items", ["list", "Config"], "items"],
  ["Labels", ["map", "string"], "labels"],
  ["Nested", ["map", ["list", "Config"]], "nested"],
  ["Created", "timestamp:epoch-seconds", "created"],
  ["When", "timestamp:date-time", "when"],
  ["Score", "float", "score"],
  ["Big", "long", "big"],
  ["Enabled", "boolean", "enabled"],
  ["Tree", "Node", "tree"],
];

export const kitchenSink: ServiceTable = {
  id: "sink",
  name: "Sink",
  title: "Kitchen sink",
  protocol: "aws-rest-json",
  auth: { scheme: "sigv4", signingName: "sink" },
  endpoint: "https://sink.{region}.example.com",
  rejectUnknownInput: true,
  shapes: {
    PutThingRequest: [
      ["ThingId", "string", "thing_id", "path"],
      ["Version", "integer", "version", "path"],
      ["Key", "string", "key", "path"],
      ["Tags", ["list", "string"], "tag", "query"],
      ["Limit", "integer", "limit", "query"],
      ["Ratio", "double", "ratio", "query"],
      ["Flag", "boolean", "flag", "query"],
      ["Since", "timestamp:date-time", "since", "query"],
      ["Ids", ["list", "integer"], "id", "query"],
      ["Token", "string", "X-Token", "header"],
      ["Names", ["list", "string"], "X-Names", "header"],
      ["Retries", "long", "X-Retries", "header"],
      ["Verbose", "boolean", "X-Verbose", "header"],
      ["Modified", "timestamp:http-date", "If-Modified-Since", "header"],
      ["Dates", ["list", "timestamp:http-date"], "X-Dates", "header"],
      ["Epoch", "timestamp:epoch-seconds", "X-Epoch", "header"],
      ...body,
    ],
    Thing: [
      ["RequestToken", "string", "X-Request-Token", "header"],
      ["Count", "integer", "X-Count", "header"],
      ["Tags", ["list", "string"], "X-Tags", "header"],
      ["Expires", "timestamp:http-date", "Expires", "header"],
      ...body,
    ],
    Config: [
      ["ApiName", "string", "apiName"],
      ["Mode", "string", "mode"],
      ["Weight", "double", "weight"],
    ],
    Node: [
      ["Value", "string", "value"],
      ["Children", ["list", "Node"], "children"],
    ],
    DeleteThingRequest: [["ThingId", "string", "thing_id", "path"]],
    ListThingsRequest: [["Prefix", "string", "prefix", "query"]],
    ThingList: [["Things", ["list", "Config"], "things"]],
  },
  errors: {
    BadRequestException: { status: 400, code: "BadRequestException", members: [["Message", "string", "message"]] },
    ThrottledException: {
      status: 429,
      code: "ThrottledException",
      retryable: true,
      members: [
        ["RetryAfter", "integer", "Retry-After", "header"],
        ["Message", "string", "message"],
        ["Reason", "string", "reason"],
      ],
    },
  },
  operations: {
    PutThing: {
      method: "PUT",
      path: "/things/{thing_id}/v/{version}/files/{key+}",
      status: 200,
      input: "PutThingRequest",
      output: "Thing",
      errors: ["BadRequestException", "ThrottledException"],
    },
    DeleteThing: {
      method: "DELETE",
      path: "/things/{thing_id}",
      status: 204,
      input: "DeleteThingRequest",
      errors: ["BadRequestException"],
    },
    ListThings: {
      method: "GET",
      path: "/things/?list-type=2",
      status: 200,
      input: "ListThingsRequest",
      output: "ThingList",
      errors: [],
    },
  },
};

const config = (i: number) => ({ ApiName: `api ${i}`, Mode: "API_KEY", Weight: i + 0.5 });

/** Every body member of PutThingRequest / Thing set, with values that survive the wire. */
export const sinkBody: Record<string, unknown> = {
  Name: "thing \"one\", ü/名前 ☃",
  Config: config(1),
  Items: [config(2), config(3)],
  Labels: { "a b": "x", constructor: "c" },
  Nested: { k: [config(4)], empty: [] },
  Created: 1714979289.5,
  When: "2024-05-06T07:08:09Z",
  Score: 1.5,
  Big: 9007199254740991,
  Enabled: false,
  Tree: { Value: "root", Children: [{ Value: "leaf", Children: [] }] },
};
// `__proto__` in an object literal sets the prototype; make it an own key as JSON.parse would.
Object.defineProperty(sinkBody["Labels"], "__proto__", { value: "p", enumerable: true, writable: true, configurable: true });

/** A PutThing input with a member in every location and of every type. */
export const sinkInput: Record<string, unknown> = {
  ThingId: "a b/c ü",
  Version: 7,
  Key: "dir one/sub/file.txt",
  Tags: ["x", "y z", "a&b=c"],
  Limit: 10,
  Ratio: 0.25,
  Flag: true,
  Since: "2024-05-06T07:08:09Z",
  Ids: [1, 2, 3],
  Token: "tok-123",
  Names: ["plain", "with, comma", 'with "quote"', "back\\slash"],
  Retries: 3,
  Verbose: false,
  Modified: "Mon, 06 May 2024 07:08:09 GMT",
  Dates: ["Mon, 06 May 2024 07:08:09 GMT", "Tue, 07 May 2024 07:08:09 GMT"],
  Epoch: 1714979289,
  ...sinkBody,
};

/** A Thing output with a member in every location and of every type. */
export const sinkOutput: Record<string, unknown> = {
  RequestToken: "req-1",
  Count: 5,
  Tags: ["t1", "t, 2"],
  Expires: "Tue, 07 May 2024 07:08:09 GMT",
  ...sinkBody,
};
