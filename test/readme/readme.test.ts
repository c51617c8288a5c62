/**
 * Every generated package README (spec set under test and fixtures), read
 * back through a real GFM parser (marked): its structure is the IR's (a
 * heading per operation, shape and error, a usage example calling each
 * operation), every in-page link lands on a heading, other links are web
 * links, and no spec text becomes HTML or structure, the hostile fixture's
 * included. Documented details of the real specs' READMEs are checked by
 * name.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Lexer, marked, type Token, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { renderReadme } from "../../src/emit/readme/emit-readme.js";
import type { IrService } from "../../src/ir/types.js";
import { loadTemplates } from "../../src/templates/templates.js";
import { allEnvs, fixturesEnv, testEnv } from "../support/env.js";

const tokens = (md: string): Token[] => Lexer.lex(md, { gfm: true });
const readme = (dir: string, id: string) => readFileSync(path.join(dir, id, "README.md"), "utf8");

/** Every token, nested ones (list items, links inside paragraphs) included. */
function walk(toks: readonly Token[], out: Token[] = []): Token[] {
  for (const t of toks) {
    out.push(t);
    const children = (t as { tokens?: Token[] }).tokens;
    if (children) walk(children, out);
    const items = (t as { items?: Array<{ tokens: Token[] }> }).items;
    if (items) for (const i of items) walk(i.tokens, out);
  }
  return out;
}

/** GitHub's anchor of a heading: lower case, punctuation but `-` and `_` dropped, spaces as `-`, repeats numbered. */
function anchors(headings: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const h of headings) {
    const base = h.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Headings of `depth` between the `## title` heading and the next `##`. */
function section(toks: readonly Token[], title: string, depth = 3): string[] {
  const hs = toks.filter((t): t is Tokens.Heading => t.type === "heading");
  const start = hs.findIndex((h) => h.depth === 2 && h.text === title);
  const end = hs.findIndex((h, i) => i > start && h.depth <= 2);
  return hs.slice(start + 1, end === -1 ? undefined : end).filter((h) => h.depth === depth).map((h) => h.text);
}

describe.each(allEnvs())("$name", ({ generatedDir, model }) => {
  describe.each(model.services.map((s) => [s.id, s] as const))("%s/README.md", (id, svc) => {
    const md = readme(generatedDir, id);
    const toks = tokens(md);
    const all = walk(toks);

    it("has the package's sections, and a heading per operation, shape and error", () => {
      const h2 = toks.filter((t): t is Tokens.Heading => t.type === "heading" && t.depth === 2).map((t) => t.text);
      expect(h2).toEqual(["Install", "Client", "Mock server", "Operations", "Shapes", "Errors"]);
      expect(section(toks, "Operations")).toEqual(svc.operations.map((o) => o.name));
      expect(section(toks, "Shapes")).toEqual(svc.shapes.map((s) => s.name));
      expect(section(toks, "Errors")).toEqual(svc.errors.map((e) => e.name));
    });

    it("has the install commands, the client and mock setup, and a call of every operation", () => {
      const code = toks.filter((t): t is Tokens.Code => t.type === "code");
      expect(code.map((c) => c.lang)).toEqual(["sh", "sh", "ts", "ts", ...svc.operations.map(() => "ts")]);
      expect(code[2]!.text).toContain(`new ${svc.names.client}({`);
      expect(code[3]!.text).toContain(`await ${svc.names.startMock}()`);
      svc.operations.forEach((op, i) => expect(code[4 + i]!.text).toMatch(new RegExp(`await client\\.${op.methodName}\\(`)));
    });

    it("links only to its own headings and to web pages", () => {
      const targets = anchors(all.filter((t): t is Tokens.Heading => t.type === "heading").map((t) => t.text));
      const links = all.filter((t): t is Tokens.Link => t.type === "link");
      // Every operation links its input shape.
      expect(links.length).toBeGreaterThanOrEqual(svc.operations.length);
      for (const l of links) {
        if (l.href.startsWith("#")) expect(targets.has(l.href.slice(1)), `${l.href} (${l.text})`).toBe(true);
        else expect(l.href, l.text).toMatch(/^https?:\/\//);
      }
    });

    it("carries no HTML and no script, whatever the spec's text", async () => {
      expect(all.filter((t) => t.type === "html").map((t) => t.raw)).toEqual([]);
      const html = await marked.parse(md, { gfm: true });
      expect(html).not.toMatch(/<script|<iframe|javascript:|href="data:/i);
    });
  });
});

describe("documented details of the real specs' READMEs", () => {
  const { generatedDir } = testEnv();

  it("AmplifyBackend: a member whose wire name differs shows both", () => {
    expect(readme(generatedDir, "amplifybackend")).toContain("- `ResourceConfig` (`BackendAPIResourceConfig`; required; body `resourceConfig`)");
  });

  it("Huawei APIG: constraints, and a token client", () => {
    const hw = readme(generatedDir, "huawei-apig");
    expect(hw).toContain("length 3 to 64; pattern `^[A-Za-z][A-Za-z0-9_]*$`");
    expect(hw).toContain('token: process.env.HUAWEI_TOKEN ?? "",');
    // The docs' example leaves out path members; the usage example still passes the required ones.
    expect(hw).toMatch(/updateCustomAuthorizer\(\{\n {2}project_id: "mock-project_id",/);
  });
});

describe("hostile text", () => {
  it("the hostile fixture's text stays text: no heading, list, table or code block of its own", () => {
    const { generatedDir, model } = fixturesEnv();
    const svc = model.services.find((s) => s.id === "hostile")!;
    const toks = tokens(readme(generatedDir, svc.id));
    const headings = toks.filter((t): t is Tokens.Heading => t.type === "heading").map((t) => t.text);
    expect(headings).toEqual([svc.names.packageName, "Install", "Client", "Mock server", "Operations", ...svc.operations.map((o) => o.name), "Shapes", ...svc.shapes.map((s) => s.name), "Errors", ...svc.errors.map((e) => e.name)]);
    expect(toks.filter((t) => t.type === "table")).toEqual([]);
  });

  it("injected into every text of a real service, it changes nothing but text", async () => {
    const hostile = "a | b\n# not a heading\n<script>alert(1)</script> ``` `x` *em* [l](javascript:x) \u2028- item";
    const s: IrService = structuredClone(testEnv().model.services.find((x) => x.vendor === "aws")!);
    s.title = hostile;
    s.documentation = hostile;
    for (const e of s.errors) e.documentation = hostile;
    for (const op of s.operations) {
      op.documentation = hostile;
      op.sources = [{ title: hostile, url: "javascript:alert(1)" }];
    }
    for (const shape of s.shapes) {
      shape.documentation = hostile;
      if (shape.kind === "structure") for (const m of shape.members) m.documentation = hostile;
    }
    const md = renderReadme(s, loadTemplates());
    const toks = tokens(md);
    expect(walk(toks).some((t) => t.type === "html")).toBe(false);
    const html = await marked.parse(md, { gfm: true });
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("&lt;script&gt;");
    expect(toks.filter((t): t is Tokens.Heading => t.type === "heading").map((t) => t.text)).not.toContain("not a heading");
    expect(toks.filter((t): t is Tokens.Code => t.type === "code").length).toBe(4 + s.operations.length);
  });
});

it("is what the emitter renders from the IR, and deterministic", () => {
  for (const env of allEnvs()) {
    for (const s of env.model.services) expect(renderReadme(structuredClone(s), loadTemplates()), `${env.name} ${s.id}`).toBe(readme(env.generatedDir, s.id));
  }
});
