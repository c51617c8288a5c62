let requestCounter = 0;
function nextRequestId() {
  requestCounter = (requestCounter + 1) % 281474976710656;
  const hex = requestCounter.toString(16).padStart(12, "0");
  return `6d6f636b-0000-4000-8000-${hex}`;
}
function exampleBody(error) {
  const b = error.example?.body;
  return b !== null && typeof b === "object" && !Array.isArray(b) ? b : void 0;
}
function valueText(v) {
  if (v === void 0) return "null";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  const short = s.length > 64 ? `${s.slice(0, 61)}...` : s;
  return typeof v === "string" ? `'${short}'` : short;
}
function headerValue(m) {
  return m.wireName.toLowerCase() === "retry-after" ? "1" : `mock-${m.name}`;
}
function withBodyMembers(error, fixed) {
  const example = exampleBody(error);
  const body = {};
  const headers = {};
  for (const m of error.members) {
    if (m.location === "header") {
      const ex = error.example?.headers;
      const found = ex ? Object.keys(ex).find((k) => k.toLowerCase() === m.wireName.toLowerCase()) : void 0;
      headers[m.wireName] = found !== void 0 ? ex[found] : headerValue(m);
      continue;
    }
    if (m.location !== "body") continue;
    if (Object.hasOwn(fixed, m.wireName)) body[m.wireName] = fixed[m.wireName];
    else if (example && Object.hasOwn(example, m.wireName)) body[m.wireName] = example[m.wireName];
    else body[m.wireName] = m.type.kind === "string" ? `mock-${m.name}` : null;
    if (body[m.wireName] === null) delete body[m.wireName];
  }
  return { body, headers };
}
function templated(build) {
  const cache = /* @__PURE__ */ new WeakMap();
  return (error, message) => {
    let t = cache.get(error);
    if (!t) cache.set(error, t = build(error));
    if (message === void 0 || t.messageKey === void 0)
      return { status: t.status, headers: t.headers, body: t.defaultBody };
    const body = { ...t.body };
    body[t.messageKey] = message;
    return { status: t.status, headers: t.headers, body: JSON.stringify(body) };
  };
}
const awsBuiltins = {
  "not-found": { status: 404, type: "UnknownOperationException", message: "Unknown operation" },
  "method-not-allowed": {
    status: 405,
    type: "MethodNotAllowedException",
    message: "Method not allowed"
  },
  "too-large": {
    status: 413,
    type: "RequestEntityTooLargeException",
    message: "Request Entity Too Large"
  },
  "missing-auth": {
    status: 403,
    type: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token"
  },
  "bad-signature": {
    status: 403,
    type: "InvalidSignatureException",
    message: "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method."
  },
  "bad-request": { status: 400, type: "BadRequestException", message: "Bad Request" },
  internal: {
    status: 500,
    type: "InternalFailure",
    message: "The request processing has failed because of an unknown error, exception or failure."
  }
};
const awsRestJson = {
  contentType: "application/json",
  requestIdHeader: "x-amzn-RequestId",
  renderError: templated((error) => {
    const example = exampleBody(error);
    const msgMember = error.members.find(
      (m) => m.location === "body" && m.wireName.toLowerCase() === "message"
    );
    const fixed = {};
    if (msgMember) {
      const exampleMsg = example?.[msgMember.wireName];
      fixed[msgMember.wireName] = typeof exampleMsg === "string" ? exampleMsg : error.documentation ?? error.name;
    }
    const { body, headers } = withBodyMembers(error, fixed);
    headers["x-amzn-ErrorType"] = error.code ?? error.name;
    headers["content-type"] = "application/json";
    return {
      status: error.status,
      headers: Object.freeze(headers),
      body,
      messageKey: msgMember?.wireName,
      defaultBody: JSON.stringify(body)
    };
  }),
  validationMessage(violations) {
    const n = violations.length;
    const parts = violations.map(
      (v) => `Value ${valueText(v.value)} at '${v.wirePath}' failed to satisfy constraint: ${v.message}`
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
      body: JSON.stringify({ message: message ?? b.message })
    };
  }
};
const huaweiBuiltins = {
  "not-found": {
    status: 404,
    code: "APIG.0101",
    message: "The API does not exist or has not been published in the environment"
  },
  "method-not-allowed": {
    status: 405,
    code: "APIG.0101",
    message: "The API does not exist or has not been published in the environment"
  },
  "too-large": { status: 413, code: "APIG.0201", message: "Request entity too large" },
  "missing-auth": {
    status: 401,
    code: "APIG.1002",
    message: "Incorrect token or token resolution failed"
  },
  "bad-signature": {
    status: 401,
    code: "APIG.1002",
    message: "Incorrect token or token resolution failed"
  },
  "bad-request": {
    status: 400,
    code: "APIG.2011",
    message: "Invalid parameter value. Please refer to the support documentation"
  },
  internal: { status: 500, code: "APIG.9999", message: "System error" }
};
const huaweiRestJson = {
  contentType: "application/json;charset=UTF-8",
  requestIdHeader: "X-Request-Id",
  renderError: templated((error) => {
    const example = exampleBody(error);
    const fixed = {};
    if (error.code !== void 0) fixed["error_code"] = error.code;
    const exampleMsg = example?.["error_msg"];
    fixed["error_msg"] = typeof exampleMsg === "string" ? exampleMsg : error.documentation ?? error.name;
    const { body, headers } = withBodyMembers(error, fixed);
    headers["content-type"] = "application/json;charset=UTF-8";
    const messageKey = error.members.some(
      (m) => m.location === "body" && m.wireName === "error_msg"
    ) ? "error_msg" : void 0;
    return {
      status: error.status,
      headers: Object.freeze(headers),
      body,
      messageKey,
      defaultBody: JSON.stringify(body)
    };
  }),
  validationMessage(violations) {
    return `Invalid parameter value,parameterName:${violations[0]?.wirePath ?? ""}. Please refer to the support documentation`;
  },
  malformedMessage(param) {
    return this.validationMessage([{ wirePath: param, message: "", value: void 0 }]);
  },
  builtin(kind, message) {
    const b = huaweiBuiltins[kind];
    return {
      status: b.status,
      headers: { "content-type": "application/json;charset=UTF-8" },
      body: JSON.stringify({ error_code: b.code, error_msg: message ?? b.message })
    };
  }
};
const PROTOCOLS = {
  "aws-rest-json": awsRestJson,
  "huawei-rest-json": huaweiRestJson
};
export {
  PROTOCOLS,
  awsRestJson,
  huaweiRestJson,
  nextRequestId
};
