// Copied by opforge from src/runtime/mock/control/services.ts. DO NOT EDIT.
/** The served services, in the order they were given. */
export function servicesSummary(services) {
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
