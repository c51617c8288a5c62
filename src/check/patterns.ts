/**
 * Spec patterns are untrusted code that validators, the mock and this
 * checker run on untrusted input: a pattern with super-linear backtracking
 * is an error, reported at its `pattern:` with the analyser's reason and
 * an input that shows it (see `pattern-risk.ts`). A polynomial one is
 * accepted when the string's `maxLength` keeps the work linear, because
 * lengths are tested before patterns.
 */
import type { IrService, IrStringType } from "../ir/types.js";
import { forEachType } from "../ir/walk.js";
import { regexProblem } from "./constraints.js";
import { error, type Diagnostic } from "./diagnostics.js";
import { maxSafeLength, PatternAnalysis, type PatternRisk, isBounded } from "./pattern-risk.js";

export function checkPatterns(service: IrService, out: Diagnostic[]): void {
  const analysis = new PatternAnalysis();
  forEachType(service, (t, _m, label) => {
    // Invalid patterns are reported by check/constraints.ts.
    if (t.kind !== "string" || t.pattern === undefined || regexProblem(t.pattern) !== undefined) return;
    const risk = analysis.risk(t.pattern);
    if (isBounded(risk, t.maxLength)) return;
    const { message, hint } = describe(risk, t);
    out.push(error(t.fields["pattern"] ?? t.loc, "slow-pattern", `${label}: ${message}`, hint));
  });
}

const REWRITE = "rewrite it so that no text can match it in two ways (e.g. (a+)+ as a+)";

function describe(risk: PatternRisk, t: IrStringType): { message: string; hint: string } {
  const shown = `/${t.pattern}/`;
  switch (risk.kind) {
    case "exponential":
      return { message: `pattern ${shown} has super-linear backtracking: exponential time on input like ${risk.attack}`, hint: REWRITE };
    case "polynomial": {
      const limit = maxSafeLength(risk.degree);
      const bound = t.maxLength === undefined ? `or bound the string with maxLength <= ${limit}` : `or lower maxLength (${t.maxLength}) to ${limit} or less`;
      return { message: `pattern ${shown} has super-linear backtracking: polynomial time (degree ${risk.degree}) on input like ${risk.attack}`, hint: `${REWRITE}, ${bound}` };
    }
    default:
      return {
        message: `pattern ${shown} could not be shown free of super-linear backtracking: ${risk.kind === "unknown" ? risk.reason : "no verdict"}`,
        hint: "simplify it: look-arounds, back-references and large counted repetitions need the slower analysis",
      };
  }
}
