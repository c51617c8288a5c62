/** `GET /__opforge/services`: what is served, for the inspector's fault form and for scripts. */
import type { CompiledService } from "../compiled.js";

/** One served service, its operations and their documented errors. */
export interface ServiceSummary {
  id: string;
  title: string;
  protocol: string;
  operations: Array<{
    name: string;
    method: string;
    path: string;
    status: number;
    errors: Array<{ name: string; status: number; code?: string }>;
  }>;
}

/** The served services, in the order they were given. */
export function servicesSummary(services: readonly CompiledService[]): {
  services: ServiceSummary[];
} {
  return {
    services: services.map((s) => ({
      id: s.model.id,
      title: s.model.table.title,
      protocol: s.model.protocol,
      operations: [...s.model.operations.values()].map((op) => ({
        name: op.name,
        method: op.method,
        path: op.path,
        status: op.status,
        errors: op.errors.map((e) =>
          e.code === undefined
            ? { name: e.error.name, status: e.error.status }
            : { name: e.error.name, status: e.error.status, code: e.code },
        ),
      })),
    })),
  };
}
