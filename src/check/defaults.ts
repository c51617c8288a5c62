/** Every `default:` satisfies its member's own type and constraints. */
import type { IrService, IrShape } from "../ir/types.js";
import { allMembers } from "../ir/walk.js";
import { error, type Diagnostic } from "./diagnostics.js";
import { describeValueProblem } from "./value-problem.js";

export function checkDefaults(service: IrService, out: Diagnostic[]): void {
  const shapes = new Map<string, IrShape>();
  for (const s of service.shapes) if (!shapes.has(s.name)) shapes.set(s.name, s);
  for (const m of allMembers(service)) {
    if (m.default === undefined) continue;
    const problem = describeValueProblem(m.type, m.default, shapes);
    if (problem) out.push(error(m.at.default ?? m.loc, "bad-default", `default of '${m.name}' ${problem}`, "a default must satisfy the member's own type and constraints"));
  }
}
