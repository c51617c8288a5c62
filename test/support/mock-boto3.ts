/** Runs batches of boto3 calls (Debian's python3-boto3, /usr/bin/python3) against a mock. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CREDENTIALS } from "./mock-http.js";

const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("../mock/py/boto3_calls.py", import.meta.url));

/** One boto3 call: client name, method (snake case), parameters. */
export interface Boto3Call {
  service: string;
  method: string;
  params: Record<string, unknown>;
  prefer?: string;
  maxAttempts?: number;
}

export type Boto3Result =
  | { ok: true; status: number; requestId: string | null; attempts: number; response: Record<string, unknown> }
  | { ok: false; status: number; code: string; message: string; requestId: string | null; typed: boolean };

/** `PutMethod` -> `put_method` (boto3's method naming). */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** Runs `calls` in order in one python process (its import costs about a second). */
export function runBoto3(endpoint: string, calls: readonly Boto3Call[]): Promise<Boto3Result[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [SCRIPT], { stdio: ["pipe", "pipe", "pipe"], timeout: 120_000 });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`boto3 script failed (${code}): ${err}`));
      else resolve(JSON.parse(out) as Boto3Result[]);
    });
    child.stdin.end(JSON.stringify({ endpoint, accessKeyId: CREDENTIALS.accessKeyId, secretAccessKey: CREDENTIALS.secretAccessKey, calls }));
  });
}
