/**
 * What a page says, by section: the function text, the method and URI, the
 * parameter tables by role, the object tables (by title, request or response
 * side), the responses per status with their tables and examples, and the
 * request examples. Works on any reader's blocks.
 */
import type { Page, PageBlock } from "./page.js";

/** One row of a parameter table. */
export interface ParamRow {
  name: string;
  /** From the Mandatory column; undefined when the table has none (response tables). */
  mandatory?: boolean;
  type: string;
  description: string;
}

/** A nested object's table, on the request or the response side of the page. */
export interface ParamTable {
  title: string;
  side: "request" | "response";
  rows: ParamRow[];
}

/** What the page says about one response status. */
export interface StatusFacts {
  status: number;
  description?: string;
  body?: ParamTable;
  headers?: ParamTable;
  example?: unknown;
}

/** Everything the importer reads from a page, by role. */
export interface PageFacts {
  title?: string;
  originalName?: string;
  documentation?: string;
  method?: string;
  path?: string;
  params: { path: ParamRow[]; query: ParamRow[]; header: ParamRow[]; body: ParamRow[] };
  /** Tables of nested objects (`Table 4 ResponseInfo`), in page order. */
  objects: ParamTable[];
  responses: Map<number, StatusFacts>;
  requestExamples: Array<{ title: string; body: unknown }>;
  /** Example blocks that are not JSON, by where they were met. */
  unreadableExamples: string[];
}

type Section =
  "function" | "uri" | "request" | "response" | "exreq" | "exresp" | "status" | "other";

function sectionOf(heading: string): Section {
  const h = heading.toLowerCase();
  if (h === "function" || h === "description") return "function";
  if (h === "uri") return "uri";
  if (h.startsWith("request parameters")) return "request";
  if (h.startsWith("response parameters")) return "response";
  if (h.startsWith("example request")) return "exreq";
  if (h.startsWith("example response")) return "exresp";
  if (h === "status codes" || h === "status code") return "status";
  return "other";
}

/** Sorts a page's blocks into facts by the section they are in. */
export function pageFacts(page: Page): PageFacts {
  const facts: PageFacts = {
    params: { path: [], query: [], header: [], body: [] },
    objects: [],
    responses: new Map(),
    requestExamples: [],
    unreadableExamples: [],
  };
  if (page.title) facts.title = page.title;
  if (page.originalName) facts.originalName = page.originalName;
  let section: Section = "other";
  let status: number | undefined;
  let pendingTitle: string | undefined;
  const docs: string[] = [];
  const statusOf = (s: number) => {
    const f = facts.responses.get(s) ?? { status: s };
    facts.responses.set(s, f);
    return f;
  };
  for (const b of page.blocks) {
    if (b.kind === "heading") {
      if (b.text === page.title && section === "other" && !docs.length) continue;
      section = sectionOf(b.text);
      status = undefined;
      continue;
    }
    const statusLine = b.kind === "para" ? /^Status code:?\s*(\d{3})\b/i.exec(b.text) : null;
    if (statusLine) {
      status = Number(statusLine[1]);
      statusOf(status);
      pendingTitle = undefined;
      continue;
    }
    if (b.kind === "para") {
      const uri = /^(GET|PUT|POST|DELETE|PATCH|HEAD)\s+(\/\S*)/.exec(b.text);
      if (uri && !facts.method && (section === "uri" || section === "other")) {
        facts.method = uri[1];
        facts.path = uri[2]!.split("?")[0];
      } else if (section === "function") docs.push(b.text);
      else if (section === "exreq" && !/^none\.?$/i.test(b.text)) pendingTitle = b.text;
      else if (section === "exresp" && status !== undefined && !statusOf(status).description)
        statusOf(status).description = b.text;
      continue;
    }
    if (b.kind === "code") {
      const json = parseJson(b.text);
      if (section === "exreq") {
        if (json === undefined)
          facts.unreadableExamples.push(`request example '${pendingTitle ?? ""}'`);
        else
          facts.requestExamples.push({
            title: pendingTitle ?? `Example request ${facts.requestExamples.length + 1}`,
            body: json,
          });
        pendingTitle = undefined;
      } else if (section === "exresp" && status !== undefined) {
        if (json === undefined)
          facts.unreadableExamples.push(`response example for status ${status}`);
        else statusOf(status).example = json;
      }
      continue;
    }
    table(facts, b, section, status, statusOf);
  }
  if (docs.length) facts.documentation = docs.join("\n\n");
  return facts;
}

function table(
  facts: PageFacts,
  b: Extract<PageBlock, { kind: "table" }>,
  section: Section,
  status: number | undefined,
  statusOf: (s: number) => StatusFacts,
): void {
  const header = b.header.map((h) => h.toLowerCase());
  if (header[0]?.startsWith("status code")) {
    for (const [code, desc] of b.rows) {
      if (!/^\d{3}$/.test(code ?? "")) continue;
      const f = statusOf(Number(code));
      if (!f.description && desc) f.description = desc;
    }
    return;
  }
  const col = (name: string) => header.findIndex((h) => h.startsWith(name));
  const [pName, pMand, pType, pDesc] = [
    col("parameter") >= 0 ? col("parameter") : col("name"),
    col("mandatory"),
    col("type"),
    col("description"),
  ];
  if (pName < 0 || pType < 0) return;
  const rows: ParamRow[] = b.rows
    .filter((r) => (r[pName] ?? "").trim())
    .map((r) => ({
      name: r[pName]!.trim(),
      ...(pMand >= 0 ? { mandatory: /^yes$/i.test((r[pMand] ?? "").trim()) } : {}),
      type: (r[pType] ?? "").trim(),
      description: pDesc >= 0 ? (r[pDesc] ?? "").trim() : "",
    }));
  const title = (b.title ?? "").trim();
  const t = title.toLowerCase();
  if (/path param/.test(t)) facts.params.path.push(...rows);
  else if (/query param/.test(t)) facts.params.query.push(...rows);
  else if (/request header/.test(t)) facts.params.header.push(...rows);
  else if (/request body/.test(t)) facts.params.body.push(...rows);
  else if (/response body/.test(t) && status !== undefined)
    statusOf(status).body = { title, side: "response", rows };
  else if (/response header/.test(t) && status !== undefined)
    statusOf(status).headers = { title, side: "response", rows };
  else if (title)
    facts.objects.push({ title, side: section === "response" ? "response" : "request", rows });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
