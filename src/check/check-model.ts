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
import { checkPatterns } from "./patterns.js";
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
  // Before checkDefaults: a default is tested only against a pattern found safe.
  checkPatterns,
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
