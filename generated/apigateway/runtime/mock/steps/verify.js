// Copied by opforge from src/runtime/mock/steps/verify.ts. DO NOT EDIT.
/**
 * Step: the request's signature, checked by the verifier configured for
 * the kind of credentials it carries (`sigv4`, or `aksk` for Huawei's
 * `SDK-HMAC-SHA256`); none by default, then only presence counts. Tokens
 * are never checked. A bad signature is the vendor's 403 (AWS) / 401
 * (Huawei APIG.0301), saying why.
 */
import { own } from "../../shared/json.js";
import { credentialKind } from "../credentials.js";
/** Answers the vendor's signature error when a configured verifier refuses the request. */
export const verify = (ex) => {
  const op = ex.operation;
  const { req } = ex;
  const kind = credentialKind(op.service.model.auth, req.headers);
  const verifier = kind === undefined ? undefined : own(ex.context.verifiers, kind);
  if (typeof verifier !== "function") return undefined;
  const pending = verifier({
    method: ex.method,
    host: req.headers.host ?? "",
    path: ex.rawPath,
    query: ex.rawQuery,
    headers: req.headers,
    body: ex.bodyText,
  });
  return pending.then((reason) =>
    reason === undefined
      ? undefined
      : op.service.protocol.encodeBuiltin("bad-signature", undefined, reason),
  );
};
