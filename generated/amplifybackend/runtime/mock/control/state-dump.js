// Copied by opforge from src/runtime/mock/control/state-dump.ts. DO NOT EDIT.
/** What `store` holds for `services`. */
export function stateDump(services, store) {
  const out = {};
  for (const service of services) {
    const kinds = {};
    for (const [name, def] of Object.entries(service.mock.resources)) {
      const instances = [];
      for (const entry of store.entries(`${service.model.id}\u0000${name}`)) {
        const key = {};
        def.key.forEach((member, i) => (key[member] = entry.keyValues[i] ?? ""));
        instances.push(entry.value ? { key, value: entry.value } : { key, deleted: true });
      }
      kinds[name] = instances;
    }
    out[service.model.id] = kinds;
  }
  return { services: out, instances: store.size, bytes: store.bytes, limits: store.limits };
}
