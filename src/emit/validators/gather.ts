/**
 * How a structure's members are read: one `for…in` over the object's own
 * keys, a `switch` that stores each member's value in its local, and a count
 * of the keys no member claims. Reading `o.name` per member instead would be
 * a megamorphic load for each (every combination of present members is
 * another hidden class), and the unknown-member test another pass over the
 * keys; a key from `for…in` loads through the enumeration cache whatever
 * the object's shape. Own keys only: a key inherited from a prototype
 * (`constructor`, or anything a polluted `Object.prototype` carries) is
 * never a member, as ajv with `ownProperties` sees it.
 */
import { b, hasOwnCall, increment, mutable, when, type Expr, type Stmt } from "./code.js";
import type { CodeContext } from "./context.js";
import { memberName, type ShapeVariant } from "./plan.js";

export interface Gathered {
  /** The declarations and the loop. */
  statements: Stmt[];
  /** Each member's local, in member order. */
  locals: string[];
  /** The count of keys that are no member's (reject policy only). */
  unknown?: string;
  /** The first of them (so that one unknown key, the usual case, needs no second pass to be named). */
  firstUnknown?: string;
}

/**
 * The statements that read `o`'s members into locals, and where the policy
 * rejects unknown keys, count them (keeping the first). With `onUnknown` (a
 * pass/fail check's `return false`) an unknown key ends the check at once
 * instead: no count, nothing left to test after the loop.
 */
export function gather(variant: ShapeVariant, o: Expr, ctx: CodeContext, onUnknown?: readonly Stmt[]): Gathered {
  const names = variant.members.map((m) => memberName(m, variant.form));
  const locals = names.map(() => ctx.fresh("m"));
  const reject = variant.form.policy === "reject";
  const counted = reject && onUnknown === undefined;
  const unknown = counted ? ctx.fresh("u") : undefined;
  const firstUnknown = counted ? ctx.fresh("w") : undefined;
  const statements: Stmt[] = locals.map((l) => b.variable("let", l));
  if (unknown && firstUnknown) statements.push(b.variable("let", firstUnknown), mutable(unknown, b.num(0)));
  if (names.length === 0 && !reject) return { statements, locals };
  const k = ctx.fresh("k");
  const loop: Stmt[] = [when(b.not(hasOwnCall(o, b.id(k))), [b.continueStmt])];
  if (names.length) {
    const cases = names.map((name, i) => ({ test: b.str(name), body: [b.exprStmt(b.assign(b.id(locals[i]!), b.index(o, b.id(k)))), b.continueStmt] }));
    loop.push(b.switchStmt(b.id(k), cases));
  }
  if (unknown && firstUnknown) loop.push(when(b.binary(b.id(unknown), "===", b.num(0)), [b.exprStmt(b.assign(b.id(firstUnknown), b.id(k)))]), increment(unknown));
  else if (reject && onUnknown) loop.push(...onUnknown);
  statements.push(b.forIn(k, o, loop));
  return { statements, locals, unknown, firstUnknown };
}

/** The unknown keys of `o`, in order: `body` runs for each with `k` bound (a second pass, only when some key is unknown). */
export function unknownKeys(variant: ShapeVariant, o: Expr, k: string, body: Stmt[]): Stmt {
  const names = variant.members.map((m) => memberName(m, variant.form));
  const loop: Stmt[] = [when(b.not(hasOwnCall(o, b.id(k))), [b.continueStmt])];
  if (names.length) loop.push(b.switchStmt(b.id(k), names.map((name, i) => ({ test: b.str(name), body: i === names.length - 1 ? [b.continueStmt] : [] }))));
  return b.forIn(k, o, [...loop, ...body]);
}
