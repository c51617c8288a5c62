// Copied by opforge from src/runtime/mock/router.ts. DO NOT EDIT.
/**
 * Path routing: templates are compiled once into a segment tree; a request
 * walks it with static segments tried before labels (so `/a/b` beats
 * `/a/{x}` whatever the declaration order) and labels percent-decoded.
 */
import type { PathTemplate } from "../table/path-template.js";
/** A route found for a request. */
export interface RouteMatch<T> {
  /** Every route registered for this method and template (several services may claim one). */
  targets: readonly T[];
  /** Decoded label values in template order (a target knows its own label names). */
  values: string[];
}
/** What a method and path lead to. */
export type RouteResult<T> =
  | {
      kind: "match";
      match: RouteMatch<T>;
    }
  /** The path exists, not for this method. */
  | {
      kind: "method-not-allowed";
      allowed: string[];
    }
  | {
      kind: "not-found";
    }
  /** A segment is not valid percent-encoding. */
  | {
      kind: "bad-path";
      segment: string;
    };
/** Routes of any target type; several targets may share one method and template. */
export declare class Router<T> {
  #private;
  /** Registers `target` for `method` and `template`; returns every target now at that place. */
  add(method: string, template: PathTemplate, target: T): readonly T[];
  /**
   * Finds the route for a raw (still percent-encoded) path without query
   * string. Results are shared between calls with the same method and path:
   * callers must not change them.
   */
  match(method: string, rawPath: string): RouteResult<T>;
}
