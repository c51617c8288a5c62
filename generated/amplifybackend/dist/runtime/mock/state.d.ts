/**
 * The mock's memory: resources stored by kind and key, bounded in size, and
 * JSON-patch application (`patchOperations`) on a stored resource. What is
 * stored, and how, is decided by each operation's `mock` rule in the spec.
 */
/** A bounded store: the oldest entries go first when a resource kind is full. */
export declare class StateStore {
    private readonly maxEntriesPerKind;
    private readonly kinds;
    constructor(maxEntriesPerKind?: number);
    get(kind: string, key: string): unknown;
    has(kind: string, key: string): boolean;
    set(kind: string, key: string, value: unknown): void;
    clear(): void;
}
/** A stable key for the values of the key members (`\u0000` cannot occur in a decoded JSON string key we build). */
export declare function stateKey(values: readonly unknown[]): string;
export interface PatchOperation {
    op?: unknown;
    path?: unknown;
    value?: unknown;
    from?: unknown;
}
export type PatchResult = {
    ok: true;
    value: Record<string, unknown>;
} | {
    ok: false;
    message: string;
};
/** Decodes a JSON pointer into segments (`~1` -> `/`, `~0` -> `~`). */
export declare function pointerSegments(pointer: string): string[];
/** Whether `path` is `prefix` or lies below it. */
export declare function pointerWithin(path: string, prefix: string): boolean;
/**
 * Applies API Gateway-style patch operations (RFC 6902 verbs, string values)
 * to a copy of `target`. `coerce` turns a string value into the type stored
 * at a path (AWS sends every value as a string); `readOnly` pointers refuse
 * any operation touching them.
 */
export declare function applyPatch(target: Record<string, unknown>, ops: readonly PatchOperation[], readOnly: readonly string[], coerce: (segments: readonly string[], value: unknown) => {
    ok: true;
    value: unknown;
} | {
    ok: false;
    message: string;
}): PatchResult;
