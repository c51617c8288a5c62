/**
 * `opforge mock` as a process, serving the generated packages under test:
 * the ready line, one log line per request, clean stops on SIGTERM and
 * SIGINT, and when its parent goes away (`npm run mock` killed by the npm
 * process's id); the flags reach the runtime (services, quiet, control API,
 * journal, latency, error rate, state bound, signature verification);
 * bad flags exit 2 with the help.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { authHeaders, call } from "../support/mock-http.js";
import { testEnv } from "../support/env.js";
import { operationCases, retryableErrors, services, validInput, wireRequest, type OperationCase } from "../support/mock-services.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const CLI = ["--import", "tsx", "src/cli/main.ts", "mock"];
const all = services();
const cases = await operationCases(all);
const ids = all.map((s) => s.id);

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0))
    if (c.exitCode === null && c.signalCode === null && c.pid)
      try {
        process.kill(c.pid, "SIGKILL");
      } catch {
        // gone already
      }
});

/** Starts a process and waits for the mock's ready line. */
function start(args: string[], command: string = process.execPath, argv: string[] = CLI): Promise<Running> {
  const child = spawn(command, [...argv, ...args, "--generated", testEnv().generatedDir], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 40 s; output: ${out}`)), 40_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /serving .* at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => out, exited });
      }
    });
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", () => {
      clearTimeout(timer);
      reject(new Error(`exited before ready: ${out}`));
    });
  });
}

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args, "--generated", testEnv().generatedDir], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

async function send(url: string, c: OperationCase, extra: Record<string, string> = {}) {
  const wire = await wireRequest(c, validInput(c));
  return call(url, wire.method, wire.path, { ...wire.headers, ...authHeaders(c.service), ...extra }, wire.body);
}

/** Whether anything still answers at `url`. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/__opforge/services`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

describe("opforge mock (CLI)", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("serves every service on one port, logs each request, stops on %s", async (signal) => {
    const m = await start(["--port", "0", "--stateless"]);
    expect(m.output()).toContain(`serving ${ids.join(", ")} at http://127.0.0.1:`);
    expect(m.output()).toContain(`inspector at ${m.url}/__opforge/`);
    for (const s of all) {
      const c = cases.find((x) => x.service === s)!;
      const r = await send(m.url, c);
      expect(r.status).toBe(c.op.http.successStatus);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const wire = await wireRequest(c, validInput(c));
      expect(m.output()).toContain(`${wire.method} ${wire.path} ${c.op.name} ${r.status} `);
    }
    m.child.kill(signal);
    expect(await m.exited).toBe(0);
    expect(m.output()).toContain(`${signal}, stopping`);
  });

  it("stops with its parent: `npm run mock`, killed by the npm process's id, leaves no server behind", async () => {
    const m = await start(["--port", "0", "--quiet"], "npm", ["run", "--silent", "mock", "--"]);
    expect(await answers(m.url)).toBe(true);
    process.kill(m.child.pid!, "SIGTERM");
    const deadline = Date.now() + 5000;
    while ((await answers(m.url)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await answers(m.url)).toBe(false);
  });

  it("--service limits what is served; --quiet drops request lines; --no-control serves no /__opforge/", async () => {
    const [first, ...others] = all;
    const m = await start(["--port", "0", "--service", first!.id, "--quiet", "--no-control"]);
    expect(m.output()).toContain(`serving ${first!.id} at`);
    for (const other of others) expect((await send(m.url, cases.find((x) => x.service === other)!)).status).toBe(404);
    expect((await call(m.url, "GET", "/__opforge/", authHeaders(first!))).status).toBe(404);
    m.child.kill("SIGTERM");
    expect(await m.exited).toBe(0);
    expect(m.output()).not.toMatch(/^(GET|PUT|POST|PATCH|DELETE) /m);
  });

  it("--journal, --latency, --max-resources and --verify-signatures reach the runtime", async () => {
    const m = await start(["--port", "0", "--quiet", "--journal", "2", "--latency", "150-200", "--max-resources", "1", "--verify-signatures"]);
    const aws = cases.find((c) => c.service.auth.scheme === "sigv4")!;
    const started = performance.now();
    const refused = await send(m.url, aws);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-amzn-errortype")).toBe("InvalidSignatureException");
    await send(m.url, aws);
    await send(m.url, aws);
    const journal = (await (await fetch(`${m.url}/__opforge/requests`)).json()) as { requests: unknown[] };
    expect(journal.requests).toHaveLength(2);
    const state = (await (await fetch(`${m.url}/__opforge/state`)).json()) as { limits: { maxResources: number } };
    expect(state.limits.maxResources).toBe(1);
    m.child.kill("SIGTERM");
    await m.exited;
  });

  it("--error-rate 1 --seed 3 answers every call with a retryable documented error", async () => {
    const m = await start(["--port", "0", "--quiet", "--error-rate", "1", "--seed", "3", "--stateless"]);
    for (const c of cases.slice(0, 4)) expect(retryableErrors(c.op).map((e) => e.status)).toContain((await send(m.url, c)).status);
    m.child.kill("SIGTERM");
    await m.exited;
  });

  it("--help prints usage; bad flags exit 2 with the help; an unknown service exits 1 naming the available ones", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Usage: opforge mock");
    for (const [flags, message] of [
      [["--port", "nope"], "--port must be a whole number"],
      [["--latency", "50-10"], "--latency must be MIN or MIN-MAX"],
      [["--error-rate", "1.5"], "--error-rate must be a fraction from 0 to 1"],
      [["--journal", "lots"], "--journal must be a whole number"],
      [["--access-key-id", "AK"], "--access-key-id and --secret-access-key go together"],
      [["--request-timeout", "5"], "--request-timeout must be a whole number from 100"],
    ] as const) {
      const bad = await run([...flags]);
      expect(bad.code, flags.join(" ")).toBe(2);
      expect(bad.out).toContain(message);
      expect(bad.out).toContain("Usage: opforge mock");
    }
    const unknown = await run(["--port", "0", "--service", "nosuch"]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain(`unknown service nosuch; available: ${ids.join(", ")}`);
  });
});
