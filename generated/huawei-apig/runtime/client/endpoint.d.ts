// Copied by opforge from src/runtime/client/endpoint.ts. DO NOT EDIT.
/** The base URL a client sends to. */
import type { ServiceModel } from "../table/model.js";
/**
 * `endpoint` when given, else the service's default endpoint with `{region}`
 * filled in. Throws a TypeError saying what to pass when neither works, so
 * that a misconfigured client fails when it is built, not on its first call.
 */
export declare function resolveEndpoint(
  service: ServiceModel,
  options: {
    endpoint?: string;
    region?: string;
  },
): string;
