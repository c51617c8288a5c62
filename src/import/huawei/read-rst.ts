/**
 * Pages as reStructuredText, the form the docs repositories keep them in
 * (`opentelekomcloud-docs/*`, generated from the vendor's HTML): section
 * titles with underlines, `.. table:: **Table N** Title` over grid or simple
 * tables, `.. code-block::` examples, `**Status code: 200**` paragraphs.
 * Inline markup is reduced to its text (`:ref:\`Text <target>\`` -> Text).
 */
import { joinParagraphs, tableTitle, type Page, type PageBlock } from "./page.js";

const UNDERLINE = /^([=\-~^"'`#*+])\1{2,}\s*$/;

/** Reads an RST page into blocks. */
export function readRstPage(text: string): Page {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks: PageBlock[] = [];
  let originalName: string | undefined;
  let title: string | undefined;
  let pendingTitle: string | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const t = line.trim();
    const meta = /^:original_name:\s*(\S+)/.exec(line);
    if (meta) {
      originalName = meta[1];
      i++;
    } else if (!t || /^\.\. _[^:]*:\s*$/.test(t) || t.startsWith("..  ")) {
      i++;
    } else if (i + 1 < lines.length && UNDERLINE.test(lines[i + 1]!) && !line.startsWith(" ")) {
      const heading = inline(t);
      if (title === undefined) title = heading;
      blocks.push({ kind: "heading", text: heading });
      i += 2;
    } else if (/^\.\. table::/.test(t)) {
      pendingTitle = tableTitle(inline(t.replace(/^\.\. table::\s*/, "")));
      i++;
    } else if (/^\.\. code-block::/.test(t) || /^\.\. code::/.test(t) || t === "::") {
      const { body, end } = indented(lines, i + 1);
      blocks.push({ kind: "code", text: body.join("\n").trim() });
      i = end;
    } else if (/^\+[-=+]+\+$/.test(t) || /^=+(\s+=+)+$/.test(t)) {
      const end = tableEnd(lines, i);
      const tableLines = lines.slice(i, end).map((l) => l.trimEnd());
      const indent = /^ */.exec(line)![0].length;
      const rows = t.startsWith("+")
        ? gridTable(tableLines.map((l) => l.slice(indent)))
        : simpleTable(tableLines.map((l) => l.slice(indent)));
      const [header = [], ...body] = rows;
      blocks.push({
        kind: "table",
        ...(pendingTitle ? { title: pendingTitle } : {}),
        header,
        rows: body,
      });
      pendingTitle = undefined;
      i = end;
    } else if (/^\.\. \w+::/.test(t)) {
      // Other directives (note, important): their indented content is read as paragraphs.
      i++;
    } else {
      const para: string[] = [];
      while (
        i < lines.length &&
        lines[i]!.trim() &&
        !/^\.\. /.test(lines[i]!.trim()) &&
        !(i + 1 < lines.length && UNDERLINE.test(lines[i + 1]!))
      ) {
        para.push(lines[i]!.trim());
        i++;
      }
      if (!para.length) {
        i++;
        continue;
      }
      const joined = para.join(" ");
      blocks.push({
        kind: "para",
        text: /^[-*]\s+/.test(joined)
          ? `- ${inline(joined.replace(/^[-*]\s+/, ""))}`
          : inline(joined),
      });
    }
  }
  return { ...(title ? { title } : {}), ...(originalName ? { originalName } : {}), blocks };
}

/** Reduces inline markup to text. */
export function inline(text: string): string {
  return text
    .replace(/:\w+:`([^`<]*?)\s*<[^>]*>`/g, "$1")
    .replace(/:\w+:`([^`]*)`/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\*([^*\s][^*]*)\*/g, "$1")
    .replace(/``([^`]+)``/g, "$1")
    .replace(/`([^`<]+?)\s*<[^>]*>`_+/g, "$1")
    .replace(/\\ /g, "")
    .replace(/\\(.)/g, "$1")
    .trim();
}

/** The lines indented under a directive (after its options and the blank line). */
function indented(lines: readonly string[], from: number): { body: string[]; end: number } {
  let i = from;
  while (i < lines.length && /^\s+:\w[\w-]*:/.test(lines[i]!)) i++;
  const body: string[] = [];
  let indent = Infinity;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() && !/^\s/.test(l)) break;
    if (l.trim()) indent = Math.min(indent, /^ */.exec(l)![0].length);
    body.push(l);
  }
  return { body: body.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)), end: i };
}

function tableEnd(lines: readonly string[], start: number): number {
  const simple = !lines[start]!.trim().startsWith("+");
  let borders = 0;
  let i = start;
  for (; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t) break;
    if (simple && /^=+(\s+=+)+$/.test(t) && ++borders === 3) return i + 1;
  }
  return i;
}

/** Rows of a grid table (`+---+` borders); cells keep their paragraphs and list items. */
function gridTable(lines: readonly string[]): string[][] {
  const border = lines[0]!;
  const cuts = [...border].map((c, k) => (c === "+" ? k : -1)).filter((k) => k >= 0);
  const rows: string[][] = [];
  let current: string[][] | undefined;
  for (const line of lines) {
    if (/^\+[-=+]+\+$/.test(line)) {
      if (current) rows.push(current.map(cellText));
      current = cuts.slice(1).map(() => []);
      continue;
    }
    cuts.slice(1).forEach((end, c) => current?.[c]!.push(line.slice(cuts[c]! + 1, end).trim()));
  }
  return rows;
}

/** Rows of a simple table (`=== ===` borders); a line whose first column is blank continues the row above. */
function simpleTable(lines: readonly string[]): string[][] {
  const border = lines[0]!;
  const starts = [...border.matchAll(/=+/g)].map((m) => m.index);
  const rows: string[][] = [];
  for (const line of lines) {
    if (/^=+(\s+=+)+$/.test(line.trim())) continue;
    const cells = starts.map((s, c) =>
      line.slice(s, c + 1 < starts.length ? starts[c + 1] : undefined).trim(),
    );
    if (!cells[0] && rows.length)
      rows[rows.length - 1] = rows[rows.length - 1]!.map((v, c) =>
        cells[c] ? `${v} ${cells[c]}`.trim() : v,
      );
    else rows.push(cells);
  }
  return rows.map((r) => r.map(inline));
}

/** A grid cell's lines -> normalized text: blank lines split paragraphs, `-  x` lines are list items. */
function cellText(lines: readonly string[]): string {
  const parts: string[] = [];
  let buf: string[] = [];
  const flush = () => {
    if (buf.length) parts.push(inline(buf.join(" ")));
    buf = [];
  };
  for (const l of lines) {
    if (!l) flush();
    else if (/^[-*]\s+/.test(l)) {
      flush();
      buf.push(`- ${l.replace(/^[-*]\s+/, "")}`);
    } else buf.push(l);
  }
  flush();
  return joinParagraphs(parts.map((p) => (p.startsWith("- ") ? p : p)));
}
