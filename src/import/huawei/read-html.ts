/**
 * Pages as HTML (saved from the vendor's site, or any rendering with real
 * `<table>`s): headings, paragraphs, tables with their captions, and `<pre>`
 * blocks, in document order. A table's title is its `<caption>`, else the
 * paragraph just before it when that reads `Table N ...`.
 */
import { findAll, parseHtml, type HtmlElement } from "../common/html-tree.js";
import { nodeText } from "../common/html-text.js";
import { tableTitle, type Page, type PageBlock } from "./page.js";

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const SKIP = new Set(["script", "style", "head", "nav", "header", "footer", "noscript"]);

/** Reads an HTML page into blocks. */
export function readHtmlPage(html: string): Page {
  const root = parseHtml(html);
  const blocks: PageBlock[] = [];
  let loose = "";
  const flushLoose = () => {
    const text = loose.replace(/\s+/g, " ").trim();
    loose = "";
    if (text) blocks.push({ kind: "para", text });
  };
  const visit = (el: HtmlElement) => {
    for (const c of el.children) {
      if (c.kind === "text") {
        loose += c.text;
        continue;
      }
      if (SKIP.has(c.name)) continue;
      if (HEADINGS.has(c.name)) {
        flushLoose();
        const text = nodeText(c);
        if (text) blocks.push({ kind: "heading", text });
      } else if (c.name === "table") {
        flushLoose();
        blocks.push(table(c, blocks));
      } else if (c.name === "pre") {
        flushLoose();
        blocks.push({ kind: "code", text: nodeText(c) });
      } else if (c.name === "p" || c.name === "li" || c.name === "dt" || c.name === "dd") {
        flushLoose();
        const text = nodeText(c);
        if (text) blocks.push({ kind: "para", text: c.name === "li" ? `- ${text}` : text });
      } else if (["b", "strong", "i", "em", "span", "a", "code", "sup", "sub"].includes(c.name)) {
        loose += nodeText(c);
      } else {
        flushLoose();
        visit(c);
        flushLoose();
      }
    }
  };
  const body = findAll(root, (e) => e.name === "body")[0] ?? root;
  visit(body);
  flushLoose();
  const first = blocks.find((b) => b.kind === "heading");
  const title =
    first?.kind === "heading"
      ? first.text
      : findAll(root, (e) => e.name === "title").map(nodeText)[0];
  const originalName = canonicalName(root);
  return { ...(title ? { title } : {}), ...(originalName ? { originalName } : {}), blocks };
}

function table(el: HtmlElement, before: PageBlock[]): PageBlock {
  const caption = findAll(el, (e) => e.name === "caption")[0];
  let title = caption ? tableTitle(nodeText(caption)) : undefined;
  const prev = before[before.length - 1];
  if (!title && prev?.kind === "para" && /^Table \d+\b/i.test(prev.text)) {
    title = tableTitle(prev.text);
    before.pop();
  }
  const rows = findAll(el, (e) => e.name === "tr").map((tr) =>
    tr.children.filter(
      (c): c is HtmlElement => c.kind === "element" && (c.name === "td" || c.name === "th"),
    ),
  );
  const headerRow = rows.find((r) => r.length) ?? [];
  const header = headerRow.map(nodeText);
  const body = rows.slice(rows.indexOf(headerRow) + 1).filter((r) => r.length);
  return {
    kind: "table",
    ...(title ? { title } : {}),
    header,
    rows: body.map((r) => r.map(nodeText)),
  };
}

/** `CreateCustomAuthorizerV2.html` from `<link rel="canonical" href=".../CreateCustomAuthorizerV2.html">`. */
function canonicalName(root: HtmlElement): string | undefined {
  const link = findAll(
    root,
    (e) => e.name === "link" && (e.attrs.rel ?? "").toLowerCase() === "canonical",
  )[0];
  const m = /([A-Za-z0-9_]+\.html?)(?:[?#].*)?$/.exec(link?.attrs.href ?? "");
  return m?.[1];
}
