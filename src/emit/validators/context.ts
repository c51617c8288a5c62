/** State of one validators.ts being generated: hoisted regexes and fresh local names. */
import { regexLiteral } from "../shared/literals.js";
import type { ValidationPlan } from "./plan.js";

export class CodeContext {
  private readonly regexes = new Map<string, string>();
  private counter = 0;

  constructor(readonly plan: ValidationPlan) {}

  /** Name of the module-level `const` holding `pattern` compiled once with the `u` flag (as ajv compiles it). */
  regex(pattern: string): string {
    let name = this.regexes.get(pattern);
    if (!name) {
      name = `RE${this.regexes.size}`;
      this.regexes.set(pattern, name);
    }
    return name;
  }

  /** The hoisted declarations, in first-use order. */
  regexDeclarations(): string[] {
    return [...this.regexes].map(([pattern, name]) => `const ${name} = ${regexLiteral(pattern, "u")};`);
  }

  fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  resetLocals(): void {
    this.counter = 0;
  }
}
