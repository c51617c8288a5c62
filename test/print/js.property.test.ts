import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as b from "../../src/print/js-build.js";
import type { Stmt } from "../../src/print/js-ast.js";
import { UnsupportedSyntaxError } from "../../src/print/js-context.js";
import { printModule } from "../../src/print/js-statements.js";
import { statement } from "./arbitraries.js";
import { parseDiagnostics, prettierFormat } from "./prettier-reference.js";

/**
 * Makes a generated program valid: declared names get unique suffixes (no redeclaration errors)
 * and every function is async (so `await` is allowed anywhere).
 */
export function sanitize(body: readonly Stmt[]): Stmt[] {
  let counter = 0;
  const copy = structuredClone(body) as Stmt[];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.kind === "if") {
      // The printer takes braced bodies only (an `else if` stays as it is): brace the others.
      for (const key of ["consequent", "alternate"]) {
        const branch = n[key] as Record<string, unknown> | undefined;
        if (branch === undefined || branch.kind === "block" || (key === "alternate" && branch.kind === "if")) continue;
        n[key] = { kind: "block", body: [branch] };
      }
    }
    if (["variable", "function", "for-in", "for-of", "class"].includes(n.kind as string)) n.name = `${n.name as string}_${counter++}`;
    if ("exported" in n) n.exported = false;
    if (n.kind === "switch") {
      // One `default:` at most.
      const cases = n.cases as Array<Record<string, unknown>>;
      cases.forEach((c, i) => {
        if (c.test === undefined && cases.findIndex((x) => x.test === undefined) !== i) c.test = { kind: "identifier", name: "other" };
      });
    }
    if (n.kind === "function" || n.kind === "arrow") {
      n.async = true;
      for (const p of n.params as Array<Record<string, unknown>>) p.name = `${p.name as string}_${counter++}`;
    }
    for (const value of Object.values(n)) visit(value);
  };
  visit(copy);
  return copy;
}

/** Prints a generated module, or undefined when it uses a construct the printer refuses. */
function tryPrint(body: readonly Stmt[], dialect: "js" | "ts"): string | undefined {
  try {
    return printModule(body, dialect);
  } catch (error) {
    if (error instanceof UnsupportedSyntaxError) return undefined;
    throw error;
  }
}

describe("random JS programs", () => {
  it("print exactly as prettier formats them, and parse", async () => {
    let printed = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(statement, { minLength: 1, maxLength: 6 }), async (generated) => {
        const body = sanitize([b.fn("main", [], generated)]);
        const out = tryPrint(body, "js");
        fc.pre(out !== undefined);
        printed++;
        expect(parseDiagnostics(out as string, "x.js"), out).toEqual([]);
        expect(await prettierFormat(out as string, "x.js")).toBe(out);
      }),
      { numRuns: 1500, endOnFailure: true },
    );
    expect(printed).toBeGreaterThan(1000);
  });
});
