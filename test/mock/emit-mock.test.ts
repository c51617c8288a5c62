/**
 * The mock emitter: the runtime is copied verbatim, the definition is
 * deterministic, and hostile spec text (quotes, backticks, `${`, `* /`,
 * U+2028, `__proto__` keys) comes out of the generated literal unchanged.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import ts from "typescript";
import { emitMockFile, literal, mockEmitter } from "../../src/emit/mock/emit-mock.js";
import { mockServiceData } from "../../src/emit/mock/mock-data.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";
import { service } from "./helpers.js";

const HOSTILE = "q\"uote' back`tick ${x} */ /* \\ \u2028 \u2029 </script>";

/** Evaluates a generated literal (identifiers replaced by strings naming them). */
function evaluate(text: string): unknown {
  const js = ts.transpileModule(`export default (${text});`, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as { default?: unknown } };
  new Function("module", "exports", "validatorStub", js)(module, module.exports, undefined);
  return module.exports.default;
}

describe("mock emitter", () => {
  it("copies every runtime module verbatim into src/runtime/mock/", () => {
    const files = mockEmitter.emit(service("apigateway"), { model: { services: [] } });
    const runtime = files.filter((f) => f.path.startsWith("src/runtime/mock/"));
    const sources = readdirSync("src/runtime/mock").filter((f) => f.endsWith(".ts")).sort();
    expect(runtime.map((f) => f.path)).toEqual(sources.map((f) => `src/runtime/mock/${f}`));
    for (const f of runtime) expect(f.contents).toBe(readFileSync(f.path.replace(/^src\/runtime/, "src/runtime"), "utf8"));
  });

  it("is deterministic", () => {
    const a = emitMockFile(service("huawei-apig")).contents;
    const b = emitMockFile(compileSpecs("specs", { only: ["huawei-apig"] }).model.services[0]!).contents;
    expect(a).toBe(b);
  });

  it("wires each operation to the generated validators named in the IR", () => {
    const svc = service("apigateway");
    const text = emitMockFile(svc).contents;
    expect(text).toContain('from "./validators.js"');
    for (const op of svc.operations) {
      const input = svc.shapes.find((s) => s.name === op.input)!;
      expect(text).toContain(`validateInput: ${input.validatorName}`);
    }
  });

  it("round-trips hostile text and __proto__ keys through the generated literal", () => {
    const data = { title: HOSTILE, [HOSTILE]: [HOSTILE, 1, true, null], nested: JSON.parse(`{"__proto__": {"polluted": "${"x"}"}, "a": "b"}`) as unknown };
    const back = evaluate(literal(data as never)) as Record<string, unknown>;
    expect(back).toEqual(data);
    expect(Object.hasOwn(back["nested"] as object, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("keeps hostile documentation inside the doc comment", () => {
    const svc = { ...service("huawei-apig"), title: HOSTILE };
    const text = emitMockFile(svc).contents;
    const sf = ts.createSourceFile("mock.ts", text, ts.ScriptTarget.ES2022, true);
    const diagnostics = (sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics;
    expect(diagnostics).toEqual([]);
    expect(mockServiceData(svc)).toMatchObject({ title: HOSTILE });
  });
});
