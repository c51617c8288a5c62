/**
 * The model checks: passes over the built IR, each reporting
 * `file:line:col` from the locations the IR carries. Run in this order so
 * that a report about a construct comes after the reports about its parts.
 */
import type { IrModel, IrService } from "../ir/types.js";
import { checkConstraints } from "./constraints.js";
import { checkDefaults } from "./defaults.js";
import type { Diagnostic } from "./diagnostics.js";
import { checkErrors } from "./errors.js";
import { checkFields } from "./fields.js";
import { checkHttp } from "./http.js";
import { checkMembers } from "./members.js";
import { checkNames } from "./names.js";
import { checkRefs } from "./refs.js";
import { checkResources } from "./resources.js";
import { checkRules } from "./rules.js";
import { checkServiceId, checkServiceIds } from "./service.js";
import { checkShapes } from "./shapes.js";

/** The passes run on each service, in order. */
export const SERVICE_PASSES: ReadonlyArray<(service: IrService, out: Diagnostic[]) => void> = [
  checkServiceId,
  checkFields,
  checkShapes,
  checkRefs,
  checkMembers,
  checkConstraints,
  checkRules,
  checkDefaults,
  checkHttp,
  checkErrors,
  checkResources,
  checkNames,
];

export function checkModel(model: IrModel): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkServiceIds(model, out);
  for (const service of model.services) for (const pass of SERVICE_PASSES) pass(service, out);
  return out;
}
