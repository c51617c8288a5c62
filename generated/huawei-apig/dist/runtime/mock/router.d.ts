/**
 * Path routing: templates are compiled once into a segment tree; a request
 * walks it with static segments tried before labels (so `/a/b` beats
 * `/a/{x}` whatever the declaration order) and labels percent-decoded.
 */
export interface RouteMatch<T> {
    /** Every route registered for this method and template (several services may claim one). */
    targets: readonly T[];
    /** Decoded label values in template order (a target knows its own label names). */
    values: string[];
}
export type RouteResult<T> = {
    kind: "match";
    match: RouteMatch<T>;
}
/** The path exists, not for this method. */
 | {
    kind: "method-not-allowed";
    allowed: string[];
} | {
    kind: "not-found";
}
/** A segment is not valid percent-encoding. */
 | {
    kind: "bad-path";
    segment: string;
};
type Segment = {
    literal: string;
} | {
    label: string;
    greedy: boolean;
};
/** Splits `/a/{b}/{c+}` into literal and label segments. */
export declare function parseTemplate(template: string): Segment[];
export declare class Router<T> {
    private readonly root;
    /** Registers `target` for `method` and `template`; returns every target now at that place. */
    add(method: string, template: string, target: T): readonly T[];
    /** Finds the route for a raw (still percent-encoded) path without query string. */
    match(method: string, rawPath: string): RouteResult<T>;
    /** Depth-first, statics before labels before greedy labels; `values` gets labels in order. */
    private walk;
}
export {};
