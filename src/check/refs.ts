/**
 * Every shape reference resolves, to the kind the place needs: operation
 * inputs and outputs are structures, map keys are strings or enums.
 */
import type { IrService, IrShape } from "../ir/types.js";
import { forEachType } from "../ir/walk.js";
import { compareStrings } from "../util/sort.js";
import { error, type Diagnostic } from "./diagnostics.js";
import { suggest } from "./did-you-mean.js";

export function checkRefs(service: IrService, out: Diagnostic[]): void {
  const shapes = new Map<string, IrShape>();
  for (const s of service.shapes) if (!shapes.has(s.name)) shapes.set(s.name, s);
  const names = [...shapes.keys()].sort(compareStrings);
  const unresolved = (name: string) =>
    `unresolved shape reference '${name}'`;
  const hint = (name: string) => suggest(name, names, "declared shapes", "declare it under `shapes:`");

  forEachType(service, (t) => {
    if (t.kind === "map" && t.key.kind !== "string" && t.key.kind !== "ref") {
      out.push(error(t.fields["keys"] ?? t.loc, "bad-map-key", `map keys must be strings or an enum, not ${t.key.kind}`, "keys: { type: string } or keys: { ref: SomeEnum }"));
    }
    if (t.kind !== "ref") return;
    const target = shapes.get(t.name);
    const at = t.fields["ref"] ?? t.loc;
    if (!target) out.push(error(at, "unresolved-ref", unresolved(t.name), hint(t.name)));
    else if (t.expect === "map-key" && target.kind !== "enum") {
      out.push(error(at, "bad-map-key", `map key '${t.name}' is a structure`, "map keys must be strings or an enum"));
    }
  });

  for (const op of service.operations) {
    const roots: Array<[string | undefined, boolean, IrService["operations"][number]["at"]["input"] | undefined]> = [
      [op.input, op.at.inputIsRef, op.at.input],
      [op.output, op.at.outputIsRef, op.at.output],
    ];
    for (const [name, isRef, at] of roots) {
      if (name === undefined || !isRef || !at) continue;
      const target = shapes.get(name);
      if (!target) out.push(error(at, "unresolved-ref", unresolved(name), hint(name)));
      else if (target.kind !== "structure") out.push(error(at, "not-a-structure", `'${name}' is an enum, not a structure`, "operation input and output must be structures"));
    }
  }
}
