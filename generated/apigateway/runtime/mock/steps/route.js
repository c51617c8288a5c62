// Copied by opforge from src/runtime/mock/steps/route.ts. DO NOT EDIT.
import { pointsAt } from "../credentials.js";
/** Finds the operation; answers 404, 405 or 400 when there is none. */
export const route = (ex) => {
  const { router, services } = ex.context.compiled;
  const routed = router.match(ex.method, ex.rawPath);
  const headers = ex.req.headers;
  if (routed.kind === "match") {
    const target = pick(routed.match.targets, headers);
    ex.operation = target;
    ex.service = target.service;
    ex.labels = routed.match.values;
    return undefined;
  }
  const service = services.find((s) => pointsAt(s.model.auth, headers)) ?? services[0];
  ex.service = service;
  const protocol = service.protocol;
  switch (routed.kind) {
    case "not-found":
      return protocol.encodeBuiltin("not-found", `No operation answers ${ex.method} ${ex.rawPath}`);
    case "method-not-allowed": {
      const allowed = routed.allowed.join(", ");
      const answer = protocol.encodeBuiltin(
        "method-not-allowed",
        `${ex.method} is not allowed on ${ex.rawPath}; allowed: ${allowed}`,
      );
      return { ...answer, headers: { ...answer.headers, allow: allowed } };
    }
    case "bad-path":
      return protocol.encodeBuiltin(
        "bad-request",
        `Invalid percent-encoding in path segment '${routed.segment}'`,
      );
  }
};
/** Several services claim this route: the credentials say which one is meant, else the first. */
function pick(targets, headers) {
  if (targets.length === 1) return targets[0];
  return targets.find((t) => pointsAt(t.service.model.auth, headers)) ?? targets[0];
}
