/**
 * AWS REST-JSON (API Gateway, AmplifyBackend): the shared REST-JSON binding,
 * plus AWS's error format. An error's type travels in `x-amzn-ErrorType`
 * (`Name:http://...`) or in the body as `code`/`__type` (`namespace#Name`);
 * its text in the body's `message`; the request id in `x-amzn-RequestId`.
 */
import { own, setOwn } from "../shared/json.js";
import {
  decodeMembers,
  decodeOutput,
  decodeRequest,
  encodeMembers,
  encodeOutput,
  encodeRequest,
} from "./rest-json.js";
import type {
  BuiltinError,
  ErrorAnswer,
  ErrorFacts,
  Protocol,
  ReceivedResponse,
  Violation,
  WireResponse,
} from "./types.js";
import type { MemberModel, StructureModel } from "../table/model.js";

const CONTENT_TYPE = "application/json";

const BUILTINS: Record<BuiltinError, { status: number; type: string; message: string }> = {
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
  timeout: { status: 408, type: "RequestTimeoutException", message: "Request Timeout" },
  "uri-too-long": {
    status: 414,
    type: "RequestURITooLongException",
    message: "Request-URI Too Long",
  },
  "headers-too-large": {
    status: 431,
    type: "RequestHeaderFieldsTooLargeException",
    message: "Request Header Fields Too Large",
  },
};

function readError(response: ReceivedResponse): ErrorFacts {
  const h = response.headers;
  const body = response.body;
  const raw =
    h.get("x-amzn-errortype") ?? text(body, "code") ?? text(body, "__type") ?? text(body, "Code");
  const code = raw?.split(":")[0]?.split("#").pop();
  return {
    code: code || undefined,
    message: text(body, "message") ?? text(body, "Message") ?? text(body, "errorMessage"),
    requestId: h.get("x-amzn-requestid") ?? h.get("x-amz-request-id") ?? undefined,
  };
}

/** The error's members, its text in the body member on the wire as `message` (added when the error has none). */
function encodeError({ error, code, message, data }: ErrorAnswer): WireResponse {
  const headers: Record<string, string> = {
    "x-amzn-ErrorType": code ?? error.name,
    "content-type": CONTENT_TYPE,
  };
  const carrier = messageCarrier(error.members);
  const withMessage = { ...data };
  if (carrier) setOwn(withMessage, carrier.name, message);
  // `withMessage` is this function's own copy: encodeMembers may hand it back rather than a new object.
  const body = encodeMembers(error.members, withMessage, headers);
  if (!carrier) setOwn(body, "message", message);
  return { status: error.status, headers, body: JSON.stringify(body) };
}

const carriers = new WeakMap<StructureModel, MemberModel | null>();

/** The body member carrying an error's text (wire name `message`, any case), looked up once per error. */
function messageCarrier(members: StructureModel): MemberModel | undefined {
  let carrier = carriers.get(members);
  if (carrier === undefined) {
    carrier = members.body.find((m) => m.wire.toLowerCase() === "message") ?? null;
    carriers.set(members, carrier);
  }
  return carrier ?? undefined;
}

function encodeBuiltin(kind: BuiltinError, message?: string, detail?: string): WireResponse {
  const b = BUILTINS[kind];
  const said = (message ?? b.message) + (detail === undefined ? "" : ` (mock: ${detail})`);
  return {
    status: b.status,
    headers: { "x-amzn-ErrorType": b.type, "content-type": CONTENT_TYPE },
    body: JSON.stringify({ message: said }),
  };
}

/** `1 validation error detected: Value 'x' at 'authorizationType' failed to satisfy constraint: ...` */
function validationMessage(violations: readonly Violation[]): string {
  const n = violations.length;
  const parts = violations.map(
    (v) =>
      `Value ${valueText(v.value)} at '${v.wirePath}' failed to satisfy constraint: ${v.message}`,
  );
  return `${n} validation error${n === 1 ? "" : "s"} detected: ${parts.join("; ")}`;
}

/** How AWS shows the offending value: `null` when missing, strings in single quotes, else JSON. */
function valueText(v: unknown): string {
  if (v === undefined) return "null";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  const short = s.length > 64 ? `${s.slice(0, 61)}...` : s;
  return typeof v === "string" ? `'${short}'` : short;
}

function text(body: unknown, key: string): string | undefined {
  const v = own(body, key);
  return typeof v === "string" ? v : undefined;
}

/** The AWS REST-JSON protocol, both directions. */
export const awsRestJson: Protocol = {
  id: "aws-rest-json",
  contentType: CONTENT_TYPE,
  requestIdHeader: "x-amzn-RequestId",
  encodeRequest: (op, input, endpoint) => encodeRequest(op, input, endpoint, true),
  decodeOutput,
  readError,
  decodeErrorData: (error, response) => decodeMembers(error.members, response),
  decodeRequest,
  encodeOutput: (op, output) => encodeOutput(op, output, CONTENT_TYPE),
  encodeError,
  encodeBuiltin,
  validationMessage,
  malformedMessage: (_param, message) => message,
};
