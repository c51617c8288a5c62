/** Raw HTTP against a running mock: credentials of each scheme, one call, raw sockets. */
import { connect, type Socket } from "node:net";
import type { IrService } from "../../src/ir/types.js";
import { DEFAULT_TEST_CREDENTIALS } from "../../src/mock/credentials.js";
import { startGeneratedMocks, type StartMockOptions, type StartedMock } from "../../src/mock/start-mock.js";
import { testEnv } from "./env.js";

export const CREDENTIALS = DEFAULT_TEST_CREDENTIALS;

/** A SigV4 `Authorization` naming `signingName` in its scope (presence only: not a valid signature). */
export function sigv4Header(signingName: string): string {
  return `AWS4-HMAC-SHA256 Credential=${CREDENTIALS.accessKeyId}/20260101/us-east-1/${signingName}/aws4_request, SignedHeaders=host;x-amz-date, Signature=00`;
}

/** Headers carrying credentials of `service`'s scheme (not verified unless the mock verifies). */
export function authHeaders(service: IrService): Record<string, string> {
  return service.auth.scheme === "sigv4"
    ? { authorization: sigv4Header(service.auth.signingName!) }
    : { [service.auth.header!.toLowerCase()]: "token-from-iam" };
}

/** Serves the generated packages under test. */
export function startTestMock(options: StartMockOptions = {}): Promise<StartedMock> {
  return startGeneratedMocks({ generatedDir: testEnv().generatedDir, ...options });
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown> | undefined;
}

/** One request with fetch; the answer's body as text and, when it is JSON, parsed. */
export async function call(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawAnswer> {
  const res = await fetch(base + path, { method, headers, body });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Opens a raw TCP connection to the mock; `received()` is what came back so far. */
export function rawSocket(port: number): Promise<{ socket: Socket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    let data = "";
    const socket = connect(port, "127.0.0.1");
    const closed = new Promise<void>((done) => socket.once("close", () => done()));
    socket.on("data", (d: Buffer) => (data += d.toString("latin1")));
    socket.on("error", () => undefined);
    socket.once("connect", () => resolve({ socket, received: () => data, closed }));
    socket.once("error", reject);
  });
}

/** The body of a raw HTTP answer (after the blank line), parsed as JSON. */
export function rawJson(raw: string): Record<string, unknown> {
  return JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4)) as Record<string, unknown>;
}
