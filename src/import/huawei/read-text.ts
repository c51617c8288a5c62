/**
 * Pages as text, as a browser copies them (the seed pages): one paragraph
 * per line, tables flattened to one cell per line after a `Table N Title`
 * line and its column names. Rows are found by their shape: a parameter name,
 * `Yes`/`No` when the table has a Mandatory column, then a type; everything
 * up to the next row is the description.
 */
import {
  jsonEnd,
  joinParagraphs,
  SECTION_HEADINGS,
  tableTitle,
  type Page,
  type PageBlock,
} from "./page.js";

const HEADER_WORDS = new Set([
  "Parameter",
  "Mandatory",
  "Type",
  "Description",
  "Status Code",
  "Error Code",
  "Error Message",
]);
const PARAM_NAME = /^[A-Za-z_$][A-Za-z0-9_.$-]*$/;
const PRIMITIVE =
  /^(?:String|Integer|Int|Long|Boolean|Number|Float|Double|Object|Timestamp|File|Array of .+|.+ array|List<.+>|Map<.+>|[A-Z][A-Za-z0-9]* objects?)$/;

/** Reads a page copied as text into blocks. */
export function readTextPage(text: string): Page {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const tableNames = new Set(lines.filter((l) => /^Table \d+ /.test(l)).map(tableTitle));
  const isType = (l: string | undefined) =>
    l !== undefined && (PRIMITIVE.test(l) || tableNames.has(l));
  const blocks: PageBlock[] = [];
  let title: string | undefined;
  let i = 0;
  const next = () => {
    while (i < lines.length && lines[i]!.trim() === "") i++;
    return i < lines.length ? lines[i]! : undefined;
  };
  while (next() !== undefined) {
    const line = lines[i]!;
    const t = line.trim();
    if (title === undefined && !/^Updated on /.test(t)) {
      title = t;
      blocks.push({ kind: "heading", text: t });
      i++;
    } else if (/^Updated on /.test(t)) {
      i++;
    } else if (SECTION_HEADINGS.includes(t)) {
      blocks.push({ kind: "heading", text: t });
      i++;
      if (t === "Status Codes") blocks.push(statusTable());
    } else if (/^Table \d+ /.test(t)) {
      i++;
      blocks.push(table(tableTitle(t)));
    } else if (t.startsWith("{") || t.startsWith("[")) {
      const rest = lines.slice(i).join("\n");
      const end = jsonEnd(rest, rest.indexOf(t[0]!));
      const json = end < 0 ? rest : rest.slice(0, end);
      blocks.push({ kind: "code", text: json.trim() });
      i += json.split("\n").length;
    } else {
      blocks.push({ kind: "para", text: paragraph(t) });
      i++;
    }
  }
  return { ...(title ? { title } : {}), blocks };

  /** Column names, then rows until the next table, status heading or section. */
  function table(name: string): PageBlock {
    const header: string[] = [];
    while (next() !== undefined && HEADER_WORDS.has(lines[i]!.trim()))
      header.push(lines[i++]!.trim());
    const mandatory = header.includes("Mandatory");
    const cells: string[] = [];
    while (next() !== undefined) {
      const t = lines[i]!.trim();
      if (/^Table \d+ /.test(t) || /^Status code: \d{3}$/.test(t) || SECTION_HEADINGS.includes(t))
        break;
      cells.push(lines[i]!);
      i++;
    }
    const paras = cells.map((c) => c.trim()).filter(Boolean);
    const rows: string[][] = [];
    const width = mandatory ? 3 : 2;
    const isRowStart = (k: number) =>
      PARAM_NAME.test(paras[k]!) &&
      (mandatory
        ? /^(Yes|No)$/.test(paras[k + 1] ?? "") && isType(paras[k + 2])
        : isType(paras[k + 1]));
    let k = 0;
    while (k < paras.length) {
      if (!isRowStart(k)) {
        // Text before the first row (a table note) has no row to belong to.
        k++;
        continue;
      }
      const row = paras.slice(k, k + width);
      k += width;
      const desc: string[] = [];
      while (k < paras.length && !isRowStart(k)) desc.push(paragraph(paras[k++]!));
      rows.push([...row, joinParagraphs(desc)]);
    }
    return { kind: "table", title: name, header, rows };
  }

  /** The Status Codes table: its two column names, then code and description pairs. */
  function statusTable(): PageBlock {
    const header: string[] = [];
    while (next() !== undefined && HEADER_WORDS.has(lines[i]!.trim()))
      header.push(lines[i++]!.trim());
    const rows: string[][] = [];
    while (next() !== undefined && /^\d{3}$/.test(lines[i]!.trim())) {
      const code = lines[i++]!.trim();
      const desc =
        next() !== undefined &&
        !/^\d{3}$/.test(lines[i]!.trim()) &&
        !SECTION_HEADINGS.includes(lines[i]!.trim())
          ? lines[i++]!.trim()
          : "";
      rows.push([code, desc]);
    }
    return { kind: "table", title: "Status Codes", header, rows };
  }
}

/** A bullet (`  • item`) becomes `- item`. */
function paragraph(t: string): string {
  return t.replace(/^[•·▪◦]\s*/, "- ");
}
