// Copied by opforge from src/runtime/mock/prefer.ts. DO NOT EDIT.
/**
 * The `Prefer` request header (RFC 7240), as Prism uses it for mocks:
 * `Prefer: code=404` asks for the documented response with that status,
 * `Prefer: error=ConflictException` for a named error of the table.
 */
export interface Preference {
  code?: number;
  error?: string;
}
/** Parses `code=NNN` and `error=NAME` (quoted or not, any order, `,` or `;` separated); ignores the rest. */
export declare function parsePrefer(header: string | string[] | undefined): Preference | undefined;
