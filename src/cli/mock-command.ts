/** `opforge mock`: serves the generated mocks of every (or some) service on one port. */
import { parseCommandArgs } from "./parse-command-args.js";
import type { Io } from "./io.js";
import { startGeneratedMocks, type StartedMock } from "../mock/start-mock.js";

export const MOCK_HELP = `Usage: opforge mock [options]

Serves the mock of every generated service (generated/<service>/mock.js)
on one port, answering as the real APIs do: routes, validation with the
vendor's own 400, documented errors, auth, examples and state.

Options:
  --port P            port to listen on (default 4010; 0 picks a free one)
  --host H            interface to bind (default 127.0.0.1)
  --service NAME      only this service (repeatable; default: all)
  --stateless         keep no state between requests
  --verify-sigv4      check SigV4 signatures against the test credentials
                      (AKIAMOCKTESTKEY00001 / opforge/mock/test/secret/access/key/0001,
                      or --access-key-id / --secret-access-key)
  --access-key-id ID        credentials accepted by --verify-sigv4
  --secret-access-key KEY
  --body-limit BYTES  largest request body (default 1048576)
  --max-depth N       deepest JSON nesting accepted (default 64)
  --generated DIR     where the generated packages are (default: generated)
  --quiet             no per-request log lines
  -h, --help          show this help

Request headers: 'Prefer: code=404' answers the documented response with that
status, 'Prefer: error=ConflictException' a named error of the table.
Stops on SIGINT or SIGTERM. See docs/mock.md.`;

function intOption(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new Error(`--${name} must be an integer >= ${min}, got '${value}'`);
  return Number(value);
}

export async function mockCommand(argv: string[], io: Io): Promise<number> {
  let port = 4010;
  let bodyLimit: number | undefined, maxDepth: number | undefined;
  const args = parseCommandArgs(
    "mock",
    argv,
    {
      port: { type: "string" },
      host: { type: "string", default: "127.0.0.1" },
      service: { type: "string", multiple: true },
      stateless: { type: "boolean", default: false },
      "verify-sigv4": { type: "boolean", default: false },
      "access-key-id": { type: "string" },
      "secret-access-key": { type: "string" },
      "body-limit": { type: "string" },
      "max-depth": { type: "string" },
      generated: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    MOCK_HELP,
    io,
    (v) => {
      port = intOption(v.port, "port", 0) ?? 4010;
      if (port > 65535) throw new Error(`--port must be at most 65535, got ${port}`);
      bodyLimit = intOption(v["body-limit"], "body-limit", 1);
      maxDepth = intOption(v["max-depth"], "max-depth", 1);
      if ((v["access-key-id"] === undefined) !== (v["secret-access-key"] === undefined)) throw new Error("--access-key-id and --secret-access-key go together");
    },
  );
  if (typeof args === "number") return args;
  const started = performance.now();
  let mock: StartedMock;
  try {
    mock = await startGeneratedMocks({
      port,
      host: args.host,
      services: args.service,
      generatedDir: args.generated,
      stateless: args.stateless,
      bodyLimit,
      maxDepth,
      verifySigV4: args["verify-sigv4"],
      credentials: args["access-key-id"] ? [{ accessKeyId: args["access-key-id"], secretAccessKey: args["secret-access-key"]! }] : undefined,
      log: args.quiet ? undefined : io.out,
    });
  } catch (e) {
    io.err(`opforge mock: ${(e as Error).message}`);
    return 1;
  }
  io.out(`opforge mock: serving ${mock.services.join(", ")} at ${mock.url} (ready in ${Math.round(performance.now() - started)} ms${args.stateless ? ", stateless" : ""}${args["verify-sigv4"] ? ", verifying SigV4" : ""}); Ctrl-C stops`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      io.out(`opforge mock: ${signal}, stopping`);
      mock.close().then(resolve, resolve);
    };
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
  });
  return 0;
}
