// Copied by opforge from src/runtime/protocol/huawei-rest-json.ts. DO NOT EDIT.
/**
 * Huawei Cloud APIG REST-JSON: the shared REST-JSON binding, plus Huawei's
 * error format: a JSON body `{"error_code": "APIG.dddd", "error_msg": "..."}`
 * and no error header; the request id in `X-Request-Id` on every answer.
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
const CONTENT_TYPE = "application/json;charset=UTF-8";
const NO_API = "The API does not exist or has not been published in the environment";
const BAD_TOKEN = "Incorrect token or token resolution failed";
/**
 * The gateway's own errors, from the APIG user guide's "Error Codes" table
 * (APIG.0101, APIG.0201, APIG.9999) and its page "Common Errors Related to
 * IAM Authentication Information" (APIG.0301 for a wrong AK/SK signature).
 * APIG answers too-large headers with its own status 494; the mock sends
 * the standard 431, which clients know. The timeout text is the mock's own.
 */
const BUILTINS = {
  "not-found": { status: 404, code: "APIG.0101", message: NO_API },
  "method-not-allowed": { status: 405, code: "APIG.0101", message: NO_API },
  "too-large": { status: 413, code: "APIG.0201", message: "Request entity too large" },
  "missing-auth": { status: 401, code: "APIG.1002", message: BAD_TOKEN },
  "bad-signature": {
    status: 401,
    code: "APIG.0301",
    message: "Incorrect IAM authentication information: verify aksk signature fail",
  },
  "bad-request": {
    status: 400,
    code: "APIG.2011",
    message: "Invalid parameter value. Please refer to the support documentation",
  },
  internal: { status: 500, code: "APIG.9999", message: "System error" },
  timeout: { status: 408, code: "APIG.0201", message: "Request timeout" },
  "uri-too-long": { status: 414, code: "APIG.0201", message: "Request URI too large" },
  "headers-too-large": { status: 431, code: "APIG.0201", message: "Request headers too large" },
};
function readError(response) {
  return {
    code: text(response.body, "error_code"),
    message: text(response.body, "error_msg"),
    requestId: response.headers.get("x-request-id") ?? text(response.body, "request_id"),
  };
}
/** The error's members, with `error_code` and `error_msg` always present. */
function encodeError({ error, code, message, data }) {
  const headers = { "content-type": CONTENT_TYPE };
  const fixed = { ...data };
  if (code !== undefined) setOwn(fixed, "error_code", code);
  setOwn(fixed, "error_msg", message);
  // `fixed` is this function's own copy: encodeMembers may hand it back rather than a new object.
  const body = encodeMembers(error.members, fixed, headers);
  // Members the error does not declare are still part of the vendor's format.
  if (code !== undefined && !Object.hasOwn(body, "error_code")) setOwn(body, "error_code", code);
  if (!Object.hasOwn(body, "error_msg")) setOwn(body, "error_msg", message);
  return { status: error.status, headers, body: JSON.stringify(body) };
}
function encodeBuiltin(kind, message, detail) {
  const b = BUILTINS[kind];
  const said = (message ?? b.message) + (detail === undefined ? "" : ` (mock: ${detail})`);
  return {
    status: b.status,
    headers: { "content-type": CONTENT_TYPE },
    body: JSON.stringify({ error_code: b.code, error_msg: said }),
  };
}
/** The docs' example names the first parameter and nothing else. */
function validationMessage(violations) {
  return `Invalid parameter value,parameterName:${violations[0]?.wirePath ?? ""}. Please refer to the support documentation`;
}
function text(body, key) {
  const v = own(body, key);
  return typeof v === "string" ? v : undefined;
}
/** The Huawei APIG REST-JSON protocol, both directions. */
export const huaweiRestJson = {
  id: "huawei-rest-json",
  contentType: CONTENT_TYPE,
  requestIdHeader: "X-Request-Id",
  encodeRequest,
  decodeOutput,
  readError,
  decodeErrorData: (error, response) => decodeMembers(error.members, response),
  decodeRequest,
  encodeOutput: (op, output) => encodeOutput(op, output, CONTENT_TYPE),
  encodeError,
  encodeBuiltin,
  validationMessage,
  // The vendor names the parameter, never the reason.
  malformedMessage: (param) =>
    validationMessage([{ wirePath: param, message: "", value: undefined }]),
};
