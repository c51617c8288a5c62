// Copied by opforge from src/runtime/table/path-template.ts. DO NOT EDIT.
/**
 * Path templates (`/restapis/{restapi_id}/files/{key+}?mode=import`):
 * parsed once, then filled by the client and matched by the mock router.
 */
/** One `/`-separated piece of a path: a literal, or a whole-segment label. */
export type PathSegment =
  | {
      readonly literal: string;
    }
  | {
      readonly label: string;
      readonly greedy: boolean;
    };
/** A parsed path template. */
export interface PathTemplate {
  readonly segments: readonly PathSegment[];
  /** Labels in template order. */
  readonly labels: readonly string[];
  /** Whether the path ends with `/` (`/2015-03-31/functions/`); the SDKs send it. */
  readonly trailingSlash: boolean;
  /** Literal query pairs written in the template after `?` (sent before member query pairs). */
  readonly query: ReadonlyArray<readonly [string, string]>;
}
/**
 * Parses a template. A label must fill a whole segment, and a greedy label
 * must be the last one: nothing else can be matched back unambiguously.
 */
export declare function parsePathTemplate(template: string): PathTemplate;
