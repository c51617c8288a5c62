/**
 * The rules a structure reaches that the docs state but the vendor's model
 * leaves open (`openInModel`), labelled for TSDoc: "`authorizationType`
 * (allowedValues)", "`requestParameters` keys (pattern)". A list item is
 * `[]`, a map value `{}`.
 */
import type { IrStructureShape, IrType } from "../../ir/types.js";
import type { ValidationPlan } from "./plan.js";

export function openRules(shape: IrStructureShape, plan: ValidationPlan): string[] {
  const out: string[] = [];
  const seen = new Set<string>([shape.name]);
  const visitType = (t: IrType, path: string, what: string) => {
    if (t.openInModel?.length) out.push(`\`${path}\`${what} (${t.openInModel.join(", ")})`);
    if (t.kind === "list") visitType(t.items, `${path}[]`, "");
    else if (t.kind === "map") {
      visitType(t.key, path, " keys");
      visitType(t.value, `${path}{}`, "");
    } else if (t.kind === "ref" && !seen.has(t.name)) {
      const target = plan.shapes.get(t.name);
      if (target?.kind !== "structure") return;
      seen.add(t.name);
      visitMembers(target, `${path}.`);
    }
  };
  const visitMembers = (s: IrStructureShape, prefix: string) => {
    for (const m of s.members) visitType(m.type, prefix + m.name, "");
  };
  visitMembers(shape, "");
  return out;
}
