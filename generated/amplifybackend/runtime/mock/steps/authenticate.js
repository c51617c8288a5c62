// Copied by opforge from src/runtime/mock/steps/authenticate.ts. DO NOT EDIT.
/**
 * Step: the credentials the service documents must be present (a SigV4
 * `Authorization` header, or the token header). Whether they are valid is
 * the `verify` step's business, when a verifier is configured.
 */
import { hasCredentials } from "../credentials.js";
import { errorAnswer } from "../errors.js";
/** Answers the operation's 401 (or the vendor's) when credentials are missing. */
export const authenticate = (ex) => {
  const op = ex.operation;
  const auth = op.service.model.auth;
  if (hasCredentials(auth, ex.req.headers)) return undefined;
  const message =
    auth.scheme === "sigv4"
      ? "Missing Authentication Token: send a SigV4-signed Authorization header"
      : undefined;
  return errorAnswer(ex, op.unauthorized, "missing-auth", message);
};
