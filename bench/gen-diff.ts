/**
 * Diff size: generated lines changed per spec line changed, when two API
 * Gateway operations drafted from botocore (GetModel, DeleteModel) are added
 * to a copy of the real specs and the copy is regenerated. Counted with git
 * (`--numstat`: added + deleted lines).
 */
import { cpSync, mkdtempSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { REPO } from "./gen-runs.js";

function sh(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}

function changedLines(numstat: string): number {
  return numstat
    .trim()
    .split("\n")
    .filter(Boolean)
    .reduce((n, line) => {
      const [a, d] = line.split("\t");
      return n + Number(a) + Number(d);
    }, 0);
}

export function diffSize(work: string): { specLines: number; generatedLines: number; perSpecLine: number; files: string } {
  const root = mkdtempSync(path.join(work, "diff-"));
  const launcher = path.join(REPO, "scripts/opforge.mjs");
  cpSync(path.join(REPO, "specs"), path.join(root, "specs"), { recursive: true });
  sh(process.execPath, [launcher, "generate", "--quiet", "--specs", "specs", "--out", "gen"], root);
  sh("git", ["init", "-q"], root);
  sh("git", ["-c", "user.email=b@b", "-c", "user.name=b", "commit", "-qm", "base", "--allow-empty"], root);
  sh("git", ["add", "-A"], root);
  sh("git", ["-c", "user.email=b@b", "-c", "user.name=b", "commit", "-qm", "before"], root);
  sh(process.execPath, [launcher, "import", "aws", "apigateway", "--operations", "GetModel,DeleteModel", "--out", "specs", "--force", "--quiet"], root);
  sh(process.execPath, [launcher, "generate", "--quiet", "--specs", "specs", "--out", "gen"], root);
  sh("git", ["add", "-A"], root);
  const specLines = changedLines(sh("git", ["diff", "--cached", "--numstat", "--", "specs"], root));
  const stat = sh("git", ["diff", "--cached", "--numstat", "--", "gen"], root);
  const generatedLines = changedLines(stat);
  return { specLines, generatedLines, perSpecLine: generatedLines / specLines, files: stat.trim() };
}
