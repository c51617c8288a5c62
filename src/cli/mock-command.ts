/** `opforge mock`: serves the generated mocks of every (or some) service on one port. */
import { parseCommandArgs } from "./parse-command-args.js";
import type { Io } from "./io.js";
import { startGeneratedMocks, type StartedMock } from "../mock/start-mock.js";
import { watchParent } from "../mock/parent-watch.js";
import { parseMockFlags } from "../mock/flags.js";

export const MOCK_HELP = `Usage: opforge mock [options]

Serves the mock of every generated service (generated/<service>/mock.js)
on one port, answering as the real APIs do: routes, validation with the
vendor's own 400, documented errors, auth, examples and state.

Options:
  --port P              port to listen on (default 4010; 0 picks a free one)
  --host H              interface to bind (default 127.0.0.1)
  --service NAME        only this service (repeatable; default: all)
  --stateless           keep no state between requests
  --verify-signatures   check signatures: SigV4 (AWS) and SDK-HMAC-SHA256 AK/SK
                        (Huawei) against the test credentials
                        (AKIAMOCKTESTKEY00001 / opforge/mock/test/secret/access/key/0001,
                        or --access-key-id / --secret-access-key); --verify-sigv4 is the same
  --access-key-id ID    credentials (AWS key id / Huawei AK) accepted when verifying
  --secret-access-key KEY
  --body-limit BYTES    largest request body (default 1048576)
  --max-depth N         deepest JSON nesting accepted (default 64)
  --max-resources N     most stored resource instances, oldest forgotten first (default 100000)
  --max-state-bytes N   byte budget of stored instances (default 67108864)
  --request-timeout MS  time for a request's head, then its body, to arrive (default 10000)
  --no-control          no control API or inspector under /__opforge/
  --journal N           exchanges kept in the request journal (default 1000; 0: none)
  --latency MIN[-MAX]   delay every answer by MIN (to MAX) milliseconds
  --error-rate R        answer this fraction (0..1) of calls with a retryable documented
                        error of the operation (a 429 or a 5xx)
  --seed S              seed of --latency and --error-rate (default 1): same seed, same run
  --generated DIR       where the generated packages are (default: generated)
  --quiet               no per-request log lines
  -h, --help            show this help

Request headers: 'Prefer: code=404' answers the documented response with that
status, 'Prefer: error=ConflictException' a named error of the table,
'Prefer: delay=250' delays the answer, 'Prefer: fault=reset' resets the connection.
Inspector and control API: http://<host>:<port>/__opforge/
Stops on SIGINT or SIGTERM, and when its parent (npm) goes away. See docs/mock.md.`;

export async function mockCommand(argv: string[], io: Io): Promise<number> {
  let flags: ReturnType<typeof parseMockFlags> | undefined;
  const args = parseCommandArgs(
    "mock",
    argv,
    {
      port: { type: "string" },
      host: { type: "string", default: "127.0.0.1" },
      service: { type: "string", multiple: true },
      stateless: { type: "boolean", default: false },
      "verify-signatures": { type: "boolean", default: false },
      "verify-sigv4": { type: "boolean", default: false },
      "access-key-id": { type: "string" },
      "secret-access-key": { type: "string" },
      "body-limit": { type: "string" },
      "max-depth": { type: "string" },
      "max-resources": { type: "string" },
      "max-state-bytes": { type: "string" },
      "request-timeout": { type: "string" },
      "no-control": { type: "boolean", default: false },
      journal: { type: "string" },
      latency: { type: "string" },
      "error-rate": { type: "string" },
      seed: { type: "string" },
      generated: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    MOCK_HELP,
    io,
    (v) => {
      flags = parseMockFlags(v);
    },
  );
  if (typeof args === "number") return args;
  const started = performance.now();
  let mock: StartedMock;
  try {
    mock = await startGeneratedMocks({
      ...flags!,
      host: args.host,
      services: args.service,
      generatedDir: args.generated,
      stateless: args.stateless,
      log: args.quiet ? undefined : io.out,
    });
  } catch (e) {
    io.err(`opforge mock: ${(e as Error).message}`);
    return 1;
  }
  const notes = [
    args.stateless ? "stateless" : "",
    flags!.verifySignatures ? "verifying signatures" : "",
    flags!.control === false ? "no control API" : "",
  ].filter(Boolean);
  io.out(
    `opforge mock: serving ${mock.services.join(", ")} at ${mock.url} ` +
      `(ready in ${Math.round(performance.now() - started)} ms${notes.map((n) => `, ${n}`).join("")}); ` +
      `${flags!.control === false ? "" : `inspector at ${mock.url}/__opforge/; `}Ctrl-C stops`,
  );
  await new Promise<void>((resolve) => {
    const stop = (why: string) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      unwatch();
      io.out(`opforge mock: ${why}, stopping`);
      mock.close().then(resolve, resolve);
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    const unwatch = watchParent(() => stop("parent process gone"));
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
  });
  return 0;
}
