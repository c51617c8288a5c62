/** Format-checked spec files -> the IR: one `buildService` per service folder. */
import type { RawService } from "../load/load-specs.js";
import { sortBy } from "../util/sort.js";
import { buildService } from "./build-service.js";
import type { IrModel } from "./types.js";

/** Services without a usable service.yaml are left out (the loader and format check reported why). */
export function buildModel(services: readonly RawService[]): IrModel {
  const built = services.filter((s) => s.serviceFile?.data !== undefined).map(buildService);
  return { services: sortBy(built, (s) => s.id) };
}
