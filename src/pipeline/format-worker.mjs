// Worker thread for src/pipeline/format-pool.ts: formats text with prettier.
// Plain JavaScript so that it runs without a TypeScript loader (tests, tsx, node).
import { parentPort } from "node:worker_threads";
import { format } from "prettier";

parentPort.on("message", async ({ id, contents, options }) => {
  try {
    parentPort.postMessage({ id, formatted: await format(contents, options) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
