/**
 * Watch latency: `generate --watch` on a copy of a spec folder; a one-line
 * documentation edit of one operation, then the time until the edit shows in
 * the generated file on disk (inotify on the output folder, no polling), the
 * median over several edits after a warm-up one.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { median, REPO } from "./gen-runs.js";

export async function watchLatency(specs: string, work: string, edits: number, service: string, opFile: string): Promise<{ ms: number; min: number; max: number; n: number }> {
  const root = mkdtempSync(path.join(work, "watch-"));
  const dir = path.join(root, "specs");
  spawnSync("cp", ["-r", specs, dir]);
  const out = path.join(root, "out");
  const child = spawn(process.execPath, [path.join(REPO, "scripts/opforge.mjs"), "generate", "--watch", "--specs", dir, "--out", out], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  try {
    const deadline = Date.now() + 600_000;
    while (!stdout.includes("Watching ")) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`watch bench: no first generation\n${stdout}\n${stderr}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const specFile = path.join(dir, service, opFile);
    const target = path.join(out, service, "client.d.ts");
    const original = readFileSync(specFile, "utf8");
    const doc = /^documentation: (.*)$/m.exec(original);
    if (!doc) throw new Error(`watch bench: ${opFile} has no one-line documentation to edit`);
    const times: number[] = [];
    for (let i = 0; i <= edits; i++) {
      const marker = `Bench edit ${i}.`;
      let changedAt = 0;
      const seen = new Promise<void>((resolve) => {
        const w = watch(path.dirname(target), () => {
          if (changedAt) return;
          let text = "";
          try {
            text = readFileSync(target, "utf8");
          } catch {
            return;
          }
          if (text.includes(marker)) {
            changedAt = performance.now();
            w.close();
            resolve();
          }
        });
      });
      await new Promise((r) => setTimeout(r, 300)); // let the previous run settle
      const t0 = performance.now();
      writeFileSync(specFile, original.replace(doc[0], `documentation: ${doc[1]} ${marker}`));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([seen, new Promise((r) => (timer = setTimeout(r, 120_000)))]);
      clearTimeout(timer);
      if (!changedAt) throw new Error(`watch bench: ${target} never showed edit ${i}\n${stderr}`);
      if (i > 0) times.push(changedAt - t0);
    }
    return { ms: median(times), min: Math.min(...times), max: Math.max(...times), n: times.length };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}
