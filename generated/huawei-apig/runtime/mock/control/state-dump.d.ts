// Copied by opforge from src/runtime/mock/control/state-dump.ts. DO NOT EDIT.
/**
 * `GET /__opforge/state`: the stored resource instances of every served
 * service, as JSON (documented names), with their key members named.
 * Deleted instances that started as an `initial` one show as tombstones
 * (`"deleted": true`); untouched `initial` instances are not stored, so
 * they do not show.
 */
import type { CompiledService } from "../compiled.js";
import type { ResourceStore } from "../state/store.js";
/** One stored instance. */
export interface StoredInstance {
  key: Record<string, string>;
  value?: Record<string, unknown>;
  deleted?: true;
}
/** The state of a handler, per service and resource kind. */
export interface StateDump {
  services: Record<string, Record<string, StoredInstance[]>>;
  /** Stored entries, tombstones included, all services together. */
  instances: number;
  /** Estimated bytes held. */
  bytes: number;
  limits: {
    maxResources: number;
    maxStateBytes: number;
  };
}
/** What `store` holds for `services`. */
export declare function stateDump(
  services: readonly CompiledService[],
  store: ResourceStore,
): StateDump;
