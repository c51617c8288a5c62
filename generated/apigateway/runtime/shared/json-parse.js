// Copied by opforge from src/runtime/shared/json-parse.ts. DO NOT EDIT.
/**
 * JSON text from a peer is untrusted: its nesting is checked before
 * `JSON.parse` (a megabyte of `[` must not cost a deep recursion anywhere
 * later), and a parse failure is a value, not an exception.
 */
/** Parses `text`, refusing nesting deeper than `maxDepth`. */
export function parseJson(text, maxDepth) {
  // Nesting deeper than maxDepth needs more than maxDepth opening brackets; counting
  // them with indexOf is far cheaper than the full scan, which only runs when it could matter.
  if (
    text.length > maxDepth &&
    openingBrackets(text, maxDepth + 1) > maxDepth &&
    jsonDepth(text, maxDepth) > maxDepth
  )
    return { ok: false, reason: `JSON nesting deeper than ${maxDepth} levels` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, reason: e.message };
  }
}
/**
 * Deepest bracket nesting of a JSON text, ignoring brackets inside strings.
 * Stops counting (returns early) once `max` is exceeded.
 */
export function jsonDepth(text, max) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return deepest;
}
/** Occurrences of `{` plus `[` in `text`, counting at most `stopAt`. */
export function openingBrackets(text, stopAt) {
  let n = 0;
  for (let i = text.indexOf("{"); i !== -1 && n < stopAt; i = text.indexOf("{", i + 1)) n++;
  for (let i = text.indexOf("["); i !== -1 && n < stopAt; i = text.indexOf("[", i + 1)) n++;
  return n;
}
/** Nesting depth of a parsed value (0 for a scalar), counting at most `max + 1`. */
export function valueDepth(value, max) {
  if (typeof value !== "object" || value === null) return 0;
  if (max < 0) return 1;
  let deepest = 0;
  for (const v of Array.isArray(value) ? value : Object.values(value)) {
    const d = valueDepth(v, max - 1);
    if (d > deepest) deepest = d;
    if (deepest > max) break;
  }
  return deepest + 1;
}
