// Copied by opforge from src/runtime/protocol/http-text.ts. DO NOT EDIT.
/**
 * Member values in paths, query strings and headers, which carry text: a
 * value's text by its type (as the AWS SDK v3 writes it), and text back to
 * the member's type where it parses; text that does not parse is kept, for
 * the validator to report in its own words.
 */
import type { TypeModel } from "../table/model.js";
/** The text of a scalar value. Throws TypeError for objects, which no path, query or header can carry. */
export declare function scalarText(value: unknown, type: TypeModel): string;
/** The query values of a member: one per list item, null items left out. */
export declare function queryTexts(value: unknown, type: TypeModel): string[];
/**
 * A header value: a list joins its items with `, `, quoting items that hold
 * `,` or `"` (timestamps are never quoted: an HTTP date holds a comma by design).
 */
export declare function headerText(value: unknown, type: TypeModel): string;
/** Text -> the member's type; unparseable text stays text. */
export declare function fromText(text: string, type: TypeModel): unknown;
/** A header's text -> the member's type; lists are split as {@link headerText} joined them. */
export declare function fromHeaderText(text: string, type: TypeModel): unknown;
/** `a,b` -> `"a,b"`; `"` and `\` escaped inside the quotes. */
export declare function quoteHeader(item: string): string;
/** Splits a header list at commas outside quoted strings, unquoting each item. */
export declare function splitHeader(text: string): string[];
