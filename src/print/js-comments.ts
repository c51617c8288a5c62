/**
 * Comments as Docs: a JSDoc block is printed line by line with hard lines, so it takes the
 * indentation of the node it documents, as prettier re-indents it.
 */

import { docComment, lineComment } from "./comments.js";
import { hardline, join, type Doc } from "./doc.js";

/** A `/** ... *\/` block documenting the next node. */
export function printDocComment(text: string): Doc {
  return join(hardline, docComment(text).split("\n"));
}

/** A `//` comment line. */
export function printLineComment(text: string): Doc {
  return lineComment(text);
}
