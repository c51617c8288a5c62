/**
 * The real specs (`specs/`) as generated packages will hand them to the
 * runtime: service tables from `serviceTable`, mock tables from `mockTable`
 * with the validator placeholders resolved to the generated validators.
 */
import * as amplifybackend from "../../../generated/amplifybackend/validators.js";
import * as apigateway from "../../../generated/apigateway/validators.js";
import * as huawei from "../../../generated/huawei-apig/validators.js";
import { mockTable } from "../../../src/emit/mock/mock-data.js";
import { Identifier } from "../../../src/emit/shared/data-expr.js";
import { serviceTable } from "../../../src/emit/service/table-data.js";
import type { IrModel, IrService } from "../../../src/ir/types.js";
import { compileSpecs } from "../../../src/pipeline/compile-specs.js";
import type { MockDefinition } from "../../../src/runtime/mock/types.js";
import type { MockTable } from "../../../src/runtime/table/mock-types.js";
import type { ServiceTable } from "../../../src/runtime/table/types.js";
import { protocolFor } from "../../support/protocols.js";

const VALIDATORS: Record<string, Record<string, unknown>> = {
  amplifybackend,
  apigateway,
  "huawei-apig": huawei,
};

let model: IrModel | undefined;
export function specModel(): IrModel {
  return (model ??= compileSpecs("specs").model);
}

export function irService(id: string): IrService {
  const s = specModel().services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id} in specs/`);
  return s;
}

export function realTable(id: string): ServiceTable {
  return tables().get(id)!.service;
}

export function realDefinition(id: string): MockDefinition {
  return tables().get(id)!;
}

export function realDefinitions(): MockDefinition[] {
  return [...tables().values()];
}

let cache: Map<string, MockDefinition> | undefined;
function tables(): Map<string, MockDefinition> {
  if (cache) return cache;
  cache = new Map();
  for (const s of specModel().services) {
    const validators = VALIDATORS[s.id] ?? {};
    const resolve = (v: unknown): unknown => {
      if (v instanceof Identifier) {
        const fn = validators[v.name];
        if (typeof fn !== "function") throw new Error(`no generated validator ${v.name} for ${s.id}`);
        return fn;
      }
      if (Array.isArray(v)) return v.map(resolve);
      if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
      return v;
    };
    cache.set(s.id, { service: serviceTable(s), protocol: protocolFor((serviceTable(s)).protocol), mock: resolve(mockTable(s)) as MockTable });
  }
  return cache;
}
