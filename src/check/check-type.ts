/**
 * Sanity checks of one type's own constraints (not of nested types): bounds
 * that contradict each other, fractional integer bounds, excluded values
 * outside the range, invalid regular expressions. Each problem names the
 * spec field it is about, so the builder can report it at that field.
 */
import type { IrType } from "../ir/types.js";

export interface TypeProblem {
  /** The spec field the problem is reported at, e.g. `minLength`. */
  field: string;
  code: string;
  message: string;
  hint: string;
}

export function typeProblems(t: IrType): TypeProblem[] {
  const out: TypeProblem[] = [];
  const range = (lo: number | undefined, hi: number | undefined, loName: string, hiName: string) => {
    if (lo !== undefined && hi !== undefined && lo > hi) {
      out.push({
        field: loName,
        code: "min-greater-than-max",
        message: `${loName} ${lo} is greater than ${hiName} ${hi}`,
        hint: `swap them or fix one so that ${loName} <= ${hiName}`,
      });
    }
  };
  switch (t.kind) {
    case "string":
      range(t.minLength, t.maxLength, "minLength", "maxLength");
      if (t.pattern !== undefined) {
        const problem = regexProblem(t.pattern);
        if (problem) {
          out.push({
            field: "pattern",
            code: "bad-pattern",
            message: `invalid regular expression /${t.pattern}/: ${problem}`,
            hint: "patterns are ECMAScript regular expressions in unicode mode",
          });
        }
      }
      break;
    case "integer":
    case "long":
    case "float":
    case "double":
      range(t.minimum, t.maximum, "minimum", "maximum");
      if (t.kind === "integer" || t.kind === "long") {
        for (const [k, v] of [
          ["minimum", t.minimum],
          ["maximum", t.maximum],
        ] as const) {
          if (v !== undefined && !Number.isInteger(v)) {
            out.push({ field: k, code: "bad-bound", message: `${k} ${v} is not a whole number`, hint: `${t.kind} bounds are whole numbers` });
          }
        }
      }
      for (const x of t.excluded ?? []) {
        if ((t.minimum !== undefined && x < t.minimum) || (t.maximum !== undefined && x > t.maximum)) {
          out.push({ field: "excluded", code: "bad-bound", message: `excluded value ${x} is outside the range`, hint: "list only values inside minimum..maximum" });
        }
      }
      break;
    case "list":
      range(t.minItems, t.maxItems, "minItems", "maxItems");
      break;
    case "map":
      range(t.minEntries, t.maxEntries, "minEntries", "maxEntries");
      break;
  }
  return out;
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
