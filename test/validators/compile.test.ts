/**
 * The emitted validators compile under `strict`, `noUncheckedIndexedAccess`,
 * `noUnusedLocals` and `noUnusedParameters`, with the types they import, for
 * the real specs, the fixtures (hostile text included) and the recursive fixture.
 */
import path from "node:path";
import { expect, test } from "vitest";
import ts from "typescript";
import { REPO } from "./differential.js";
import { emitServices } from "./generated-package.js";

test("generated validators typecheck strictly", async () => {
  const roots: string[] = [];
  for (const dir of ["specs", "test/fixtures/specs", "test/validators/recursive-spec"]) {
    for (const s of (await emitServices(path.join(REPO, dir))).services) roots.push(path.join(s.dir, "src/validators.ts"));
  }
  const program = ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    lib: ["lib.es2022.d.ts"],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n") + (d.file ? ` (${d.file.fileName})` : ""));
  expect(diagnostics).toEqual([]);
  expect(roots.length).toBeGreaterThanOrEqual(7);
});
