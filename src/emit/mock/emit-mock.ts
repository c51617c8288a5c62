/**
 * Emits `src/mock.ts`, the table that wires the hand-written mock runtime to
 * a service's operations (routes, member bindings, validators, examples,
 * errors, state rules), and copies that runtime into
 * `src/runtime/mock/` so the package serves its own mock.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { IrService } from "../../ir/types.js";
import { compareStrings } from "../../util/sort.js";
import type { Emitter, GeneratedFile } from "../shared/emitter.js";
import { docComment } from "../shared/doc-comment.js";
import { propertyKey, stringLiteral } from "../shared/literals.js";
import { generatedHeader } from "../shared/print-ts.js";
import { Identifier, mockServiceData, validatorNames, type MockData } from "./mock-data.js";

const RUNTIME_DIR = fileURLToPath(new URL("../../runtime/mock/", import.meta.url));

export const mockEmitter: Emitter = {
  name: "mock",
  emit(service) {
    return [emitMockFile(service), ...runtimeFiles()];
  },
};

/** The hand-written runtime, verbatim (read once per process). */
let runtimeCache: GeneratedFile[] | undefined;
export function runtimeFiles(): GeneratedFile[] {
  runtimeCache ??= readdirSync(RUNTIME_DIR)
    .filter((f) => f.endsWith(".ts"))
    .sort(compareStrings)
    .map((f) => ({ path: `src/runtime/mock/${f}`, contents: readFileSync(RUNTIME_DIR + f, "utf8"), preformatted: true }));
  return runtimeCache.map((f) => ({ ...f }));
}

export function emitMockFile(service: IrService): GeneratedFile {
  const doc = (lines: string[]) => docComment(lines);
  const text = [
    generatedHeader(service.files),
    `import { listenMock, type ListenOptions, type MockServiceDefinition, type RunningMock } from "./runtime/mock/index.js";`,
    `import { ${validatorNames(service).join(", ")} } from "./validators.js";`,
    "",
    doc([`Mock wiring for ${service.title}: routes, members, validators, examples, errors and state rules, read by the runtime in ./runtime/mock/.`]),
    `export const mock: MockServiceDefinition = ${literal(mockServiceData(service))};`,
    "",
    doc([`Serves the ${service.title} mock over HTTP (127.0.0.1, a free port unless \`port\` is given).`]),
    `export function listen(options: ListenOptions = {}): Promise<RunningMock> {`,
    `  return listenMock([mock], options);`,
    `}`,
    "",
  ].join("\n");
  return { path: "src/mock.ts", contents: text };
}

/** A TS expression for `value`; strings go through the escaper, `undefined` properties are left out. */
export function literal(value: MockData | undefined): string {
  if (value === undefined || value === null) return "null";
  if (value instanceof Identifier) return value.name;
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const entries = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    // `__proto__: x` (quoted or not) in a literal sets the prototype; a computed key makes it plain data.
    .map((k) => `${k === "__proto__" ? `["__proto__"]` : propertyKey(k)}: ${literal(value[k])}`);
  return `{ ${entries.join(", ")} }`;
}
