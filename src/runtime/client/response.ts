/**
 * Reading answers: the output of a success, or the typed error of a failure,
 * following each vendor's error wire format.
 */
import type { ServiceError, ServiceErrorConstructor } from "./errors.js";
import type { BoundMember, OperationSpec, Shapes } from "./schema.js";
import { own, readMembers } from "./serde.js";

/** The response fields the runtime reads; a `Response` satisfies it. */
export interface ResponseLike {
  readonly status: number;
  readonly statusText?: string;
  readonly headers: {
    get(name: string): string | null;
    forEach(cb: (value: string, key: string) => void): void;
  };
}

/** A documented error of the service: its class, data members and retry flag. */
export interface ErrorEntry {
  readonly ctor: ServiceErrorConstructor;
  readonly members: readonly BoundMember[];
  readonly retryable: boolean;
}

/** Everything a generated client tells the runtime about its service. */
export interface ServiceTable {
  readonly protocol: "aws-rest-json" | "huawei-rest-json";
  readonly shapes: Shapes;
  /** Documented errors by name. */
  readonly errors: Readonly<Record<string, ErrorEntry>>;
  /** Class for statuses and codes the tables do not document. */
  readonly generic: ServiceErrorConstructor;
  /** Name of the generic class, e.g. `ApiGatewayServiceError`. */
  readonly genericName: string;
}

/** Parses a body as JSON; empty text is `undefined`, non-JSON stays text. */
export function parseBody(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function readOutput(
  spec: OperationSpec,
  body: unknown,
  response: ResponseLike,
  shapes: Shapes,
): Record<string, unknown> {
  return readMembers(spec.output, body, response.headers, shapes);
}

/** The vendor's code, message and request id, per protocol. */
export function errorFacts(
  protocol: ServiceTable["protocol"],
  body: unknown,
  response: ResponseLike,
): { code?: string; message?: string; requestId?: string } {
  const h = response.headers;
  if (protocol === "huawei-rest-json") {
    return {
      code: text(own(body, "error_code")),
      message: text(own(body, "error_msg")),
      requestId: h.get("x-request-id") ?? text(own(body, "request_id")),
    };
  }
  // AWS REST-JSON: the type travels in `x-amzn-ErrorType` (`Name:http://...`)
  // or in the body as `code`/`__type` (`namespace#Name`).
  const raw =
    h.get("x-amzn-errortype") ??
    text(own(body, "code")) ??
    text(own(body, "__type")) ??
    text(own(body, "Code"));
  const code = raw?.split(":")[0]?.split("#").pop();
  return {
    code: code || undefined,
    message:
      text(own(body, "message")) ?? text(own(body, "Message")) ?? text(own(body, "errorMessage")),
    requestId: h.get("x-amzn-requestid") ?? h.get("x-amz-request-id") ?? undefined,
  };
}

/**
 * The documented error an answer stands for: by vendor code first, then by
 * status when exactly one of the operation's errors has it.
 */
export function resolveErrorName(
  spec: OperationSpec,
  table: ServiceTable,
  status: number,
  code: string | undefined,
): string | undefined {
  if (code !== undefined) {
    const byCode =
      spec.errors.find((e) => (e.code ?? e.name) === code) ??
      spec.errors.find((e) => e.name === code);
    if (byCode) return byCode.name;
    if (table.protocol === "aws-rest-json" && Object.hasOwn(table.errors, code)) return code;
  }
  const byStatus = spec.errors.filter((e) => e.status === status);
  return byStatus.length === 1 ? byStatus[0]!.name : undefined;
}

export function toServiceError(
  spec: OperationSpec,
  table: ServiceTable,
  body: unknown,
  response: ResponseLike,
  retryableStatus: boolean,
): ServiceError {
  const facts = errorFacts(table.protocol, body, response);
  const name = resolveErrorName(spec, table, response.status, facts.code);
  const entry =
    name !== undefined && Object.hasOwn(table.errors, name) ? table.errors[name] : undefined;
  const Ctor = entry?.ctor ?? table.generic;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    // Header names are untrusted: define, never assign (`__proto__` is a valid token).
    Object.defineProperty(headers, key.toLowerCase(), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return new Ctor({
    name: entry ? name! : table.genericName,
    status: response.status,
    code: facts.code,
    message:
      facts.message ??
      `${spec.name} failed with HTTP ${response.status}${response.statusText ? " " + response.statusText : ""}`,
    requestId: facts.requestId,
    body,
    data: entry ? readMembers(entry.members, body, response.headers, table.shapes) : {},
    headers,
    operation: spec.name,
    retryable: retryableStatus || (entry?.retryable ?? false),
  });
}

function text(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}
