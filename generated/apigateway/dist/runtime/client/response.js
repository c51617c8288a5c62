import { own, readMembers } from "./serde.js";
function parseBody(text2) {
  if (text2.trim() === "") return void 0;
  try {
    return JSON.parse(text2);
  } catch {
    return text2;
  }
}
function readOutput(spec, body, response, shapes) {
  return readMembers(spec.output, body, response.headers, shapes);
}
function errorFacts(protocol, body, response) {
  const h = response.headers;
  if (protocol === "huawei-rest-json") {
    return {
      code: text(own(body, "error_code")),
      message: text(own(body, "error_msg")),
      requestId: h.get("x-request-id") ?? text(own(body, "request_id"))
    };
  }
  const raw = h.get("x-amzn-errortype") ?? text(own(body, "code")) ?? text(own(body, "__type")) ?? text(own(body, "Code"));
  const code = raw?.split(":")[0]?.split("#").pop();
  return {
    code: code || void 0,
    message: text(own(body, "message")) ?? text(own(body, "Message")) ?? text(own(body, "errorMessage")),
    requestId: h.get("x-amzn-requestid") ?? h.get("x-amz-request-id") ?? void 0
  };
}
function resolveErrorName(spec, table, status, code) {
  if (code !== void 0) {
    const byCode = spec.errors.find((e) => (e.code ?? e.name) === code) ?? spec.errors.find((e) => e.name === code);
    if (byCode) return byCode.name;
    if (table.protocol === "aws-rest-json" && Object.hasOwn(table.errors, code)) return code;
  }
  const byStatus = spec.errors.filter((e) => e.status === status);
  return byStatus.length === 1 ? byStatus[0].name : void 0;
}
function toServiceError(spec, table, body, response, retryableStatus) {
  const facts = errorFacts(table.protocol, body, response);
  const name = resolveErrorName(spec, table, response.status, facts.code);
  const entry = name !== void 0 && Object.hasOwn(table.errors, name) ? table.errors[name] : void 0;
  const Ctor = entry?.ctor ?? table.generic;
  const headers = {};
  response.headers.forEach((value, key) => {
    Object.defineProperty(headers, key.toLowerCase(), {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    });
  });
  return new Ctor({
    name: entry ? name : table.genericName,
    status: response.status,
    code: facts.code,
    message: facts.message ?? `${spec.name} failed with HTTP ${response.status}${response.statusText ? " " + response.statusText : ""}`,
    requestId: facts.requestId,
    body,
    data: entry ? readMembers(entry.members, body, response.headers, table.shapes) : {},
    headers,
    operation: spec.name,
    retryable: retryableStatus || (entry?.retryable ?? false)
  });
}
function text(v) {
  return typeof v === "string" ? v : void 0;
}
export {
  errorFacts,
  parseBody,
  readOutput,
  resolveErrorName,
  toServiceError
};
