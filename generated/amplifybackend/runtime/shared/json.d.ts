// Copied by opforge from src/runtime/shared/json.ts. DO NOT EDIT.
/**
 * Reading and writing plain JSON objects whose keys are untrusted data:
 * `__proto__`, `constructor` and friends are ordinary keys here, never a
 * way to reach or replace a prototype.
 */
/** A plain JSON object (not null, not an array). */
export declare function isObject(value: unknown): value is Record<string, unknown>;
/** An own property only: inherited values (`constructor`, `toString`) are never read as data. */
export declare function own(value: unknown, key: string): unknown;
/** Sets an own data property, even for `__proto__`, which plain assignment would treat as the prototype. */
export declare function setOwn(target: Record<string, unknown>, key: string, value: unknown): void;
/** The unescaped reference tokens of a JSON pointer (RFC 6901): `/a~1b/c` -> `["a/b", "c"]`, `""` -> `[]`. */
export declare function pointerSegments(pointer: string): string[];
/** An empty object nothing can change: the body of a request that sent none. */
export declare const EMPTY_OBJECT: Readonly<Record<string, unknown>>;
