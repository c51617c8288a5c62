// Copied by opforge from src/runtime/client/auth-token.ts. DO NOT EDIT.
/** Adds the token to each attempt. Throws a TypeError at once when the service does not use a token header. */
export function tokenAuth(service, options) {
  if (service.auth.scheme !== "x-auth-token")
    throw new TypeError(
      `${service.name} does not use a token header (its auth is ${service.auth.scheme})`,
    );
  const name = service.auth.header.toLowerCase();
  const token = options.token;
  return async (request) => {
    const value = typeof token === "function" ? await token() : token;
    return { ...request, headers: { ...request.headers, [name]: value } };
  };
}
