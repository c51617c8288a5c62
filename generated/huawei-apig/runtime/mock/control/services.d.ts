// Copied by opforge from src/runtime/mock/control/services.ts. DO NOT EDIT.
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
    errors: Array<{
      name: string;
      status: number;
      code?: string;
    }>;
  }>;
}
/** The served services, in the order they were given. */
export declare function servicesSummary(services: readonly CompiledService[]): {
  services: ServiceSummary[];
};
