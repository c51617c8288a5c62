/**
 * The emitted declarations typecheck strictly against the types module and
 * the runtime's, and declare exactly what `validators.js` exports; both
 * files are laid out as prettier lays them out (generation runs no
 * prettier), and so is the JSON Schema. For the real specs, the fixtures
 * (hostile text included) and the recursive fixture.
 */
import path from "node:path";
import * as prettier from "prettier";
import ts from "typescript";
import { beforeAll, expect, test } from "vitest";
import { PRETTIER_OPTIONS } from "../../src/print/prettier-options.js";
import { REPO } from "./differential.js";
import { emitServices, type EmittedService } from "./generated-package.js";

let all: EmittedService[] = [];
beforeAll(async () => {
  for (const dir of ["specs", "test/fixtures/specs", "test/validators/recursive-spec"]) all.push(...(await emitServices(path.join(REPO, dir))).services);
});

test("validators.d.ts typechecks strictly", () => {
  const roots = all.map((s) => path.join(s.dir, "validators.d.ts"));
  const program = ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    types: [],
    lib: ["lib.es2022.d.ts"],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n") + (d.file ? ` (${d.file.fileName})` : ""));
  expect(diagnostics).toEqual([]);
  expect(roots.length).toBeGreaterThanOrEqual(7);
});

test("validators.d.ts declares exactly the functions validators.js exports", () => {
  for (const s of all) {
    const declared = [...s.files.get("validators.d.ts")!.matchAll(/^export declare (?:function|const) (\w+)/gm)].map((m) => m[1]!).sort();
    expect(Object.keys(s.validators).sort(), s.service.id).toEqual(declared);
  }
});

test("every emitted file is already in prettier's layout", async () => {
  let checked = 0;
  for (const s of all) {
    for (const [file, text] of s.files) {
      if (!file.startsWith("validators.") && !file.startsWith("schema/")) continue;
      expect(await prettier.format(text, { ...PRETTIER_OPTIONS, filepath: file }), `${s.service.id}/${file}`).toBe(text);
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(21);
});
