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
  limits: { maxResources: number; maxStateBytes: number };
}

/** What `store` holds for `services`. */
export function stateDump(services: readonly CompiledService[], store: ResourceStore): StateDump {
  const out: StateDump["services"] = {};
  for (const service of services) {
    const kinds: Record<string, StoredInstance[]> = {};
    for (const [name, def] of Object.entries(service.mock.resources)) {
      const instances: StoredInstance[] = [];
      for (const entry of store.entries(`${service.model.id}\u0000${name}`)) {
        const key: Record<string, string> = {};
        def.key.forEach((member, i) => (key[member] = entry.keyValues[i] ?? ""));
        instances.push(entry.value ? { key, value: entry.value } : { key, deleted: true });
      }
      kinds[name] = instances;
    }
    out[service.model.id] = kinds;
  }
  return { services: out, instances: store.size, bytes: store.bytes, limits: store.limits };
}
