// Copied by opforge from src/runtime/client/core.ts. DO NOT EDIT.
import type { ServiceTable } from "../table/types.js";
import type { BaseClientOptions, CallOptions, ClientWiring } from "./options.js";
/** One per generated client: sends its operations (see the file comment). */
export declare class ClientCore {
  #private;
  /**
   * Throws a TypeError at once when no endpoint can be resolved (no
   * `endpoint`, and no default endpoint or no `region` to fill it with).
   */
  constructor(service: ServiceTable, options: BaseClientOptions, wiring: ClientWiring);
  /**
   * Calls `operation` with `input` (documented names). Resolves to its
   * output (documented names), or `undefined` for an operation without one.
   */
  send<Output>(operation: string, input: unknown, call?: CallOptions): Promise<Output>;
}
