/** Small hand-written service tables and validators for edge cases the real specs do not have. */
import type { MockDefinition } from "../../../src/runtime/mock/types.js";
import type { MockTable, MockValidator } from "../../../src/runtime/table/mock-types.js";
import type { ServiceTable } from "../../../src/runtime/table/types.js";
import { protocolFor } from "../../support/protocols.js";

export const ok: MockValidator = () => ({ valid: true, problems: [] });

/** Requires a string `name` of 3+ characters. */
export const needsName: MockValidator = (v) => {
  const name = (v as { name?: unknown }).name;
  if (typeof name === "string" && name.length >= 3) return { valid: true, problems: [] };
  return {
    valid: false,
    problems: [
      name === undefined
        ? { path: "/name", rule: "required", message: "/name: is required" }
        : { path: "/name", rule: "minLength", message: "/name: must be at least 3 characters" },
    ],
  };
};

/** A mock table entry per operation, every one accepting any input, for tables used only on the wire. */
export function permissiveMock(table: ServiceTable, extra: Partial<MockTable> = {}): MockTable {
  const operations: Record<string, MockTable["operations"][string]> = {};
  for (const name of Object.keys(table.operations)) operations[name] = { validateInput: ok };
  return { operations, resources: {}, ...extra };
}

export function definition(service: ServiceTable, mock?: MockTable): MockDefinition {
  return { service, protocol: protocolFor(service.protocol), mock: mock ?? permissiveMock(service) };
}

/** A SigV4 Authorization header naming `service` in its scope (not a valid signature). */
export const sigv4Header = (service: string): string =>
  `AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=00`;
