/**
 * Small spec sets written to a temp folder, for checker tests: a valid base
 * service that each case breaks in one place.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatDiagnostic, SpecError } from "../../src/check/diagnostics.js";
import type { IrModel } from "../../src/ir/types.js";
import { compileSpecs } from "../../src/pipeline/compile-specs.js";

/** `demo/service.yaml` and `demo/GetThing.yaml`: valid on their own. */
export const BASE_FILES: Readonly<Record<string, string>> = {
  "demo/service.yaml": `service: demo
name: Demo
title: Demo service
vendor: aws
protocol: aws-rest-json
auth:
  scheme: sigv4
errors:
  BadRequest:
    status: 400
    code: BadRequest
`,
  "demo/GetThing.yaml": `operation: GetThing
http:
  method: GET
  path: /things/{id}
input:
  type: structure
  members:
    id:
      type: string
      location: path
      required: true
output:
  type: structure
  members:
    name:
      type: string
`,
};

/** Writes `files` (relative path -> text) into a fresh temp specs folder. */
export function writeSpecSet(files: Readonly<Record<string, string | null>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "opforge-check-"));
  for (const [rel, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/**
 * Compiles the base set with `overrides` applied (null deletes a file) and
 * returns the printed diagnostics, paths relative to the specs folder.
 * Returns [] when the set compiles.
 */
export function diagnose(overrides: Readonly<Record<string, string | null>> = {}): string[] {
  const dir = writeSpecSet({ ...BASE_FILES, ...overrides });
  try {
    compileSpecs(dir);
    return [];
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    return e.diagnostics.map((d) => formatDiagnostic(d).split(`${dir}${path.sep}`).join(""));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Compiles the base set with `overrides` applied and returns the model (throws SpecError on errors). */
export function compileSet(overrides: Readonly<Record<string, string | null>> = {}): IrModel {
  const dir = writeSpecSet({ ...BASE_FILES, ...overrides });
  try {
    return compileSpecs(dir).model;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
