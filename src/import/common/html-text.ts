/**
 * Plain text from HTML, for documentation: tags stripped, entities decoded,
 * paragraphs kept (separated by a blank line), list items as `- item` lines,
 * preformatted text as written. botocore's documentation strings and the
 * cells of vendor HTML tables both go through here.
 */
import { parseHtml, type HtmlElement, type HtmlNode } from "./html-tree.js";

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "thead",
  "tbody",
  "tr",
  "td",
  "th",
  "caption",
  "dl",
  "dt",
  "dd",
  "note",
  "important",
  "ul",
  "ol",
  "body",
  "html",
  "figure",
]);
/** Not text of the documentation: botocore's `<fullname>` repeats the service title. */
const SKIP = new Set(["script", "style", "head", "title", "fullname"]);

interface Block {
  kind: "para" | "item" | "pre";
  text: string;
  depth: number;
}

/** The text of an HTML string. */
export function htmlToText(html: string): string {
  return nodeText(parseHtml(html));
}

/** The text of an element's content. */
export function nodeText(node: HtmlElement): string {
  const blocks: Block[] = [];
  let inline = "";
  let itemDepth = -1;
  const flush = () => {
    const text = inline.replace(/\s+/g, " ").trim();
    inline = "";
    if (!text) return;
    if (itemDepth >= 0) {
      blocks.push({ kind: "item", text, depth: itemDepth });
      // The item's first paragraph carries the bullet; later ones continue it.
      itemDepth = -1;
    } else blocks.push({ kind: "para", text, depth: 0 });
  };
  let listDepth = 0;
  const walk = (n: HtmlNode) => {
    if (n.kind === "text") {
      inline += n.text;
      return;
    }
    if (SKIP.has(n.name)) return;
    if (n.name === "br") {
      flush();
      return;
    }
    if (n.name === "pre") {
      flush();
      const text = rawText(n).replace(/^\n/, "").replace(/\s+$/, "");
      if (text) blocks.push({ kind: "pre", text, depth: 0 });
      return;
    }
    if (n.name === "li") {
      flush();
      itemDepth = Math.max(0, listDepth - 1);
      for (const c of n.children) walk(c);
      flush();
      itemDepth = -1;
      return;
    }
    const block = BLOCK.has(n.name);
    const list = n.name === "ul" || n.name === "ol";
    if (block) flush();
    if (list) listDepth++;
    // Cells of one row read as one line each; a space keeps words apart.
    if (n.name === "td" || n.name === "th") inline += " ";
    for (const c of n.children) walk(c);
    if (list) listDepth--;
    if (block) flush();
  };
  walk(node);
  flush();
  return joinBlocks(blocks);
}

function rawText(n: HtmlNode): string {
  return n.kind === "text" ? n.text : n.name === "br" ? "\n" : n.children.map(rawText).join("");
}

/** Paragraphs are separated by a blank line; consecutive list items by a line break. */
function joinBlocks(blocks: readonly Block[]): string {
  let out = "";
  blocks.forEach((b, i) => {
    const text = b.kind === "item" ? `${"  ".repeat(b.depth)}- ${b.text}` : b.text;
    if (i > 0) out += b.kind === "item" && blocks[i - 1]!.kind === "item" ? "\n" : "\n\n";
    out += text;
  });
  return out;
}
