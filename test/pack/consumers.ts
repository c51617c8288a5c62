/**
 * The two consumer programs of pack-and-consume.test.ts, written from the
 * IR so that they use every operation and error of whatever spec set is
 * under test: a plain Node ESM script that prints what it observed, and a
 * TypeScript module that only has to typecheck.
 */
import type { IrModel, IrService } from "../../src/ir/types.js";
import { requiredInput } from "../support/input-cases.js";

const SUBPATHS = ["client", "mock", "service", "types", "validators"];

function auth(svc: IrService): string {
  return svc.auth.scheme === "sigv4" ? `region: "us-east-1", credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" }` : `token: "token"`;
}

/** Imports every subpath and asset, then calls every operation and forces every error on the stateless mock. */
export function plainNodeConsumer(model: IrModel): string {
  const blocks = model.services.map((svc) => {
    const pkg = svc.names.packageName;
    const cases = svc.operations.map((op) => [op.name, op.methodName, requiredInput(svc, op), op.errors.map((e) => e.name)]);
    return `
{
  const pkg = await import(${JSON.stringify(pkg)});
  for (const sub of ${JSON.stringify(SUBPATHS)}) await import(${JSON.stringify(pkg)} + "/" + sub);
  const assets = ${JSON.stringify(["openapi.yaml", `schema/${svc.id}.schema.json`])}.filter((a) => readFileSync(fileURLToPath(import.meta.resolve(${JSON.stringify(pkg)} + "/" + a))).length > 0);
  const { ${svc.names.startMock}: start } = await import(${JSON.stringify(`${pkg}/mock`)});
  const mock = await start({ stateful: false });
  const client = new pkg.${svc.names.client}({ endpoint: mock.url, retry: false, ${auth(svc)} });
  const calls = {};
  const errors = {};
  try {
    for (const [op, method, input, names] of ${JSON.stringify(cases)}) {
      const out = await client[method](input);
      calls[op] = out === undefined ? "undefined" : typeof out;
      for (const name of names) {
        try {
          await client[method](input, { headers: { Prefer: "error=" + name } });
          errors[op + " " + name] = "no error";
        } catch (e) {
          const typed = e instanceof pkg[name] && e instanceof pkg.${svc.names.serviceError} && e instanceof pkg.ServiceError;
          errors[op + " " + name] = typed ? e.name + " " + e.status + " " + e.code : String(e);
        }
      }
    }
  } finally {
    await mock.close();
  }
  results[${JSON.stringify(svc.id)}] = { exports: Object.keys(pkg), assets, calls, errors };
}`;
  });
  return `import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const results = {};
${blocks.join("\n")}
console.log(JSON.stringify(results));
`;
}

/** Every operation with its input and output types, every error class with its data type, the mock and the validators. */
export function typeScriptConsumer(model: IrModel): string {
  const imports: string[] = [];
  const functions: string[] = [];
  model.services.forEach((svc, i) => {
    const p = `s${i}_`;
    const pkg = JSON.stringify(svc.names.packageName);
    const types = new Set<string>();
    for (const op of svc.operations) {
      types.add(op.input);
      if (op.output) types.add(op.output);
    }
    for (const e of svc.errors) types.add(e.typeName);
    const values = [svc.names.client, svc.names.serviceError, ...svc.errors.map((e) => e.name)];
    imports.push(
      `import { ${[...values.map((v) => `${v} as ${p}${v}`), ...[...types].map((t) => `type ${t} as ${p}${t}`)].join(", ")} } from ${pkg};`,
      `import { ${svc.names.startMock} as ${p}start } from ${JSON.stringify(`${svc.names.packageName}/mock`)};`,
      `import * as ${p}validators from ${JSON.stringify(`${svc.names.packageName}/validators`)};`,
    );
    const calls = svc.operations.map((op) => {
      const output = op.output ? `${p}${op.output}` : "void";
      return `    {\n      const input: ${p}${op.input} = ${JSON.stringify(requiredInput(svc, op))};\n      const output: ${output} = await client.${op.methodName}(input, { timeoutMs: 1000 });\n      void output;\n    }`;
    });
    const catches = svc.errors.map((e) => `    if (e instanceof ${p}${e.name}) {\n      const data: ${p}${e.typeName} = e.data;\n      const status: number = e.status;\n      void data;\n      void status;\n    }`);
    functions.push(`export async function use${i}(): Promise<void> {
  const mock = await ${p}start({ stateful: false });
  const client = new ${p}${svc.names.client}({ endpoint: mock.url, validators: ${p}validators, ${auth(svc)} });
  try {
${calls.join("\n")}
  } catch (e) {
${catches.join("\n")}
    if (e instanceof ${p}${svc.names.serviceError}) {
      const code: string | undefined = e.code;
      void code;
    }
  } finally {
    await mock.close();
  }
}`);
  });
  return `${imports.join("\n")}\n\n${functions.join("\n\n")}\n`;
}
