// Copied by opforge from src/runtime/client/endpoint.ts. DO NOT EDIT.
/**
 * `endpoint` when given, else the service's default endpoint with `{region}`
 * filled in. Throws a TypeError saying what to pass when neither works, so
 * that a misconfigured client fails when it is built, not on its first call.
 */
export function resolveEndpoint(service, options) {
  const endpoint = options.endpoint ?? defaultEndpoint(service, options.region);
  let url;
  try {
    url = new URL(endpoint);
  } catch {
    throw new TypeError(`${service.name} client: endpoint '${endpoint}' is not an absolute URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new TypeError(`${service.name} client: endpoint '${endpoint}' is not an http(s) URL`);
  return endpoint;
}
function defaultEndpoint(service, region) {
  const template = service.endpoint;
  if (template === undefined)
    throw new TypeError(
      `${service.name} client: pass options.endpoint (the service has no default endpoint)`,
    );
  if (!template.includes("{region}")) return template;
  if (region === undefined || !/^[a-z0-9-]+$/.test(region))
    throw new TypeError(
      `${service.name} client: pass options.region (e.g. us-east-1) or options.endpoint`,
    );
  return template.replaceAll("{region}", region);
}
