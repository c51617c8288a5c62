/** `opforge mock` as a process: ready line with the URL, one log line per request, clean stop on SIGTERM/SIGINT. */
import { spawn, type ChildProcess } from "node:child_process";
import { describe, expect, it } from "vitest";

const CLI = ["--import", "tsx", "src/cli/main.ts", "mock"];

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

function start(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [...CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 30 s; output: ${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[0], output: () => out, exited });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", () => {
      clearTimeout(timer);
      reject(new Error(`exited before ready: ${out}`));
    });
  });
}

function run(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("opforge mock (CLI)", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`serves every service on one port, logs each request, and stops on ${signal}`, async () => {
      const m = await start(["--port", "0"]);
      expect(m.output()).toContain("serving amplifybackend, apigateway, huawei-apig at http://127.0.0.1:");
      const res = await fetch(`${m.url}/v2/p/apigw/instances/i/authorizers/a`, { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" });
      expect(res.status).toBe(401);
      await res.text();
      await new Promise((r) => setTimeout(r, 100));
      expect(m.output()).toMatch(/^PUT \/v2\/p\/apigw\/instances\/i\/authorizers\/a UpdateCustomAuthorizer 401 \d+\.\dms$/m);
      m.child.kill(signal);
      expect(await m.exited).toBe(0);
      expect(m.output()).toContain(`${signal}, stopping`);
    });
  }

  it("--service limits what is served; --quiet drops request lines", async () => {
    const m = await start(["--port", "0", "--service", "apigateway", "--quiet"]);
    const res = await fetch(`${m.url}/v2/p/apigw/instances/i/authorizers/a`, { method: "PUT", headers: { "x-auth-token": "t" }, body: "{}" });
    expect(res.status).toBe(404);
    await res.text();
    m.child.kill("SIGTERM");
    expect(await m.exited).toBe(0);
    expect(m.output()).not.toMatch(/^PUT /m);
  });

  it("--help prints usage; bad options exit 2; an unknown service exits 1 naming the available ones", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Usage: opforge mock");
    const bad = await run(["--port", "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain("--port must be an integer");
    const unknown = await run(["--port", "0", "--service", "nosuch"]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain("unknown service nosuch; available: amplifybackend, apigateway, huawei-apig");
  });
});
