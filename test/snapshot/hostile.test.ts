/**
 * Hostile spec text (quotes, backticks, `${`, `*\/`, backslashes, `</script>`,
 * U+2028, U+2029; see test/fixtures/specs/hostile/) neither breaks nor changes
 * the generated package (as global-setup generated it): the declarations
 * carry the spec's values as literal types, the JavaScript holds them at run
 * time, every doc string survives with only the documented escapes, no
 * comment ends early, and the JSON and YAML files carry the values
 * unchanged. That the package typechecks under strict is
 * test/pipeline/generated-typecheck.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { parse } from "yaml";
import { beforeAll, describe, expect, test } from "vitest";
import { fixturesEnv } from "../support/env.js";
import { FIXTURE_SPECS, fixtureService } from "./harness.js";

const SERVICE_YAML = parse(readFileSync(path.join(FIXTURE_SPECS, "hostile/service.yaml"), "utf8"));
const OPERATION_YAML = parse(readFileSync(path.join(FIXTURE_SPECS, "hostile/EchoText.yaml"), "utf8"));

/** The hostile enum's values, read straight from the YAML (not through the IR). */
const ENUM_VALUES: string[] = SERVICE_YAML.shapes.HostileEnum.values.map((v: string | { value: string }) => (typeof v === "string" ? v : v.value));
const KNOWN_VALUES: string[] = OPERATION_YAML.input.members.text.knownValues.map((v: string | { value: string }) => (typeof v === "string" ? v : v.value));

/** The documented escapes of doc text (src/print/comments.ts): `* /` for `*\/`, a line break for U+2028/U+2029; then whitespace is not significant. */
function expectedDoc(text: string): string {
  return normalize(text.replace(/\*\//g, "* /").replace(/[\u2028\u2029]/g, "\n"));
}
function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const pkg = () => path.join(fixturesEnv().generatedDir, "hostile");
const read = (rel: string) => readFileSync(path.join(pkg(), rel), "utf8");
const parseTs = (rel: string) => ts.createSourceFile(rel, read(rel), ts.ScriptTarget.ES2022, true, rel.endsWith(".js") ? ts.ScriptKind.JS : ts.ScriptKind.TS);

let types: ts.SourceFile;
let client: ts.SourceFile;
beforeAll(() => {
  types = parseTs("types.d.ts");
  client = parseTs("client.d.ts");
});

describe("hostile text in the generated declarations and code", () => {
  test("the hostile strings really are in the fixture", () => {
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === "string") strings.push(v);
      else if (v && typeof v === "object") for (const x of Object.values(v)) collect(x);
    };
    collect([SERVICE_YAML, OPERATION_YAML]);
    const all = strings.join("\n");
    for (const needle of ['"', "'", "`", "${", "*/", "\\", "</script>", "\u2028", "\u2029"]) expect(all).toContain(needle);
  });

  test("the enum's const array holds exactly the spec's values at run time", async () => {
    const mod = (await import(pathToFileURL(path.join(pkg(), "types.js")).href)) as { HostileEnumValues: readonly string[] };
    expect(mod.HostileEnumValues).toEqual(ENUM_VALUES);
  });

  test("the enum's union type is the spec's values; the open string's documented values are in its doc comment", () => {
    const alias = find(types, (n): n is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(n) && n.name.text === "HostileEnum");
    expect(literalTexts(alias.type)).toEqual(ENUM_VALUES);
    const text = find(types, (n): n is ts.PropertySignature => ts.isPropertySignature(n) && n.name.getText(types) === "text");
    // An open string stays `string`; its known values are documentation.
    expect(text.type!.kind).toBe(ts.SyntaxKind.StringKeyword);
    const doc = normalize(docsByName(types).get("EchoTextRequest.text")!);
    for (const v of KNOWN_VALUES) expect(doc).toContain(expectedDoc(v));
  });

  test("every doc string survives with only the documented escapes", () => {
    const svc = fixtureService("hostile");
    const docs = new Map([...docsByName(types), ...docsByName(client)]);
    const want: Array<[string, string]> = [];
    for (const shape of svc.shapes) {
      if (shape.documentation) want.push([shape.name, shape.documentation]);
      if (shape.kind === "structure") for (const m of shape.members) if (m.documentation) want.push([`${shape.name}.${m.name}`, m.documentation]);
    }
    for (const e of svc.errors) for (const m of e.members) if (m.documentation) want.push([`${e.typeName}.${m.name}`, m.documentation]);
    const op = svc.operations[0]!;
    want.push([`${svc.names.client}.${op.methodName}`, op.documentation!]);
    // Sanity: the hostile docs are among them, and each comes from the YAML unchanged by the loader.
    expect(want.map(([, d]) => d)).toContain(SERVICE_YAML.documentation);
    expect(want.length).toBeGreaterThanOrEqual(10);
    for (const [name, doc] of want) {
      expect(docs.get(name), `doc comment of ${name}`).toBeDefined();
      expect(normalize(docs.get(name)!).startsWith(expectedDoc(doc)), `doc comment of ${name}:\n${docs.get(name)}\nshould start with:\n${expectedDoc(doc)}`).toBe(true);
    }
  });

  test("no comment is closed early and no string ends early: the code outside comments and strings is free of spec text", () => {
    const modules = readdirSync(pkg()).filter((f) => /\.(js|d\.ts)$/.test(f));
    expect(modules.length).toBeGreaterThanOrEqual(10);
    for (const rel of modules) {
      const scanner = ts.createScanner(ts.ScriptTarget.ES2022, /* skipTrivia */ true, ts.LanguageVariant.Standard, read(rel));
      const code: string[] = [];
      for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
        if (t !== ts.SyntaxKind.StringLiteral && t !== ts.SyntaxKind.NoSubstitutionTemplateLiteral) code.push(scanner.getTokenText());
      }
      const outside = code.join(" ");
      for (const fragment of ["comment end", "template", "alert", "script", "quotes"]) expect(outside, rel).not.toContain(fragment);
    }
  });
});

describe("hostile text in the package's JSON and YAML files", () => {
  /** Every JSON and YAML file of the hostile package, parsed. */
  function structured(): Array<[string, unknown]> {
    const files = readdirSync(pkg(), { recursive: true, encoding: "utf8" }).filter((p) => /\.(json|ya?ml)$/.test(p));
    return files.map((p) => [p, p.endsWith(".json") ? JSON.parse(read(p)) : parse(read(p))]);
  }

  test("every JSON and YAML file parses", () => {
    expect(() => structured()).not.toThrow();
    expect(structured().length).toBeGreaterThan(0);
  });

  test("every list of the enum's values, in every file, is exactly the spec's list", () => {
    const lists: Array<[string, unknown[]]> = [];
    const walk = (file: string, v: unknown) => {
      if (Array.isArray(v)) {
        if (v.includes("*/ comment end")) lists.push([file, v]);
        v.forEach((x) => walk(file, x));
      } else if (v && typeof v === "object") Object.values(v).forEach((x) => walk(file, x));
    };
    for (const [file, doc] of structured()) walk(file, doc);
    expect(lists.length).toBeGreaterThan(0);
    for (const [file, list] of lists) expect(list, file).toEqual(ENUM_VALUES);
  });

  test("the hostile wire name is a property key and the title a string, unchanged", () => {
    const wireName: string = OPERATION_YAML.input.members.text.wireName;
    let keys = 0;
    let titles = 0;
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        if (Object.hasOwn(v, wireName)) keys++;
        Object.values(v).forEach(walk);
      } else if (typeof v === "string" && v.includes(SERVICE_YAML.title)) titles++;
    };
    for (const [, doc] of structured()) walk(doc);
    expect(keys).toBeGreaterThan(0);
    expect(titles).toBeGreaterThan(0);
  });
});

function find<T extends ts.Node>(root: ts.Node, pred: (n: ts.Node) => n is T): T {
  let found: T | undefined;
  const visit = (n: ts.Node) => {
    if (!found && pred(n)) found = n;
    if (!found) ts.forEachChild(n, visit);
  };
  visit(root);
  if (!found) throw new Error("node not found in the generated file");
  return found;
}

/** The string-literal members of a union type, in order. */
function literalTexts(type: ts.TypeNode): string[] {
  const parts = ts.isUnionTypeNode(type) ? type.types : [type];
  return parts.flatMap((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : []));
}

/** JSDoc text of each declaration: `Type` for interfaces, aliases and classes, `Type.member` for properties and methods. */
function docsByName(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  const text = (n: ts.Node) =>
    ts
      .getJSDocCommentsAndTags(n)
      .filter(ts.isJSDoc)
      .map((d) => ts.getTextOfJSDocComment(d.comment) ?? "")
      .join("\n");
  const visit = (n: ts.Node, owner?: string) => {
    if ((ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isClassDeclaration(n)) && n.name) {
      out.set(n.name.text, text(n));
      ts.forEachChild(n, (c) => visit(c, n.name!.text));
      return;
    }
    if ((ts.isPropertySignature(n) || ts.isMethodDeclaration(n) || ts.isPropertyDeclaration(n)) && owner) out.set(`${owner}.${n.name.getText(sf)}`, text(n));
    ts.forEachChild(n, (c) => visit(c, owner));
  };
  visit(sf);
  return out;
}
