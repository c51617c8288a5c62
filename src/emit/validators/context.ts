/**
 * State of one `validators.js` being generated: the regexes hoisted to module
 * level, the runtime names the code uses (imported, and nothing else), and
 * fresh local names per function.
 */
import type { Expr, Stmt } from "../../print/js-ast.js";
import * as b from "../../print/js-build.js";
import { parseSimplePattern, patternFunction } from "./pattern-code.js";
import type { ValidationPlan } from "./plan.js";

/** What the generated code may import from the runtime module. */
export type RuntimeName =
  | "checkEmpty"
  | "codePointLength"
  | "fault"
  | "invalid"
  | "isDateTime"
  | "keyToken"
  | "MAX_DEPTH"
  | "MAX_ITEMS"
  | "MAX_PROBLEMS"
  | "NOT_AN_OBJECT"
  | "PATH"
  | "pathOf"
  | "problem"
  | "VALID"
  | "validateEmpty";

export class CodeContext {
  private readonly regexes = new Map<string, string>();
  private readonly matchers = new Map<string, { name: string; fn: Stmt }>();
  private readonly runtimeNames = new Set<RuntimeName>();
  private counter = 0;
  /**
   * How a failing check leaves: `return false` by default. A public
   * validator's own top level sets this to hand the member it failed at
   * (and what was read so far) to its problem walk.
   */
  onFail: ((member: number, sub: number | Expr) => Stmt[]) | undefined;
  /** The member of the top-level structure being checked (see `onFail`). */
  member = 0;
  /**
   * Within that member, where the check is: the member of its structure
   * written inline, or the index of the list item or map entry (a variable).
   */
  sub: number | Expr = 0;

  /**
   * In a report function, where `d` is 0: the path of each depth whose
   * tokens are all member names, known at generation time (see paths.ts).
   */
  known: Map<number, string> | undefined;

  constructor(readonly plan: ValidationPlan) {}

  /** The module-level `const` holding `pattern` compiled once with the `u` flag (as ajv compiles it). */
  regex(pattern: string): Expr {
    let name = this.regexes.get(pattern);
    if (name === undefined) {
      name = `RE${this.regexes.size}`;
      this.regexes.set(pattern, name);
    }
    return b.id(name);
  }

  /**
   * `x` matches `pattern`: a call of a hoisted loop where the pattern is
   * simple enough (see pattern-code.ts), else the hoisted regex's `test`.
   */
  matches(pattern: string, x: Expr): Expr {
    let found = this.matchers.get(pattern);
    if (found === undefined) {
      const atoms = parseSimplePattern(pattern);
      if (atoms === undefined) return b.call(b.member(this.regex(pattern), "test"), [x]);
      const name = `p${this.matchers.size}`;
      found = { name, fn: patternFunction(name, atoms) };
      this.matchers.set(pattern, found);
    }
    return b.call(b.id(found.name), [x]);
  }

  /** The hoisted pattern functions, in first-use order. */
  hoistedMatchers(): Stmt[] {
    return [...this.matchers.values()].map((m) => m.fn);
  }

  /** The hoisted regexes, in first-use order: [name, pattern]. */
  hoistedRegexes(): Array<[string, string]> {
    return [...this.regexes].map(([pattern, name]) => [name, pattern]);
  }

  /** A runtime export, recorded for the import. */
  runtime(name: RuntimeName): Expr {
    this.runtimeNames.add(name);
    return b.id(name);
  }

  /** The runtime exports used so far. */
  usedRuntime(): RuntimeName[] {
    return [...this.runtimeNames];
  }

  /** A local name not used yet in the current function: `m0`, `x1`, … */
  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  /** Starts a new function: local names may repeat across functions. */
  resetLocals(): void {
    this.counter = 0;
  }
}
