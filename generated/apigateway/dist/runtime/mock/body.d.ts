/**
 * Request bodies are untrusted: read with a byte limit, checked for nesting
 * depth before `JSON.parse` (a megabyte of `[` must not cost a deep recursion
 * anywhere later), and parsed only when they are JSON.
 */
import type { IncomingMessage } from "node:http";
export type BodyResult = {
    ok: true;
    text: string;
} | {
    ok: false;
    reason: "too-large";
    limit: number;
} | {
    ok: false;
    reason: "aborted";
};
/**
 * Reads the whole body as UTF-8, giving up as soon as it exceeds `limit`
 * bytes. Callback style: no promise per request on the hot path.
 */
export declare function readBody(req: IncomingMessage, limit: number, done: (result: BodyResult) => void): void;
/**
 * Deepest bracket nesting of a JSON text, ignoring brackets inside strings.
 * Stops counting (returns early) once `max` is exceeded.
 */
export declare function jsonDepth(text: string, max: number): number;
/** Occurrences of `{` plus `[` in `text`, counting at most `stopAt`. */
export declare function openingBrackets(text: string, stopAt: number): number;
export type JsonParse = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    reason: string;
};
/** Parses a JSON body, refusing nesting deeper than `maxDepth`. */
export declare function parseJsonBody(text: string, maxDepth: number): JsonParse;
/** Whether a Content-Type names JSON (or is absent, as some clients send for JSON). */
export declare function isJsonContentType(contentType: string | undefined): boolean;
