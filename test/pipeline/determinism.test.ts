/**
 * Output is a function of the specs' meaning only: generating twice gives
 * the same bytes, and so does a copy of the specs with mappings' keys in
 * reverse order, files handed to the builder in reverse order, or another
 * working directory.
 *
 * One order is meaning, not noise: the declaration order of `members`, which
 * the service table keeps as the order JSON bodies are written in (as the
 * AWS SDKs write them). Reversing members therefore must leave the IR the
 * same apart from source positions and that order, and the types the same
 * byte for byte.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isMap, isSeq, parseDocument, type Node } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Emitter } from "../../src/emit/shared/emitter.js";
import { typesEmitter } from "../../src/emit/types/emit-types.js";
import type { IrModel } from "../../src/ir/types.js";
import { loadSpecs } from "../../src/load/load-specs.js";
import { compileLoaded, compileSpecs } from "../../src/pipeline/compile-specs.js";
import { testEnv } from "../support/env.js";
import { renderModel } from "../support/render-model.js";

const SPECS = testEnv().specsDir;
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/**
 * Mapping keys whose values are payload data (examples, defaults, the mock's
 * initial state): their key order is the documented JSON's own, left as is.
 */
const PAYLOAD_KEYS = new Set(["examples", "example", "default", "initial", "body"]);

/**
 * Reverses the key order of every spec-structure mapping in `node`, in place;
 * a `members` mapping too when `members` is set.
 */
function reverseMappings(node: Node | null | undefined, members: boolean, parentKey?: string): void {
  if (isMap(node)) {
    if (parentKey !== "members" || members) node.items.reverse();
    for (const pair of node.items) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key === "string" && PAYLOAD_KEYS.has(key)) continue;
      reverseMappings(pair.value as Node, members, typeof key === "string" ? key : undefined);
    }
  } else if (isSeq(node)) {
    // Sequence order carries meaning (enum values, examples); only their mappings are reversed.
    for (const item of node.items) reverseMappings(item as Node, members);
  }
}

/** A copy of the specs (under the same folder name, so generated headers name the same paths) with mappings reversed. */
function reversedCopy(opts: { members: boolean }): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "opforge-det-"));
  roots.push(root);
  const specs = path.join(root, path.basename(SPECS));
  cpSync(SPECS, specs, { recursive: true });
  for (const folder of readdirSync(specs)) {
    for (const name of readdirSync(path.join(specs, folder))) {
      const file = path.join(specs, folder, name);
      const doc = parseDocument(readFileSync(file, "utf8"));
      reverseMappings(doc.contents as Node, opts.members);
      writeFileSync(file, doc.toString({ lineWidth: 0 }));
    }
  }
  return specs;
}

async function render(model: IrModel, emitters?: readonly Emitter[]): Promise<Record<string, string>> {
  return Object.fromEntries(await renderModel(model, emitters));
}

function isSourceLocation(v: unknown): boolean {
  return typeof v === "object" && v !== null && "file" in v && "line" in v && "col" in v;
}

/** The model as JSON without source positions (which move when keys move) and members' declaration order. */
function withoutPositions(model: IrModel): unknown {
  return JSON.parse(JSON.stringify(model, (key, value) => (isSourceLocation(value) || key === "order" ? undefined : value)));
}

/** Rendering every service of the real specs with every emitter is slow on a busy 2-core machine. */
const SLOW = 300_000;

describe("determinism", () => {
  let reference: Record<string, string>;
  beforeAll(async () => {
    reference = await render(compileSpecs(SPECS).model);
  }, SLOW);

  test("generating twice gives identical bytes", async () => {
    const again = await render(compileSpecs(SPECS).model);
    expect(Object.keys(reference).length).toBeGreaterThan(0);
    expect(again).toEqual(reference);
  }, SLOW);

  test("reversing the key order of every mapping but `members` gives identical bytes", async () => {
    const specs = reversedCopy({ members: false });
    // The copy really differs: its first service file starts with a different key.
    const first = readdirSync(specs)[0]!;
    expect(readFileSync(path.join(specs, first, "service.yaml"), "utf8")).not.toEqual(readFileSync(path.join(SPECS, first, "service.yaml"), "utf8"));
    expect(await render(compileSpecs(specs).model)).toEqual(reference);
  }, SLOW);

  test("reversing members too gives the same IR apart from source positions and declaration order, and identical types", async () => {
    const specs = reversedCopy({ members: true });
    const original = compileSpecs(SPECS).model;
    const reversed = compileSpecs(specs).model;
    expect(withoutPositions(reversed)).toEqual(withoutPositions(original));
    expect(await render(reversed, [typesEmitter])).toEqual(await render(original, [typesEmitter]));
  }, SLOW);

  test("handing services and operation files to the builder in reverse order gives identical bytes", async () => {
    const loaded = loadSpecs(SPECS);
    const reversed = [...loaded.services].reverse().map((s) => ({ ...s, operationFiles: [...s.operationFiles].reverse() }));
    expect(await render(compileLoaded(reversed, loaded.diagnostics).model)).toEqual(reference);
  }, SLOW);

  test("the working directory does not leak into the output", async () => {
    const cwd = process.cwd();
    try {
      process.chdir(os.tmpdir());
      expect(await render(compileSpecs(SPECS).model)).toEqual(reference);
    } finally {
      process.chdir(cwd);
    }
  }, SLOW);
});
