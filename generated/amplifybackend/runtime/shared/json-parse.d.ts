// Copied by opforge from src/runtime/shared/json-parse.ts. DO NOT EDIT.
/**
 * JSON text from a peer is untrusted: its nesting is checked before
 * `JSON.parse` (a megabyte of `[` must not cost a deep recursion anywhere
 * later), and a parse failure is a value, not an exception.
 */
export type JsonParse =
  | {
      ok: true;
      value: unknown;
    }
  | {
      ok: false;
      reason: string;
    };
/** Parses `text`, refusing nesting deeper than `maxDepth`. */
export declare function parseJson(text: string, maxDepth: number): JsonParse;
/**
 * Deepest bracket nesting of a JSON text, ignoring brackets inside strings.
 * Stops counting (returns early) once `max` is exceeded.
 */
export declare function jsonDepth(text: string, max: number): number;
/** Occurrences of `{` plus `[` in `text`, counting at most `stopAt`. */
export declare function openingBrackets(text: string, stopAt: number): number;
/** Nesting depth of a parsed value (0 for a scalar), counting at most `max + 1`. */
export declare function valueDepth(value: unknown, max: number): number;
