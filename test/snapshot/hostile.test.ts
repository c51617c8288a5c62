/**
 * Hostile spec text (quotes, backticks, `${`, `*\/`, backslashes, `</script>`,
 * U+2028, U+2029; see test/fixtures/specs/hostile/) neither breaks nor changes
 * generated code: the types compile under strict, parse without syntax
 * errors, their string values equal the spec's values at run time, and
 * every doc string survives with only the documented escapes. The whole
 * package (every registered emitter) compiles, and its JSON and YAML files
 * carry the hostile values unchanged.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { typesEmitter } from "../../src/emit/types/emit-types.js";
import { ts } from "../../src/emit/shared/print-ts.js";
import { renderService } from "../../src/pipeline/render-files.js";
import { FIXTURE_SPECS, fixtureModel, fixtureService, renderFixture, tsc } from "./harness.js";

const SERVICE_YAML = parse(readFileSync(path.join(FIXTURE_SPECS, "hostile/service.yaml"), "utf8"));
const OPERATION_YAML = parse(readFileSync(path.join(FIXTURE_SPECS, "hostile/EchoText.yaml"), "utf8"));

/** The hostile enum's values, read straight from the YAML (not through the IR). */
const ENUM_VALUES: string[] = SERVICE_YAML.shapes.HostileEnum.values.map((v: string | { value: string }) => (typeof v === "string" ? v : v.value));
const KNOWN_VALUES: string[] = OPERATION_YAML.input.members.text.knownValues.map((v: string | { value: string }) => (typeof v === "string" ? v : v.value));

/** The documented escapes of doc text: `*\/` for `*‍/`, a line break for U+2028/U+2029; then whitespace is not significant. */
function expectedDoc(text: string): string {
  return normalize(text.replace(/\*\//g, "*\\/").replace(/[\u2028\u2029]/g, "\n"));
}
function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

let source: string;
let sourceFile: ts.SourceFile;
beforeAll(async () => {
  source = (await renderFixture("hostile", [typesEmitter])).get("src/types.ts")!;
  sourceFile = ts.createSourceFile("types.ts", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
});

describe("hostile text in the types emitter's output", () => {
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

  test("parses without syntax errors", () => {
    const out = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
    expect(out.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")) ?? []).toEqual([]);
  });

  test("the enum's const array holds exactly the spec's values at run time", async () => {
    const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`)) as { HostileEnumValues: readonly string[] };
    expect(mod.HostileEnumValues).toEqual(ENUM_VALUES);
  });

  test("the enum's union type and the open string's documented values are the spec's values", () => {
    const alias = find(sourceFile, (n): n is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(n) && n.name.text === "HostileEnum");
    expect(literalTexts(alias.type)).toEqual(ENUM_VALUES);
    const text = find(sourceFile, (n): n is ts.PropertySignature => ts.isPropertySignature(n) && n.name.getText(sourceFile) === "text");
    expect(literalTexts(text.type!)).toEqual(KNOWN_VALUES);
  });

  test("every doc string survives with only the documented escapes", () => {
    const svc = fixtureService("hostile");
    const docs = docsByName(sourceFile);
    const want: Array<[string, string]> = [];
    for (const shape of svc.shapes) {
      if (shape.documentation) want.push([shape.name, shape.documentation]);
      if (shape.kind === "structure") for (const m of shape.members) if (m.documentation) want.push([`${shape.name}.${m.name}`, m.documentation]);
    }
    for (const e of svc.errors) for (const m of e.members) if (m.documentation) want.push([`${e.typeName}.${m.name}`, m.documentation]);
    const op = svc.operations[0]!;
    want.push([`HostileOperations.${op.name}`, op.documentation!]);
    // Sanity: the hostile docs are among them, and each comes from the YAML unchanged by the loader.
    expect(want.map(([, d]) => d)).toContain(SERVICE_YAML.documentation);
    expect(want.length).toBeGreaterThanOrEqual(10);
    for (const [name, doc] of want) {
      expect(docs.get(name), `doc comment of ${name}`).toBeDefined();
      expect(normalize(docs.get(name)!).startsWith(expectedDoc(doc)), `doc comment of ${name}:\n${docs.get(name)}\nshould start with:\n${expectedDoc(doc)}`).toBe(true);
    }
  });

  test("no doc comment is closed early: the code outside comments is free of spec text", () => {
    const scanner = ts.createScanner(ts.ScriptTarget.ES2022, /* skipTrivia */ true, ts.LanguageVariant.Standard, source);
    const code: string[] = [];
    for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) if (t !== ts.SyntaxKind.StringLiteral) code.push(scanner.getTokenText());
    const outside = code.join(" ");
    for (const fragment of ["comment end", "template", "alert", "script", "quotes"]) expect(outside).not.toContain(fragment);
  });
});

describe("hostile text in structured outputs of every registered emitter", () => {
  let files: ReadonlyMap<string, string>;
  beforeAll(async () => {
    files = (await renderService(fixtureService("hostile"), fixtureModel())).files;
  }, 300_000);

  /** Every JSON and YAML file of the hostile package, parsed. */
  function structured(): Array<[string, unknown]> {
    return [...files].filter(([p]) => /\.(json|ya?ml)$/.test(p)).map(([p, text]) => [p, p.endsWith(".json") ? JSON.parse(text) : parse(text)]);
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

describe("hostile output compiles under strict", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "opforge-hostile-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("tsc --noEmit on the types emitter's output", async () => {
    const files = await renderFixture("hostile", [typesEmitter]);
    for (const [p, contents] of files) {
      mkdirSync(path.dirname(path.join(out, "hostile", p)), { recursive: true });
      writeFileSync(path.join(out, "hostile", p), contents);
    }
    expect(tsc(out)).toEqual({ status: 0, output: "" });
  });

  test("tsc --noEmit on the whole package, every registered emitter included", async () => {
    const whole = path.join(out, "whole");
    mkdirSync(whole, { recursive: true });
    const { files } = await renderService(fixtureService("hostile"), fixtureModel());
    expect(files.size).toBeGreaterThan(1);
    for (const [p, contents] of files) {
      mkdirSync(path.dirname(path.join(whole, p)), { recursive: true });
      writeFileSync(path.join(whole, p), contents);
    }
    expect(tsc(whole)).toEqual({ status: 0, output: "" });
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

/** JSDoc text of each declaration: `Type` for interfaces and aliases, `Type.member` for properties. */
function docsByName(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  const text = (n: ts.Node) =>
    ts
      .getJSDocCommentsAndTags(n)
      .filter(ts.isJSDoc)
      .map((d) => ts.getTextOfJSDocComment(d.comment) ?? "")
      .join("\n");
  const visit = (n: ts.Node, owner?: string) => {
    if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) {
      out.set(n.name.text, text(n));
      ts.forEachChild(n, (c) => visit(c, n.name.text));
      return;
    }
    if (ts.isPropertySignature(n) && owner) out.set(`${owner}.${n.name.getText(sf)}`, text(n));
    ts.forEachChild(n, (c) => visit(c, owner));
  };
  visit(sf);
  return out;
}
