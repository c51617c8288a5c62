/**
 * A small, tolerant HTML reader: vendor pages and botocore documentation are
 * fragments of ordinary HTML, and the importers need only their element tree
 * and text. No scripts run and no URLs are fetched; unknown markup is kept as
 * elements, malformed markup is closed where the tree says it must be.
 */

/** An element of the tree; `name` is lower-case. */
export interface HtmlElement {
  kind: "element";
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

/** Text between tags, entities decoded. */
export interface HtmlText {
  kind: "text";
  text: string;
}

/** A node of the tree. */
export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set([
  "br",
  "img",
  "hr",
  "meta",
  "link",
  "input",
  "col",
  "wbr",
  "area",
  "base",
  "source",
]);
/** Elements whose content is not markup. */
const RAW = new Set(["script", "style"]);
/** An opening tag closes an open element of these names first (p inside p, li inside li, ...). */
const AUTO_CLOSE: Record<string, readonly string[]> = {
  p: ["p"],
  li: ["li"],
  dt: ["dt", "dd"],
  dd: ["dt", "dd"],
  tr: ["tr", "td", "th"],
  td: ["td", "th"],
  th: ["td", "th"],
  thead: ["tbody", "tr", "td", "th"],
  tbody: ["thead", "tr", "td", "th"],
};
/** Elements an auto-close may not look past (a nested list keeps its parent's item open). */
const SCOPE = new Set(["ul", "ol", "dl", "table", "div", "td", "th", "body"]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  times: "\u00d7",
  middot: "\u00b7",
  bull: "\u2022",
  laquo: "\u00ab",
  raquo: "\u00bb",
  deg: "\u00b0",
  le: "\u2264",
  ge: "\u2265",
  ne: "\u2260",
};

/** Decodes character references (`&lt;`, `&#39;`, `&#x2019;`); unknown ones are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code =
        ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Lone surrogates and out-of-range code points would make invalid strings.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return Object.hasOwn(NAMED_ENTITIES, ref) ? NAMED_ENTITIES[ref]! : whole;
  });
}

const TAG =
  /<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/y;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Parses HTML (a page or a fragment) into a tree under a synthetic `#root` element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: "element", name: "#root", attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  const pushText = (text: string) => {
    if (text) top().children.push({ kind: "text", text: decodeEntities(text) });
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      pushText(html.slice(i));
      break;
    }
    pushText(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
      const end = html.indexOf(">", lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      pushText("<");
      i = lt + 1;
      continue;
    }
    i = TAG.lastIndex;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      closeElement(stack, name);
      continue;
    }
    closeOpen(stack, AUTO_CLOSE[name] ?? []);
    const el: HtmlElement = { kind: "element", name, attrs: parseAttrs(m[3] ?? ""), children: [] };
    top().children.push(el);
    if (RAW.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = end < 0 ? html.length : end;
      el.children.push({ kind: "text", text: html.slice(i, stop) });
      const gt = html.indexOf(">", stop);
      i = gt < 0 ? html.length : gt + 1;
      continue;
    }
    if (!VOID.has(name) && !m[4]) stack.push(el);
  }
  return root;
}

function parseAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) {
    const key = m[1]!.toLowerCase();
    if (key === "__proto__") continue;
    attrs[key] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/** Closes the innermost open `name` and everything inside it; a stray end tag is ignored. */
function closeElement(stack: HtmlElement[], name: string): void {
  for (let k = stack.length - 1; k > 0; k--) {
    if (stack[k]!.name === name) {
      stack.length = k;
      return;
    }
  }
}

/** Closes an open element named in `names` unless a scope element lies in between. */
function closeOpen(stack: HtmlElement[], names: readonly string[]): void {
  if (!names.length) return;
  for (let k = stack.length - 1; k > 0; k--) {
    const n = stack[k]!.name;
    if (names.includes(n)) {
      stack.length = k;
      return;
    }
    if (SCOPE.has(n)) return;
  }
}

/** Every element under `node` (depth first, document order) for which `pred` holds. */
export function findAll(node: HtmlElement, pred: (e: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (n: HtmlElement) => {
    for (const c of n.children) {
      if (c.kind !== "element") continue;
      if (pred(c)) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}
