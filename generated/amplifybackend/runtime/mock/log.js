// Copied by opforge from src/runtime/mock/log.ts. DO NOT EDIT.
/** An observer writing one line per exchange to `write`. */
export function logLines(write) {
  return (exchange, answer) => {
    const ms = (performance.now() - exchange.started).toFixed(1);
    const op = exchange.operation?.model.name ?? "-";
    write(`${exchange.method} ${exchange.req.url ?? "/"} ${op} ${answer.status} ${ms}ms`);
  };
}
