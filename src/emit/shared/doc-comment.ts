/**
 * Doc comments in generated code. Spec text is hostile: it may contain `*\/`,
 * backticks, `${`, or U+2028, none of which may end or alter the comment.
 */

/** Escapes text for the body of a `/** ... *\/` comment. */
export function escapeDocText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n")
    .replace(/\*\//g, "*\\/");
}

/**
 * The inside of a JSDoc block (without the leading `/*` and trailing `*\/`),
 * as `ts.addSyntheticLeadingComment` wants it. Returns undefined for no text.
 */
export function docCommentBody(lines: Array<string | undefined>): string | undefined {
  const paragraphs = lines.filter((l): l is string => typeof l === "string" && l.trim() !== "");
  if (paragraphs.length === 0) return undefined;
  const body = paragraphs
    .map((p) => escapeDocText(p.trim()))
    .join("\n\n")
    .split("\n")
    .map((l) => (l.trim() === "" ? " *" : ` * ${l.trimEnd()}`))
    .join("\n");
  return `*\n${body}\n `;
}

/** A complete `/** ... *\/` block for text templates. */
export function docComment(lines: Array<string | undefined>, indent = ""): string {
  const body = docCommentBody(lines);
  if (!body) return "";
  return `${indent}/*${body.replace(/\n/g, `\n${indent}`)}*/\n`;
}
