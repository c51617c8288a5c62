/** Reading Huawei pages: the Type column, facts stated in descriptions, operation names, the three page forms. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { descriptionFacts } from "../../src/import/huawei/description-facts.js";
import { operationName, operationNoun } from "../../src/import/huawei/operation-name.js";
import { parseParamType } from "../../src/import/huawei/param-type.js";
import { pageFacts } from "../../src/import/huawei/page-facts.js";
import { readHtmlPage } from "../../src/import/huawei/read-html.js";
import { readRstPage } from "../../src/import/huawei/read-rst.js";
import { readTextPage } from "../../src/import/huawei/read-text.js";
import { FIXTURES, SEEDS } from "./helpers.js";

describe("parseParamType", () => {
  const objects = new Set(["Identity", "ResponseInfo"]);
  it.each([
    ["String", { kind: "string" }],
    ["Integer", { kind: "integer" }],
    ["Number", { kind: "double" }],
    ["Boolean", { kind: "boolean" }],
    ["Array of strings", { kind: "list", items: { kind: "string" } }],
    ["Array of Identity objects", { kind: "list", items: { kind: "object", name: "Identity" } }],
    ["Map<String,ResponseInfo>", { kind: "map", values: { kind: "object", name: "ResponseInfo" } }],
    ["Map<String,String>", { kind: "map", values: { kind: "string" } }],
    ["ResponseInfo object", { kind: "object", name: "ResponseInfo" }],
    ["Identity", { kind: "object", name: "Identity" }],
    ["Object", { kind: "object" }],
    ["Frobnicator", { kind: "unknown", text: "Frobnicator" }],
  ])("%s", (text, expected) => expect(parseParamType(text, objects)).toEqual(expected));
});

describe("descriptionFacts", () => {
  it("lengths, and a pattern from 'Only ... are allowed'", () => {
    expect(
      descriptionFacts(
        "Response name. Enter 1 to 64 characters. Only letters, digits, hyphens (-), and underscores (_) are allowed.",
        "string",
      ),
    ).toMatchObject({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" });
    expect(
      descriptionFacts(
        "It can contain 3 to 64 characters, starting with a letter. Only letters, digits, and underscores (_) are allowed.",
        "string",
      ),
    ).toMatchObject({ minLength: 3, maxLength: 64, pattern: "^[A-Za-z][A-Za-z0-9_]*$" });
    expect(
      descriptionFacts("Only letters and emoji are allowed.", "string").pattern,
    ).toBeUndefined();
    expect(
      descriptionFacts(
        "A string of 1 to 1,024 characters.\n\nMinimum: 1\n\nMaximum: 1024",
        "string",
      ),
    ).toMatchObject({
      minLength: 1,
      maxLength: 1024,
      documentation: "A string of 1 to 1,024 characters.",
    });
  });
  it("ranges with excluded values, and explicit bounds", () => {
    expect(
      descriptionFacts("The value ranges from 200 to 599, but cannot be 444.", "number"),
    ).toMatchObject({ minimum: 200, maximum: 599, excluded: [444] });
    expect(descriptionFacts("Timeout.\n\nMinimum: 1\n\nMaximum: 3600", "number")).toMatchObject({
      minimum: 1,
      maximum: 3600,
      documentation: "Timeout.",
    });
    expect(descriptionFacts("Headers.\n\nArray Length: 0 - 10", "list")).toMatchObject({
      minItems: 0,
      maxItems: 10,
    });
    expect(descriptionFacts("Odd.\n\nMinimum: 9\n\nMaximum: 3", "number")).toMatchObject({
      notes: ["the description gives the range 9..3; left out"],
    });
  });
  it("enumerations with the values' documentation, defaults, and map key options", () => {
    const f = descriptionFacts(
      "Function network architecture:\n\n- V1: non-VPC\n- V2: VPC\n\nDefault: V1\n\nEnumeration values:\n\n- V1\n- V2",
      "string",
    );
    expect(f).toMatchObject({
      default: "V1",
      enumValues: [
        { value: "V1", documentation: "non-VPC" },
        { value: "V2", documentation: "VPC" },
      ],
      documentation: "Function network architecture:\n\n- V1: non-VPC\n- V2: VPC",
    });
    expect(
      descriptionFacts(
        "Definition. Options of key:\n\n- AUTH_FAILURE: Authentication failed.\n- DEFAULT_4XX: Default 4XX error occurred.\n\nJSON.",
        "other",
      ).keyValues,
    ).toEqual([
      { value: "AUTH_FAILURE", documentation: "Authentication failed." },
      { value: "DEFAULT_4XX", documentation: "Default 4XX error occurred." },
    ]);
  });
});

describe("operation names", () => {
  it("from the page's own file name, else from its title", () => {
    expect(operationName("CreateCustomAuthorizerV2.html", "x")).toBe("CreateCustomAuthorizer");
    expect(operationName("UpdateGatewayResponseV2_1.html", undefined)).toBe(
      "UpdateGatewayResponse",
    );
    expect(operationName(undefined, "Modifying a Custom Authorizer")).toBe(
      "UpdateCustomAuthorizer",
    );
    expect(operationName(undefined, "Querying Custom Authorizer Details")).toBe(
      "ShowDetailsOfCustomAuthorizer",
    );
    expect(operationName(undefined, "Deleting a Group Response")).toBe("DeleteGroupResponse");
  });
  it("the noun shapes are named after", () => {
    expect(operationNoun("UpdateCustomAuthorizer")).toBe("CustomAuthorizer");
    expect(operationNoun("ShowDetailsOfCustomAuthorizers")).toBe("CustomAuthorizer");
    expect(operationNoun("CreateGatewayResponse")).toBe("GatewayResponse");
  });
});

describe("the three page forms read alike", () => {
  const text = pageFacts(
    readTextPage(readFileSync(path.join(SEEDS, "003_5240c6408574f718.txt"), "utf8")),
  );
  const html = pageFacts(
    readHtmlPage(readFileSync(path.join(FIXTURES, "modifying-a-custom-authorizer.html"), "utf8")),
  );
  it("HTML and text give the same facts", () => {
    expect(html.originalName).toBe("UpdateCustomAuthorizerV2.html");
    expect({ ...html, originalName: undefined }).toEqual({ ...text, originalName: undefined });
  });
  it("RST and text give the same facts", () => {
    const rst = pageFacts(
      readRstPage(readFileSync(path.join(FIXTURES, "modifying-a-group-response.rst"), "utf8")),
    );
    const text2 = pageFacts(
      readTextPage(readFileSync(path.join(SEEDS, "002_4712ac8741c546a9.txt"), "utf8")),
    );
    expect({ ...rst, originalName: undefined }).toEqual(text2);
  });
  it("finds method, URI, tables by role, responses per status and examples", () => {
    expect([text.method, text.path]).toEqual([
      "PUT",
      "/v2/{project_id}/apigw/instances/{instance_id}/authorizers/{authorizer_id}",
    ]);
    expect(text.params.body.map((r) => r.name)).toContain("identities");
    expect(text.objects.map((o) => [o.title, o.side])).toEqual([
      ["Identity", "request"],
      ["Identity", "response"],
    ]);
    expect([...text.responses.keys()]).toEqual([200, 401, 403, 404, 500]);
    expect(text.responses.get(404)).toMatchObject({
      description: "Not Found",
      example: { error_code: "APIG.3081" },
    });
    expect(text.requestExamples.map((e) => e.title)).toEqual([
      "Updating a frontend custom authorizer",
    ]);
  });
});
