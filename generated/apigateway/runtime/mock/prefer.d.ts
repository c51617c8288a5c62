// Copied by opforge from src/runtime/mock/prefer.ts. DO NOT EDIT.
/**
 * The `Prefer` request header (RFC 7240), as the mock reads it:
 *
 * - `code=404` asks for the documented response with that status (as Prism does);
 * - `error=ConflictException` for a named documented error;
 * - `delay=250` delays the answer by that many milliseconds (at most {@link MAX_PREFER_DELAY_MS});
 * - `fault=reset` resets the connection without an answer.
 *
 * Preferences are separated by `,` or `;`. One the mock knows with a value
 * it cannot honour, or text that is not a preference at all, is refused (a
 * silently ignored `code=999` would pass a test that should fail); names it
 * does not know (`return=minimal`) are ignored, as RFC 7240 asks.
 */
/** What a `Prefer` header asks of the mock. */
export interface Preference {
  code?: number;
  error?: string;
  delayMs?: number;
  /** `fault=reset`: drop the connection without an answer. */
  reset?: boolean;
}
/** A parsed header, or why it cannot be honoured. */
export type PreferParse =
  | {
      ok: true;
      preference: Preference | undefined;
    }
  | {
      ok: false;
      message: string;
    };
/** The longest `Prefer: delay` honoured, in milliseconds. */
export declare const MAX_PREFER_DELAY_MS = 60000;
/** Parses a `Prefer` header (repeated headers joined). */
export declare function parsePrefer(header: string | string[] | undefined): PreferParse;
