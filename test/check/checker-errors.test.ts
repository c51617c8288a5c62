/**
 * One case per checker error class: a valid base spec set broken in one
 * place, and the exact `file:line:col error: message (hint)` lines the run
 * prints. Paths are relative to the temp specs folder.
 */
import { describe, expect, test } from "vitest";
import { HOSTILE_CASES } from "./hostile-cases.js";
import { BASE_FILES, diagnose, editOp, OP, SERVICE, withOutputMembers, type Case } from "./spec-set.js";

const baseOp = BASE_FILES[OP]!;
const baseService = BASE_FILES[SERVICE]!;

const CASES: Case[] = [
  [
    "YAML syntax error: duplicate key",
    {
      given: editOp("  method: GET\n", "  method: GET\n  method: PUT\n"),
      want: ["demo/GetThing.yaml:4:3 error: YAML syntax error: Map keys must be unique (each key may appear once in a mapping)"],
    },
  ],
  [
    "YAML syntax error: tab indentation (one report per line)",
    {
      given: editOp("  method: GET\n", "\tmethod: GET\n"),
      want: ["demo/GetThing.yaml:3:1 error: YAML syntax error: Tabs are not allowed as indentation (indent with spaces, not tabs)"],
    },
  ],
  [
    "YAML syntax error: a line indented too far (reported where the parser notices, with a hint)",
    {
      given: editOp("  path: /things/{id}\n", "   path: /things/{id}\n"),
      want: ["demo/GetThing.yaml:3:11 error: YAML syntax error: Nested mappings are not allowed in compact mappings (check the indentation of the next line)"],
    },
  ],
  [
    "YAML syntax error: unclosed quote",
    {
      given: editOp("method: GET", "method: 'GET"),
      want: ["demo/GetThing.yaml:17:1 error: YAML syntax error: Missing closing 'quote (a closing quote or bracket, or a ':', is missing before here)"],
    },
  ],
  [
    "unknown top-level field, with a did-you-mean hint",
    {
      given: { [OP]: baseOp + "documentaton: hi\n" },
      want: ["demo/GetThing.yaml:17:1 error: unknown field 'documentaton' in the file (did you mean 'documentation'?)"],
    },
  ],
  [
    "unknown member field, with a did-you-mean hint",
    {
      given: editOp("      required: true", "      requird: true"),
      want: ["demo/GetThing.yaml:11:7 error: unknown field 'requird' in 'input.members.id' (did you mean 'required'?)"],
    },
  ],
  [
    "unknown field in a nested type (no noise about the parent's valid fields)",
    {
      given: withOutputMembers("    name:\n      type: list\n      items:\n        type: string\n        maxLenght: 3\n"),
      want: ["demo/GetThing.yaml:19:9 error: unknown field 'maxLenght' in 'output.members.name.items' (did you mean 'maxLength'?)"],
    },
  ],
  [
    "a known field where it does not belong",
    {
      given: withOutputMembers("    names:\n      type: list\n      items:\n        type: string\n        wireName: n\n"),
      want: ["demo/GetThing.yaml:19:9 error: field 'wireName' is not allowed in 'output.members.names.items' (see docs/spec-format.md for the fields allowed here)"],
    },
  ],
  [
    "unresolved shape reference",
    {
      given: withOutputMembers("    thing:\n      ref: Thingy\n"),
      want: ["demo/GetThing.yaml:16:12 error: unresolved shape reference 'Thingy' (declared shapes: GetThingRequest, GetThingResponse)"],
    },
  ],
  [
    "path placeholder without a path member",
    {
      given: editOp("/things/{id}", "/things/{id}/{sub}"),
      want: [
        "demo/GetThing.yaml:4:22 error: path placeholder '{sub}' has no input member with location: path and wireName 'sub' (add a path member, e.g. sub: { type: string, location: path, required: true })",
      ],
    },
  ],
  [
    "path placeholder without a path member, in a quoted template",
    {
      given: editOp("path: /things/{id}", 'path: "/things/{id}/{rest+}"'),
      want: [
        "demo/GetThing.yaml:4:23 error: path placeholder '{rest}' has no input member with location: path and wireName 'rest' (add a path member, e.g. rest: { type: string, location: path, required: true })",
      ],
    },
  ],
  [
    "path member without a placeholder",
    {
      given: editOp("/things/{id}", "/things"),
      want: ["demo/GetThing.yaml:8:5 error: path member 'id' (wire name 'id') has no placeholder in '/things' (add {id} to http.path or change its location)"],
    },
  ],
  [
    "duplicate operation name (its default input/output names collide too)",
    {
      given: { "demo/GetThingAgain.yaml": baseOp.replace("/things/{id}", "/other/{id}") },
      want: [
        "demo/GetThingAgain.yaml:1:12 error: operation 'GetThing' is already defined in demo/GetThing.yaml (operation names must be unique in a service)",
        "demo/GetThingAgain.yaml:5:1 error: shape name 'GetThingRequest' is already used at demo/GetThing.yaml:5:1 (give one of them a different `name:`)",
        "demo/GetThingAgain.yaml:12:1 error: shape name 'GetThingResponse' is already used at demo/GetThing.yaml:12:1 (give one of them a different `name:`)",
      ],
    },
  ],
  [
    "duplicate wire name",
    {
      given: withOutputMembers("    a:\n      type: string\n      wireName: x\n    b:\n      type: string\n      wireName: x\n"),
      want: ["demo/GetThing.yaml:20:17 error: wire name 'x' (body) of 'b' is already used by 'a' (wire names must be unique per location)"],
    },
  ],
  [
    "duplicate wire name: a wireName equal to another member's name",
    {
      given: withOutputMembers("    a:\n      type: string\n    b:\n      type: string\n      wireName: a\n"),
      want: ["demo/GetThing.yaml:19:17 error: wire name 'a' (body) of 'b' is already used by 'a' (wire names must be unique per location)"],
    },
  ],
  [
    "duplicate shape name across files",
    {
      given: {
        [SERVICE]: baseService + "shapes:\n  Thing:\n    type: structure\n    members: {}\n",
        [OP]: baseOp + "shapes:\n  Thing:\n    type: enum\n    values: [A]\n",
      },
      want: ["demo/GetThing.yaml:18:3 error: shape name 'Thing' is already used at demo/service.yaml:13:3 (give one of them a different `name:`)"],
    },
  ],
  [
    "duplicate shape name: an inline structure named like the input",
    {
      given: withOutputMembers("    a:\n      type: structure\n      name: GetThingRequest\n      members: {}\n"),
      want: ["demo/GetThing.yaml:15:5 error: shape name 'GetThingRequest' is already used at demo/GetThing.yaml:5:1 (give one of them a different `name:`)"],
    },
  ],
  [
    "default outside its enum",
    {
      given: withOutputMembers("    a:\n      type: enum\n      values: [A, B]\n      default: C\n"),
      want: [
        `demo/GetThing.yaml:18:16 error: default of 'a' "C" is not one of the GetThingResponseA values A, B (a default must satisfy the member's own type and constraints)`,
      ],
    },
  ],
  [
    "default outside its numeric range",
    {
      given: withOutputMembers("    a:\n      type: integer\n      minimum: 1\n      maximum: 10\n      default: 11\n"),
      want: ["demo/GetThing.yaml:19:16 error: default of 'a' 11 is above the maximum 10 (a default must satisfy the member's own type and constraints)"],
    },
  ],
  [
    "default that is an excluded value",
    {
      given: withOutputMembers("    status:\n      type: integer\n      minimum: 200\n      maximum: 599\n      excluded: [444]\n      default: 444\n"),
      want: ["demo/GetThing.yaml:20:16 error: default of 'status' 444 is an excluded value (a default must satisfy the member's own type and constraints)"],
    },
  ],
  [
    "default outside its length",
    {
      given: withOutputMembers("    a:\n      type: string\n      maxLength: 2\n      default: abc\n"),
      want: [`demo/GetThing.yaml:18:16 error: default of 'a' "abc" is longer than maxLength 2 (a default must satisfy the member's own type and constraints)`],
    },
  ],
  [
    "min > max: length",
    {
      given: withOutputMembers("    a:\n      type: string\n      minLength: 5\n      maxLength: 2\n"),
      want: ["demo/GetThing.yaml:17:18 error: 'a': minLength 5 is greater than maxLength 2 (swap them or fix one so that minLength <= maxLength)"],
    },
  ],
  [
    "min > max: numeric",
    {
      given: withOutputMembers("    a:\n      type: double\n      minimum: 5\n      maximum: 2.5\n"),
      want: ["demo/GetThing.yaml:17:16 error: 'a': minimum 5 is greater than maximum 2.5 (swap them or fix one so that minimum <= maximum)"],
    },
  ],
  [
    "min > max: list items",
    {
      given: withOutputMembers("    a:\n      type: list\n      items:\n        type: string\n      minItems: 5\n      maxItems: 2\n"),
      want: ["demo/GetThing.yaml:19:17 error: 'a': minItems 5 is greater than maxItems 2 (swap them or fix one so that minItems <= maxItems)"],
    },
  ],
  [
    "min > max: map entries",
    {
      given: withOutputMembers("    a:\n      type: map\n      values:\n        type: string\n      minEntries: 5\n      maxEntries: 2\n"),
      want: ["demo/GetThing.yaml:19:19 error: 'a': minEntries 5 is greater than maxEntries 2 (swap them or fix one so that minEntries <= maxEntries)"],
    },
  ],
  [
    "min > max: on a list's item type",
    {
      given: withOutputMembers("    a:\n      type: list\n      items:\n        type: string\n        minLength: 5\n        maxLength: 2\n"),
      want: ["demo/GetThing.yaml:19:20 error: 'a' items: minLength 5 is greater than maxLength 2 (swap them or fix one so that minLength <= maxLength)"],
    },
  ],
  [
    "invalid regex pattern",
    {
      given: withOutputMembers('    a:\n      type: string\n      pattern: "[a-"\n'),
      want: ["demo/GetThing.yaml:17:16 error: 'a': invalid regular expression /[a-/: Unterminated character class (patterns are ECMAScript regular expressions in unicode mode)"],
    },
  ],
  [
    "field not applicable to the type",
    {
      given: withOutputMembers("    a:\n      type: boolean\n      maxLength: 2\n"),
      want: ["demo/GetThing.yaml:17:7 error: field 'maxLength' does not apply to type boolean (allowed for boolean: no constraints)"],
    },
  ],
  [
    "constraint on a ref",
    {
      given: { [SERVICE]: baseService + "shapes:\n  Color:\n    type: enum\n    values: [RED]\n", ...withOutputMembers("    a:\n      ref: Color\n      minLength: 1\n") },
      want: ["demo/GetThing.yaml:17:7 error: field 'minLength' does not apply to a ref (put constraints on the shape 'Color' instead)"],
    },
  ],
  [
    "a path member in a shape that is not an operation's input",
    {
      given: {
        [SERVICE]: baseService + "shapes:\n  Thing:\n    type: structure\n    members:\n      id:\n        type: string\n        location: path\n",
        ...withOutputMembers("    thing:\n      ref: Thing\n"),
      },
      want: ["demo/service.yaml:18:19 error: member 'id' cannot be in the path (only top-level input and error members travel outside the body)"],
    },
  ],
  [
    "a query member in a shape used as an operation's output",
    {
      given: {
        [SERVICE]: baseService + "shapes:\n  Out:\n    type: structure\n    members:\n      page:\n        type: string\n        location: query\n",
        [OP]: baseOp.replace(/output:[\s\S]*$/, "output:\n  ref: Out\n"),
      },
      want: ["demo/service.yaml:18:19 error: member 'page' cannot be in the query (allowed in an operation's output: body, header)"],
    },
  ],
  [
    "missing required field in an operation",
    {
      given: editOp("  method: GET\n", ""),
      want: ["demo/GetThing.yaml:2:1 error: missing required field 'method' in 'http' (see docs/spec-format.md)"],
    },
  ],
  [
    "missing required field in service.yaml",
    {
      given: { [SERVICE]: baseService.replace("vendor: aws\n", "") },
      want: ["demo/service.yaml:1:1 error: missing required field 'vendor' in the file (see docs/spec-format.md)"],
    },
  ],
  [
    "value outside the allowed set",
    {
      given: editOp("method: GET", "method: FETCH"),
      want: [`demo/GetThing.yaml:3:11 error: 'http.method' must be one of "GET", "PUT", "POST", "PATCH", "DELETE", "HEAD" (see docs/spec-format.md)`],
    },
  ],
  [
    "an operation error that service.yaml does not declare",
    {
      given: { [OP]: baseOp + "errors:\n  Nope:\n" },
      want: [
        "demo/GetThing.yaml:18:3 error: error 'Nope' is not declared in service.yaml and has no status and code (declare it under `errors:` in service.yaml, or give status and code here)",
      ],
    },
  ],
];

/** Further checks: routes, errors, names, maps, mocks, folders, paths, bounds, limits. */
const MORE_CASES: Case[] = [
  [
    "duplicate route (same method, same path shape)",
    {
      given: { "demo/GetOther.yaml": baseOp.replace("GetThing", "GetOther").replace("/things/{id}", "/things/{key}").replace("    id:\n", "    key:\n") },
      want: [
        "demo/GetOther.yaml:4:9 error: route GET /things/{key} is also used by demo/GetThing.yaml (two operations cannot share a method and path)",
        "demo/GetThing.yaml:4:9 error: route GET /things/{id} is already used by demo/GetOther.yaml (two operations cannot share a method and path)",
      ],
    },
  ],
  [
    "an operation-only error defined differently by two operations",
    {
      given: {
        [OP]: baseOp + "errors:\n  Gone:\n    status: 410\n    code: Gone\n",
        "demo/PutThing.yaml": baseOp.replace("GetThing", "PutThing").replace("method: GET", "method: PUT") + "errors:\n  Gone:\n    status: 410\n    code: GoneAway\n",
      },
      want: ["demo/PutThing.yaml:18:3 error: error 'Gone' is defined differently in demo/GetThing.yaml (declare it once in service.yaml and override per operation)"],
    },
  ],
  [
    "generated name collision (a shape named like an error's data type)",
    {
      given: { [SERVICE]: baseService + "shapes:\n  BadRequestData:\n    type: structure\n    members: {}\n" },
      want: ["demo/service.yaml:9:3 error: generated name 'BadRequestData' (error data type) collides with one from demo/service.yaml:13:3 (rename the shape or the error)"],
    },
  ],
  [
    "enum value listed twice",
    {
      given: withOutputMembers("    a:\n      type: enum\n      values: [A, B, A]\n"),
      want: ["demo/GetThing.yaml:17:22 error: enum 'GetThingResponseA' lists 'A' twice (enum values must be unique)"],
    },
  ],
  [
    "map keyed by a structure",
    {
      given: { [SERVICE]: baseService + "shapes:\n  K:\n    type: structure\n    members: {}\n", ...withOutputMembers("    m:\n      type: map\n      keys:\n        ref: K\n      values:\n        type: string\n") },
      want: ["demo/GetThing.yaml:18:14 error: map key 'K' is a structure (map keys must be strings or an enum)"],
    },
  ],
  [
    "map keyed by a number",
    {
      given: withOutputMembers("    m:\n      type: map\n      keys:\n        type: integer\n      values:\n        type: string\n"),
      want: ["demo/GetThing.yaml:18:9 error: map keys must be strings or an enum, not integer (keys: { type: string } or keys: { ref: SomeEnum })"],
    },
  ],
  [
    "resource keyed by a member the input lacks, create without a conflict error",
    {
      given: {
        [SERVICE]: baseService + "resources:\n  Thing:\n    key: [nope]\n",
        [OP]: baseOp + "resource:\n  name: Thing\n  action: create\n",
      },
      want: [
        "demo/GetThing.yaml:18:9 error: GetThing acts on 'Thing' but its input has no key member 'nope' (input members: id)",
        "demo/GetThing.yaml:19:11 error: create of 'Thing' needs the error answered when the instance exists (add conflictError, or list a 409 error in errors:)",
      ],
    },
  ],
  [
    "an action on an undeclared resource, with a did-you-mean hint",
    {
      given: {
        [SERVICE]: baseService + "resources:\n  Thing:\n    key: [id]\n",
        [OP]: baseOp + "resource:\n  name: Thin\n  action: read\n  notFoundError: Gone\n",
      },
      want: ["demo/GetThing.yaml:18:9 error: resource 'Thin' is not declared (did you mean 'Thing'?)"],
    },
  ],
  [
    "a read naming an error the operation does not answer",
    {
      given: {
        [SERVICE]: baseService + "resources:\n  Thing:\n    key: [id]\n",
        [OP]: baseOp + "resource:\n  name: Thing\n  action: read\n  notFoundError: Gone\n",
      },
      want: [
        "demo/GetThing.yaml:20:18 error: notFoundError 'Gone' is not one of GetThing's errors (add it under errors: in demo/GetThing.yaml)",
      ],
    },
  ],
  [
    "service folder without service.yaml",
    {
      given: { [SERVICE]: null },
      want: ["demo/service.yaml:1:1 error: service folder 'demo' has no service.yaml (every folder under specs/ is a service and needs a service.yaml)"],
    },
  ],
  [
    "service id that does not match its folder",
    {
      given: { [SERVICE]: baseService.replace("service: demo", "service: other") },
      want: ["demo/service.yaml:1:10 error: service id 'other' does not match its folder 'demo' (rename the folder or set service: demo)"],
    },
  ],
  [
    "unbalanced brace in a path template",
    {
      given: editOp("/things/{id}", "/things/{id}}"),
      want: ["demo/GetThing.yaml:4:9 error: path template '/things/{id}}' has an unbalanced brace (placeholders look like {name})"],
    },
  ],
  [
    "fractional bound of an integer",
    {
      given: withOutputMembers("    n:\n      type: integer\n      minimum: 0.5\n"),
      want: ["demo/GetThing.yaml:17:16 error: 'n': minimum 0.5 is not a whole number (integer bounds are whole numbers)"],
    },
  ],
  [
    "excluded value outside the range",
    {
      given: withOutputMembers("    n:\n      type: integer\n      minimum: 0\n      maximum: 10\n      excluded: [11]\n"),
      want: ["demo/GetThing.yaml:19:17 error: 'n': excluded value 11 is outside the range (list only values inside minimum..maximum)"],
    },
  ],
  [
    "reserved member name",
    {
      given: withOutputMembers("    __proto__:\n      type: string\n"),
      want: ["demo/GetThing.yaml:15:5 error: member name '__proto__' is reserved (it would change an object's prototype in generated code)"],
    },
  ],
  [
    "file larger than the limit",
    {
      given: { [OP]: baseOp + "# " + "x".repeat(4 * 1024 * 1024) + "\n" },
      want: ["demo/GetThing.yaml:1:1 error: spec file is larger than 4194304 bytes (split it into one file per operation)"],
    },
  ],
  [
    "nesting deeper than the limit",
    {
      given: { [OP]: baseOp + "examples:\n  - title: deep\n    request:\n      body: " + "[".repeat(70) + "]".repeat(70) + "\n" },
      want: ["demo/GetThing.yaml:20:74 error: spec nesting is deeper than 64 levels (declare nested structures as named shapes and use `ref:`)"],
    },
  ],
];

describe("checker error classes", () => {
  test("the base spec set is valid", () => {
    expect(diagnose()).toEqual([]);
  });

  test.each(CASES)("%s", (_name, { given, want }) => {
    expect(diagnose(given)).toEqual(want);
  });

  test.each(MORE_CASES)("%s", (_name, { given, want }) => {
    expect(diagnose(given)).toEqual(want);
  });

  test.each(HOSTILE_CASES)("hostile: %s", (_name, { given, want }) => {
    expect(diagnose(given)).toEqual(want);
  });

  test("an input given by ref to a declared shape may carry path, query and header members", () => {
    const given = {
      [SERVICE]:
        baseService +
        "shapes:\n  In:\n    type: structure\n    members:\n      id:\n        type: string\n        location: path\n        required: true\n      q:\n        type: string\n        location: query\n      h:\n        type: string\n        location: header\n",
      [OP]: baseOp.replace(/input:[\s\S]*?output:/, "input:\n  ref: In\noutput:"),
    };
    expect(diagnose(given)).toEqual([]);
  });
});

describe("several errors in several files", () => {
  test("are reported together, sorted by file and position", () => {
    const given = {
      // model errors in two operation files of one service
      [OP]: baseOp.replace("/things/{id}", "/things/{id}/{x}").replace("name:\n      type: string", "name:\n      ref: Missing"),
      "demo/PutThing.yaml": baseOp
        .replace("GetThing", "PutThing")
        .replace("method: GET", "method: PUT")
        .replace("name:\n      type: string", "name:\n      type: integer\n      minimum: 3\n      maximum: 1"),
      // a format error in another service
      "other/service.yaml": baseService.replace("service: demo", "service: other").replace("name: Demo", "name: Other").replace("vendor: aws", "vendor: aws\nvendr: x"),
      "other/Op.yaml": "operation: Op\nhttp:\n  method: GET\n  path: /\ninput:\n  type: structure\noutput:\n  type: structure\n",
      // a YAML error in a third
      "third/service.yaml": "service: third\nname: Third\ntitle: T\nvendor: aws\nprotocol: aws-rest-json\nauth:\n  scheme: sigv4\n",
      "third/Op.yaml": "operation: Op\nhttp:\n  method: GET\n  path: /\ninput:\n  type: structure\n  members:\n    x: [1\noutput:\n  type: structure\n",
    };
    expect(diagnose(given)).toEqual([
      "demo/GetThing.yaml:4:22 error: path placeholder '{x}' has no input member with location: path and wireName 'x' (add a path member, e.g. x: { type: string, location: path, required: true })",
      "demo/GetThing.yaml:16:12 error: unresolved shape reference 'Missing' (declared shapes: GetThingRequest, GetThingResponse, PutThingRequest, PutThingResponse)",
      "demo/PutThing.yaml:17:16 error: 'name': minimum 3 is greater than maximum 1 (swap them or fix one so that minimum <= maximum)",
      "other/service.yaml:5:1 error: unknown field 'vendr' in the file (did you mean 'vendor'?)",
      "third/Op.yaml:9:1 error: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] (check the indentation of this line)",
    ]);
  });
});
