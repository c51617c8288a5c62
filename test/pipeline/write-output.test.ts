/**
 * The atomic writer: writes only what changed, removes only files it wrote
 * earlier (never outside the output folder), and leaves the folder as it was
 * when staging fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { MANIFEST, planOutput, writeOutput } from "../../src/write/output-session.js";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function fresh(): string {
  root = mkdtempSync(path.join(os.tmpdir(), "opforge-write-"));
  const out = path.join(root, "out");
  mkdirSync(out);
  return out;
}

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));
const OLD = new Date("2001-01-01T00:00:00Z");

function listAll(dir: string, prefix = ""): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? listAll(path.join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
}

describe("writeOutput", () => {
  test("writes new files and a manifest of them; a second identical run touches nothing", () => {
    const out = fresh();
    const plan = writeOutput(out, files({ "svc/a.ts": "a\n", "svc/src/b.ts": "b\n" }));
    expect(plan).toEqual({ write: ["svc/a.ts", "svc/src/b.ts"], unchanged: [], remove: [] });
    expect(JSON.parse(readFileSync(path.join(out, MANIFEST), "utf8"))).toEqual(["svc/a.ts", "svc/src/b.ts"]);
    for (const f of listAll(out)) utimesSync(path.join(out, f), OLD, OLD);
    const again = writeOutput(out, files({ "svc/a.ts": "a\n", "svc/src/b.ts": "b\n" }));
    expect(again).toEqual({ write: [], unchanged: ["svc/a.ts", "svc/src/b.ts"], remove: [] });
    for (const f of listAll(out)) expect(statSync(path.join(out, f)).mtimeMs, f).toBe(OLD.getTime());
  });

  test("rewrites only changed files and removes orphans with their empty folders", () => {
    const out = fresh();
    writeOutput(out, files({ "svc/a.ts": "a\n", "svc/gone/c.ts": "c\n", "other/d.ts": "d\n" }));
    for (const f of listAll(out)) utimesSync(path.join(out, f), OLD, OLD);
    const plan = writeOutput(out, files({ "svc/a.ts": "A\n", "other/d.ts": "d\n" }));
    expect(plan).toEqual({ write: ["svc/a.ts"], unchanged: ["other/d.ts"], remove: ["svc/gone/c.ts"] });
    expect(existsSync(path.join(out, "svc/gone"))).toBe(false);
    expect(readFileSync(path.join(out, "svc/a.ts"), "utf8")).toBe("A\n");
    expect(statSync(path.join(out, "other/d.ts")).mtimeMs).toBe(OLD.getTime());
  });

  test("with a scope, orphans outside it are kept (partial runs)", () => {
    const out = fresh();
    writeOutput(out, files({ "a/x.ts": "x\n", "b/y.ts": "y\n" }));
    const plan = writeOutput(out, files({ "a/x.ts": "x\n" }), (p) => p.startsWith("a/"));
    expect(plan.remove).toEqual([]);
    expect(existsSync(path.join(out, "b/y.ts"))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(out, MANIFEST), "utf8"))).toEqual(["a/x.ts", "b/y.ts"]);
  });

  test("files it did not write are never removed, and a tampered manifest cannot reach outside the folder", () => {
    const out = fresh();
    writeFileSync(path.join(root, "victim.txt"), "keep me\n");
    writeFileSync(path.join(out, "notes.md"), "hand-written\n");
    writeFileSync(path.join(out, MANIFEST), JSON.stringify(["../victim.txt", "x/../../victim.txt", 42, "notes-not-listed.md"]));
    const plan = writeOutput(out, files({ "svc/a.ts": "a\n" }));
    expect(plan.remove).toEqual([]);
    expect(readFileSync(path.join(root, "victim.txt"), "utf8")).toBe("keep me\n");
    expect(readFileSync(path.join(out, "notes.md"), "utf8")).toBe("hand-written\n");
  });

  test("when staging fails, the folder is left as it was and no temp file remains", () => {
    const out = fresh();
    writeOutput(out, files({ "svc/a.ts": "a\n", "svc/blocker": "a file where a folder is needed\n" }));
    const before = listAll(out).map((f) => [f, readFileSync(path.join(out, f), "utf8")]);
    // `svc/a.ts` changes, then `svc/blocker/x.ts` cannot be staged: nothing may change.
    expect(() => writeOutput(out, files({ "svc/a.ts": "changed\n", "svc/blocker/x.ts": "x\n" }))).toThrow();
    expect(listAll(out).map((f) => [f, readFileSync(path.join(out, f), "utf8")])).toEqual(before);
  });

  test("planOutput reports without writing", () => {
    const out = fresh();
    const plan = planOutput(out, files({ "svc/a.ts": "a\n" }));
    expect(plan).toEqual({ write: ["svc/a.ts"], unchanged: [], remove: [] });
    expect(listAll(out)).toEqual([]);
  });
});
