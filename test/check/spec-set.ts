/**
 * Small spec sets written to a temp folder, for checker tests: a valid base
 * service that each case breaks in one place.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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

/**
 * What a case puts at a path besides a file's text: null deletes the base
 * file; the others make the things a hostile specs folder can hold.
 * `link` targets are relative to the link's folder; `outside` links to a
 * file outside the specs folder.
 */
export type SpecEntry = string | null | { fifo: true } | { folder: true } | { link: string } | { outside: string };

/** Writes `files` (relative path -> text or entry) into a fresh temp specs folder. */
export function writeSpecSet(files: Readonly<Record<string, SpecEntry>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "opforge-check-"));
  const specs = path.join(dir, "specs");
  for (const [rel, entry] of Object.entries(files)) {
    if (entry === null) continue;
    const at = path.join(specs, rel);
    mkdirSync(path.dirname(at), { recursive: true });
    if (typeof entry === "string") writeFileSync(at, entry);
    else if ("fifo" in entry) execFileSync("mkfifo", [at]);
    else if ("folder" in entry) mkdirSync(at);
    else if ("link" in entry) symlinkSync(entry.link, at);
    else {
      const target = path.join(dir, "outside.yaml");
      writeFileSync(target, entry.outside);
      symlinkSync(target, at);
    }
  }
  return specs;
}

/** The temp folder `writeSpecSet` made, removed with everything in it. */
export function removeSpecSet(specs: string): void {
  rmSync(path.dirname(specs), { recursive: true, force: true });
}

/**
 * Compiles the base set with `overrides` applied (null deletes a file) and
 * returns the printed diagnostics, paths relative to the specs folder.
 * Returns [] when the set compiles.
 */
export function diagnose(overrides: Readonly<Record<string, SpecEntry>> = {}): string[] {
  const dir = writeSpecSet({ ...BASE_FILES, ...overrides });
  try {
    compileSpecs(dir);
    return [];
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    // Paths relative to the specs folder; a link's target outside it, relative to the temp folder.
    const outside = `${realpathSync(path.dirname(dir))}${path.sep}`;
    return e.diagnostics.map((d) => formatDiagnostic(d).split(`${dir}${path.sep}`).join("").split(outside).join("<tmp>/"));
  } finally {
    removeSpecSet(dir);
  }
}

/** Compiles the base set with `overrides` applied and returns the model (throws SpecError on errors). */
export function compileSet(overrides: Readonly<Record<string, SpecEntry>> = {}): IrModel {
  const dir = writeSpecSet({ ...BASE_FILES, ...overrides });
  try {
    return compileSpecs(dir).model;
  } finally {
    removeSpecSet(dir);
  }
}

/** One checker case: the base set broken in one place, and the exact lines printed. */
export type Case = [name: string, { given: Record<string, SpecEntry>; want: string[] }];

export const OP = "demo/GetThing.yaml";
export const SERVICE = "demo/service.yaml";

/** The base operation with its output members replaced by `members` (YAML at 4 spaces; the first member is on line 15). */
export function withOutputMembers(members: string): Record<string, string> {
  return { [OP]: BASE_FILES[OP]!.replace(/output:[\s\S]*$/, `output:\n  type: structure\n  members:\n${members}`) };
}

/** `replace` applied to the base operation file, failing loudly if it does not apply. */
export function editOp(from: string, to: string): Record<string, string> {
  const baseOp = BASE_FILES[OP]!;
  if (!baseOp.includes(from)) throw new Error(`fixture edit does not apply: ${from}`);
  return { [OP]: baseOp.replace(from, to) };
}
