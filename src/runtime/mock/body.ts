/**
 * Request bodies are untrusted: read with a byte limit, checked for nesting
 * depth before `JSON.parse` (a megabyte of `[` must not cost a deep recursion
 * anywhere later), and parsed only when they are JSON.
 */
import type { IncomingMessage } from "node:http";

export type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: "too-large"; limit: number }
  | { ok: false; reason: "aborted" };

/**
 * Reads the whole body as UTF-8, giving up as soon as it exceeds `limit`
 * bytes. Callback style: no promise per request on the hot path.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  done: (result: BodyResult) => void,
): void {
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    // Do not read what we will refuse; the caller closes the connection.
    req.resume();
    done({ ok: false, reason: "too-large", limit });
    return;
  }
  let first: Buffer | undefined;
  let chunks: Buffer[] | undefined;
  let size = 0;
  let finished = false;
  const finish = (r: BodyResult) => {
    if (finished) return;
    finished = true;
    done(r);
  };
  req.on("data", (chunk: Buffer) => {
    if (finished) return;
    size += chunk.length;
    if (size > limit) {
      req.removeAllListeners("data");
      req.resume();
      finish({ ok: false, reason: "too-large", limit });
      return;
    }
    if (first === undefined) first = chunk;
    else (chunks ??= [first]).push(chunk);
  });
  req.on("end", () => {
    if (first === undefined) finish({ ok: true, text: "" });
    else
      finish({ ok: true, text: (chunks ? Buffer.concat(chunks, size) : first).toString("utf8") });
  });
  req.once("error", () => finish({ ok: false, reason: "aborted" }));
}

/**
 * Deepest bracket nesting of a JSON text, ignoring brackets inside strings.
 * Stops counting (returns early) once `max` is exceeded.
 */
export function jsonDepth(text: string, max: number): number {
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
export function openingBrackets(text: string, stopAt: number): number {
  let n = 0;
  for (let i = text.indexOf("{"); i !== -1 && n < stopAt; i = text.indexOf("{", i + 1)) n++;
  for (let i = text.indexOf("["); i !== -1 && n < stopAt; i = text.indexOf("[", i + 1)) n++;
  return n;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parses a JSON body, refusing nesting deeper than `maxDepth`. */
export function parseJsonBody(text: string, maxDepth: number): JsonParse {
  // Nesting deeper than maxDepth needs more than maxDepth opening brackets; counting
  // them with indexOf is far cheaper than the full scan, which only runs when it could matter.
  if (
    text.length > maxDepth &&
    openingBrackets(text, maxDepth + 1) > maxDepth &&
    jsonDepth(text, maxDepth) > maxDepth
  )
    return { ok: false, reason: `JSON nesting deeper than ${maxDepth} levels` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}

/** Whether a Content-Type names JSON (or is absent, as some clients send for JSON). */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (contentType === undefined || contentType === "") return true;
  const semi = contentType.indexOf(";");
  const media = (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  return (
    media === "application/json" ||
    media.endsWith("+json") ||
    media.startsWith("application/x-amz-json")
  );
}
