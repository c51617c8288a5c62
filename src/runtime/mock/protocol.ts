/**
 * How each vendor protocol puts errors on the wire. Errors from a service's
 * table are rendered from their members (message, code, headers such as
 * `Retry-After`) and the docs' example; the few errors no table lists
 * (unknown route, body too large, missing auth where the table has no 401)
 * use the vendor's own well-known codes.
 */
import type { JsonValue, MockError, MockMember } from "./definition.js";

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One validation failure, ready for a message. */
export interface Violation {
  /** Wire path of the offending value, e.g. `authorizationType`. */
  wirePath: string;
  message: string;
  /** The offending value, `undefined` when missing. */
  value: unknown;
}

export type BuiltinError =
  | "not-found"
  | "method-not-allowed"
  | "too-large"
  | "missing-auth"
  | "bad-signature"
  | "bad-request"
  | "internal";

export interface Protocol {
  /** Headers every response of this protocol carries (content type). */
  readonly contentType: string;
  /** Header naming the request id, and its value for one request. */
  readonly requestIdHeader: string;
  /** Renders an error of the table; `message` replaces the example's/documented text. */
  renderError(error: MockError, message: string | undefined): WireResponse;
  /** Text of a 400 for validation problems, in the vendor's words. */
  validationMessage(violations: readonly Violation[]): string;
  /** Text of a 400 for a request that is not even well-formed (`param`: what is wrong, e.g. `body`, `Content-Type`). */
  malformedMessage(param: string, text: string): string;
  /** An error no table lists. */
  builtin(kind: BuiltinError, message?: string): WireResponse;
}

let requestCounter = 0;
/** A unique-looking, cheap request id (uuid layout), different for every response. */
export function nextRequestId(): string {
  requestCounter = (requestCounter + 1) % 0x1000000000000;
  const hex = requestCounter.toString(16).padStart(12, "0");
  return `6d6f636b-0000-4000-8000-${hex}`;
}

function exampleBody(error: MockError): Record<string, JsonValue> | undefined {
  const b = error.example?.body;
  return b !== null && typeof b === "object" && !Array.isArray(b) ? b : undefined;
}

/** How AWS shows the offending value: `null` when missing, strings in single quotes, else JSON. */
function valueText(v: unknown): string {
  if (v === undefined) return "null";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  const short = s.length > 64 ? `${s.slice(0, 61)}...` : s;
  return typeof v === "string" ? `'${short}'` : short;
}

/** A header member's value when the example does not give one. */
function headerValue(m: MockMember): string {
  // Retry-After carries seconds (RFC 9110); clients parse it as a number.
  return m.wireName.toLowerCase() === "retry-after" ? "1" : `mock-${m.name}`;
}

function withBodyMembers(
  error: MockError,
  fixed: Record<string, JsonValue>,
): { body: Record<string, JsonValue>; headers: Record<string, string> } {
  const example = exampleBody(error);
  const body: Record<string, JsonValue> = {};
  const headers: Record<string, string> = {};
  for (const m of error.members) {
    if (m.location === "header") {
      const ex = error.example?.headers;
      const found = ex
        ? Object.keys(ex).find((k) => k.toLowerCase() === m.wireName.toLowerCase())
        : undefined;
      headers[m.wireName] = found !== undefined ? ex![found]! : headerValue(m);
      continue;
    }
    if (m.location !== "body") continue;
    if (Object.hasOwn(fixed, m.wireName)) body[m.wireName] = fixed[m.wireName]!;
    else if (example && Object.hasOwn(example, m.wireName)) body[m.wireName] = example[m.wireName]!;
    else body[m.wireName] = m.type.kind === "string" ? `mock-${m.name}` : null;
    if (body[m.wireName] === null) delete body[m.wireName];
  }
  return { body, headers };
}

/** An error's response with everything but the message decided: built once per error, then reused for every request. */
interface ErrorTemplate {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: Record<string, JsonValue>;
  /** Wire name of the body member carrying the message, if any. */
  messageKey: string | undefined;
  /** The body when no message is given (example or documentation text). */
  defaultBody: string;
}

/** Renders through a per-error template cache (the error objects are the compiled service's, alive as long as it). */
function templated(
  build: (error: MockError) => ErrorTemplate,
): (error: MockError, message: string | undefined) => WireResponse {
  const cache = new WeakMap<MockError, ErrorTemplate>();
  return (error, message) => {
    let t = cache.get(error);
    if (!t) cache.set(error, (t = build(error)));
    if (message === undefined || t.messageKey === undefined)
      return { status: t.status, headers: t.headers, body: t.defaultBody };
    const body = { ...t.body };
    body[t.messageKey] = message;
    return { status: t.status, headers: t.headers, body: JSON.stringify(body) };
  };
}

const awsBuiltins: Record<BuiltinError, { status: number; type: string; message: string }> = {
  "not-found": { status: 404, type: "UnknownOperationException", message: "Unknown operation" },
  "method-not-allowed": {
    status: 405,
    type: "MethodNotAllowedException",
    message: "Method not allowed",
  },
  "too-large": {
    status: 413,
    type: "RequestEntityTooLargeException",
    message: "Request Entity Too Large",
  },
  "missing-auth": {
    status: 403,
    type: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  },
  "bad-signature": {
    status: 403,
    type: "InvalidSignatureException",
    message:
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
  },
  "bad-request": { status: 400, type: "BadRequestException", message: "Bad Request" },
  internal: {
    status: 500,
    type: "InternalFailure",
    message: "The request processing has failed because of an unknown error, exception or failure.",
  },
};

/** AWS REST-JSON: error type in `x-amzn-ErrorType`, JSON body with the members (`message`). */
export const awsRestJson: Protocol = {
  contentType: "application/json",
  requestIdHeader: "x-amzn-RequestId",
  renderError: templated((error) => {
    const example = exampleBody(error);
    const msgMember = error.members.find(
      (m) => m.location === "body" && m.wireName.toLowerCase() === "message",
    );
    const fixed: Record<string, JsonValue> = {};
    if (msgMember) {
      const exampleMsg = example?.[msgMember.wireName];
      fixed[msgMember.wireName] =
        typeof exampleMsg === "string" ? exampleMsg : (error.documentation ?? error.name);
    }
    const { body, headers } = withBodyMembers(error, fixed);
    headers["x-amzn-ErrorType"] = error.code ?? error.name;
    headers["content-type"] = "application/json";
    return {
      status: error.status,
      headers: Object.freeze(headers),
      body,
      messageKey: msgMember?.wireName,
      defaultBody: JSON.stringify(body),
    };
  }),
  validationMessage(violations) {
    const n = violations.length;
    const parts = violations.map(
      (v) =>
        `Value ${valueText(v.value)} at '${v.wirePath}' failed to satisfy constraint: ${v.message}`,
    );
    return `${n} validation error${n === 1 ? "" : "s"} detected: ${parts.join("; ")}`;
  },
  malformedMessage(_param, text) {
    return text;
  },
  builtin(kind, message) {
    const b = awsBuiltins[kind];
    return {
      status: b.status,
      headers: { "x-amzn-ErrorType": b.type, "content-type": "application/json" },
      body: JSON.stringify({ message: message ?? b.message }),
    };
  },
};

const huaweiBuiltins: Record<BuiltinError, { status: number; code: string; message: string }> = {
  "not-found": {
    status: 404,
    code: "APIG.0101",
    message: "The API does not exist or has not been published in the environment",
  },
  "method-not-allowed": {
    status: 405,
    code: "APIG.0101",
    message: "The API does not exist or has not been published in the environment",
  },
  "too-large": { status: 413, code: "APIG.0201", message: "Request entity too large" },
  "missing-auth": {
    status: 401,
    code: "APIG.1002",
    message: "Incorrect token or token resolution failed",
  },
  "bad-signature": {
    status: 401,
    code: "APIG.1002",
    message: "Incorrect token or token resolution failed",
  },
  "bad-request": {
    status: 400,
    code: "APIG.2011",
    message: "Invalid parameter value. Please refer to the support documentation",
  },
  internal: { status: 500, code: "APIG.9999", message: "System error" },
};

/** Huawei APIG: JSON body `{"error_code", "error_msg"}`, no error header. */
export const huaweiRestJson: Protocol = {
  contentType: "application/json;charset=UTF-8",
  requestIdHeader: "X-Request-Id",
  renderError: templated((error) => {
    const example = exampleBody(error);
    const fixed: Record<string, JsonValue> = {};
    if (error.code !== undefined) fixed["error_code"] = error.code;
    const exampleMsg = example?.["error_msg"];
    fixed["error_msg"] =
      typeof exampleMsg === "string" ? exampleMsg : (error.documentation ?? error.name);
    const { body, headers } = withBodyMembers(error, fixed);
    headers["content-type"] = "application/json;charset=UTF-8";
    const messageKey = error.members.some(
      (m) => m.location === "body" && m.wireName === "error_msg",
    )
      ? "error_msg"
      : undefined;
    return {
      status: error.status,
      headers: Object.freeze(headers),
      body,
      messageKey,
      defaultBody: JSON.stringify(body),
    };
  }),
  validationMessage(violations) {
    // The docs' example names the parameter and nothing else.
    return `Invalid parameter value,parameterName:${violations[0]?.wirePath ?? ""}. Please refer to the support documentation`;
  },
  malformedMessage(param) {
    // The vendor names the parameter, never the reason.
    return this.validationMessage([{ wirePath: param, message: "", value: undefined }]);
  },
  builtin(kind, message) {
    const b = huaweiBuiltins[kind];
    return {
      status: b.status,
      headers: { "content-type": "application/json;charset=UTF-8" },
      body: JSON.stringify({ error_code: b.code, error_msg: message ?? b.message }),
    };
  },
};

export const PROTOCOLS: Record<"aws-rest-json" | "huawei-rest-json", Protocol> = {
  "aws-rest-json": awsRestJson,
  "huawei-rest-json": huaweiRestJson,
};
