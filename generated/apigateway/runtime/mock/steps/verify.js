// Copied by opforge from src/runtime/mock/steps/verify.ts. DO NOT EDIT.
/**
 * Step: the request's signature, checked by the verifier configured for
 * the service's auth scheme (none by default: then only presence counts).
 * A bad signature is the vendor's 403 (AWS) / 401 (Huawei), saying why.
 */
import { own } from "../../shared/json.js";
/** Answers the vendor's signature error when a configured verifier refuses the request. */
export const verify = (ex) => {
  const op = ex.operation;
  const verifier = own(ex.context.verifiers, op.service.model.auth.scheme);
  if (typeof verifier !== "function") return undefined;
  const { req } = ex;
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
