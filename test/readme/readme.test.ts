/**
 * The generated package README, read back through a real GFM parser (marked):
 * its structure (headings, tables, code blocks) holds for the real specs and
 * for hostile spec text.
 */
import { Lexer, marked, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { renderReadme } from "../../src/emit/readme/emit-readme.js";
import { mdCell, mdCode, mdText } from "../../src/emit/readme/markdown.js";
import type { IrService } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { formatFile } from "../../src/pipeline/render-files.js";

const model = compileSpecs("specs").model;
const service = (id: string): IrService => model.services.find((s) => s.id === id)!;

function tokens(md: string) {
  return Lexer.lex(md, { gfm: true });
}

describe("package README", () => {
  it("has install, client setup, a usage example and tables per operation, and the errors", async () => {
    const md = await formatFile("README.md", renderReadme(service("apigateway")));
    const toks = tokens(md);
    const headings = toks.filter((t): t is Tokens.Heading => t.type === "heading").map((t) => `${t.depth}:${t.text}`);
    expect(headings).toEqual(expect.arrayContaining(["1:@opforge/apigateway", "2:Install", "2:Client", "3:PutMethod", "3:UpdateAccount", "4:Input: `PutMethodRequest`", "2:Errors"]));
    const code = toks.filter((t): t is Tokens.Code => t.type === "code").map((t) => t.text);
    expect(code).toContain("npm install @opforge/apigateway");
    expect(code.some((c) => c.includes("new ApiGatewayClient({") && c.includes("region:") && c.includes("credentials:"))).toBe(true);
    expect(code.some((c) => c.startsWith("const result = await client.putMethod({") && c.includes('authorizationType: "NONE"'))).toBe(true);
    const tables = toks.filter((t): t is Tokens.Table => t.type === "table");
    const input = tables.find((t) => t.header.map((h) => h.text).join() === "Member,Type,In,Wire name,Required,Constraints,Description" && t.rows.some((r) => r[0]!.text === "`restApiId`"))!;
    const restApiId = input.rows.find((r) => r[0]!.text === "`restApiId`")!.map((c) => c.text);
    expect(restApiId.slice(0, 5)).toEqual(["`restApiId`", "`string`", "path", "`restapi_id`", "yes"]);
    const errors = tables.filter((t) => t.header[0]!.text === "Error").at(-1)!;
    const tooMany = errors.rows.find((r) => r[0]!.text === "`TooManyRequestsException`")!.map((c) => c.text);
    expect(tooMany.slice(0, 4)).toEqual(["`TooManyRequestsException`", "429", "`TooManyRequestsException`", "yes"]);
  });

  it("shows wire names that differ from member names, constraints, and the token client", async () => {
    const amp = await formatFile("README.md", renderReadme(service("amplifybackend")));
    expect(amp).toMatch(/\| `ResourceConfig` +\| `BackendAPIResourceConfig` +\| body +\| `resourceConfig` +\|/);
    const hw = await formatFile("README.md", renderReadme(service("huawei-apig")));
    expect(hw).toContain("200 to 599; not 444");
    expect(hw).toContain("pattern `^[A-Za-z0-9_-]+$`");
    expect(hw).toContain("token: process.env.HUAWEI_TOKEN!");
    // The docs' example leaves out path members; the usage example still passes the required ones.
    expect(hw).toMatch(/updateCustomAuthorizer\(\{\n  authorizer_alias_uri:[\s\S]*project_id: "project_id",/);
  });

  it("keeps hostile spec text from changing the document's structure", async () => {
    const hostile = "a | b\n# not a heading\n<script>alert(1)</script> ``` `x` *em* [l](javascript:x) \u2028- item";
    const s = structuredClone(service("apigateway"));
    s.title = hostile;
    s.documentation = hostile;
    s.endpointPrefix = "x\nconst injected = 1;\u2028```";
    for (const e of s.errors) e.documentation = hostile;
    for (const op of s.operations) {
      op.documentation = hostile;
      op.sources = [{ title: hostile, url: "javascript:alert(1)" }];
    }
    for (const shape of s.shapes) {
      shape.documentation = hostile;
      if (shape.kind === "structure") for (const m of shape.members) m.documentation = hostile;
    }
    const md = await formatFile("README.md", renderReadme(s));
    const toks = tokens(md);
    expect(toks.some((t) => t.type === "html")).toBe(false);
    const html = await marked.parse(md, { gfm: true });
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("&lt;script&gt;");
    const headings = toks.filter((t): t is Tokens.Heading => t.type === "heading").map((t) => t.text);
    expect(headings).not.toContain("not a heading");
    for (const t of toks.filter((x): x is Tokens.Table => x.type === "table")) {
      for (const row of t.rows) expect(row).toHaveLength(t.header.length);
    }
    const code = toks.filter((t): t is Tokens.Code => t.type === "code");
    expect(code.map((c) => c.lang)).toEqual(["sh", "ts", "ts", "ts"]);
    // Spec text in the client example's comment stays inside the comment.
    expect(code[1]!.text.split("\n").some((l) => l.trimStart().startsWith("const injected"))).toBe(false);
  });

  it("escapes cells, code spans and prose", () => {
    expect(mdCell("a|b\nc <d>")).toBe("a\\|b<br>c &lt;d&gt;");
    expect(mdCode("a`b|c")).toBe("``a`b\\|c``");
    expect(mdCode("`x")).toBe("`` `x ``");
    expect(mdText("# h\n\n1. x\n- y")).toBe("\\# h\n\n1\\. x\\\n\\- y");
  });

  it("is deterministic", () => {
    for (const s of model.services) expect(renderReadme(s)).toBe(renderReadme(structuredClone(s)));
  });
});
