/**
 * Each type's own constraints: bounds that contradict each other,
 * fractional integer bounds, integer bounds outside the type's own range
 * (32-bit `integer`, 64-bit `long`), excluded values outside the range,
 * invalid regular expressions. Reported at the field that states them.
 */
import type { IrService, IrType, SourceLocation } from "../ir/types.js";
import { typeRange } from "../ir/number-ranges.js";
import { forEachType } from "../ir/walk.js";
import { error, type Diagnostic } from "./diagnostics.js";

export function checkConstraints(service: IrService, out: Diagnostic[]): void {
  forEachType(service, (t, _m, label) => {
    const at = (field: string): SourceLocation => t.fields[field] ?? t.loc;
    const range = (lo: number | undefined, hi: number | undefined, loName: string, hiName: string) => {
      if (lo !== undefined && hi !== undefined && lo > hi) {
        out.push(error(at(loName), "min-greater-than-max", `${label}: ${loName} ${lo} is greater than ${hiName} ${hi}`, `swap them or fix one so that ${loName} <= ${hiName}`));
      }
    };
    switch (t.kind) {
      case "string":
        range(t.minLength, t.maxLength, "minLength", "maxLength");
        if (t.pattern !== undefined) {
          const problem = regexProblem(t.pattern);
          if (problem) out.push(error(at("pattern"), "bad-pattern", `${label}: invalid regular expression /${t.pattern}/: ${problem}`, "patterns are ECMAScript regular expressions in unicode mode"));
        }
        break;
      case "integer":
      case "long":
      case "float":
      case "double":
        // A bound outside the type's range would also "exceed" the implicit other bound: one report is enough.
        if (!numberProblems(t, label, at, out)) range(t.minimum, t.maximum, "minimum", "maximum");
        break;
      case "list":
        range(t.minItems, t.maxItems, "minItems", "maxItems");
        break;
      case "map":
        range(t.minEntries, t.maxEntries, "minEntries", "maxEntries");
        break;
    }
  });
}

/** Reports bad bounds and excluded values; returns whether a written bound is outside the type's range. */
function numberProblems(t: Extract<IrType, { kind: "integer" | "long" | "float" | "double" }>, label: string, at: (f: string) => SourceLocation, out: Diagnostic[]): boolean {
  let outside = false;
  if (t.kind === "integer" || t.kind === "long") {
    const own = typeRange(t.kind)!;
    for (const [k, v] of [["minimum", t.minimum], ["maximum", t.maximum]] as const) {
      if (v !== undefined && !Number.isInteger(v)) out.push(error(at(k), "bad-bound", `${label}: ${k} ${v} is not a whole number`, `${t.kind} bounds are whole numbers`));
      else if (v !== undefined && t.fields[k] && (v < own.minimum || v > own.maximum)) {
        outside = true;
        out.push(error(at(k), "bound-out-of-range", `${label}: ${k} ${v} is outside the range of ${t.kind} (${own.text})`, t.kind === "integer" ? "integer is 32-bit; use type: long for larger values" : "long is a signed 64-bit integer"));
      }
    }
  }
  for (const x of t.excluded ?? []) {
    if ((t.minimum !== undefined && x < t.minimum) || (t.maximum !== undefined && x > t.maximum)) {
      out.push(error(at("excluded"), "bad-bound", `${label}: excluded value ${x} is outside the range`, "list only values inside minimum..maximum"));
    }
  }
  return outside;
}

/** Why `pattern` is not a valid unicode-mode regex, or undefined when it is. */
export function regexProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "u");
    return undefined;
  } catch (e) {
    // V8 says "Invalid regular expression: /<source>/<flags>: <reason>"; keep the reason.
    const message = (e as Error).message;
    const i = message.lastIndexOf(": ");
    return i >= 0 ? message.slice(i + 2) : message;
  }
}
