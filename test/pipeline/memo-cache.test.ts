/** The content-addressed memo behind prettier and the package build. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatKey } from "../../src/pipeline/cache-keys.js";
import { MemoCache, sha256 } from "../../src/pipeline/memo-cache.js";

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), "opforge-memo-"));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every entry file under a cache folder. */
function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe("MemoCache", () => {
  it("computes once per key, in memory and across processes (disk)", async () => {
    const dir = tempDir();
    let calls = 0;
    const compute = () => {
      calls++;
      return `value ${calls}`;
    };
    const a = new MemoCache(dir);
    expect(await a.get("k".repeat(64), compute)).toBe("value 1");
    expect(await a.get("k".repeat(64), compute)).toBe("value 1");
    expect(a.stats).toEqual({ memoryHits: 1, diskHits: 0, misses: 1 });
    const b = new MemoCache(dir); // a fresh process: memory empty, disk warm
    expect(await b.get("k".repeat(64), compute)).toBe("value 1");
    expect(b.stats).toEqual({ memoryHits: 0, diskHits: 1, misses: 0 });
    expect(calls).toBe(1);
  });

  it("treats a corrupt or truncated entry as a miss and repairs it", async () => {
    const dir = tempDir();
    const key = sha256("some input");
    await new MemoCache(dir).get(key, () => "formatted text\n");
    const [file] = entries(dir);
    writeFileSync(file!, readFileSync(file!, "utf8").replace("formatted", "tampered"));
    const c = new MemoCache(dir);
    expect(await c.get(key, () => "recomputed\n")).toBe("recomputed\n");
    expect(c.stats.misses).toBe(1);
    writeFileSync(file!, "short");
    expect(await new MemoCache(dir).get(key, () => "again\n")).toBe("again\n");
    expect(await new MemoCache(dir).get(key, () => "unused")).toBe("again\n");
  });

  it("works without a disk folder, and with an unwritable one", async () => {
    const mem = new MemoCache(undefined);
    expect(await mem.get("x", () => "1")).toBe("1");
    expect(await mem.get("x", () => "2")).toBe("1");
    const file = path.join(tempDir(), "not-a-folder");
    writeFileSync(file, "");
    const broken = new MemoCache(file);
    expect(await broken.get(sha256("y"), () => "3")).toBe("3");
  });
});

describe("formatKey", () => {
  it("changes with the input and with every option", () => {
    const base = formatKey({ parser: "typescript", printWidth: 100 }, "const a = 1;");
    expect(formatKey({ parser: "typescript", printWidth: 100 }, "const a = 1;")).toBe(base);
    expect(formatKey({ parser: "typescript", printWidth: 100 }, "const a = 2;")).not.toBe(base);
    expect(formatKey({ parser: "babel-ts", printWidth: 100 }, "const a = 1;")).not.toBe(base);
    expect(formatKey({ parser: "typescript", printWidth: 80 }, "const a = 1;")).not.toBe(base);
  });

  it("does not confuse where one part ends and the next begins", () => {
    expect(sha256("ab", "c")).not.toBe(sha256("a", "bc"));
  });
});
