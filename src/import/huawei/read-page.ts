/** Reads a page file in whichever form it is: by the given format, else by its name and content. */
import { readFileSync } from "node:fs";
import { UsageError } from "../common/usage-error.js";
import type { Page } from "./page.js";
import { readHtmlPage } from "./read-html.js";
import { readRstPage } from "./read-rst.js";
import { readTextPage } from "./read-text.js";

/** The page forms the importer reads. */
export type PageFormat = "text" | "html" | "rst";

/** The form of a page: by its file name, else by its content; text when nothing else fits. */
export function detectFormat(file: string, text: string): PageFormat {
  if (/\.html?$/i.test(file)) return "html";
  if (/\.rst$/i.test(file)) return "rst";
  if (/^\s*</.test(text) || /<table[\s>]/i.test(text)) return "html";
  if (/^:original_name:|^\.\. table::/m.test(text)) return "rst";
  return "text";
}

/** Reads and parses a page file; an unreadable file or an unknown format is a usage error. */
export function readPage(
  file: string,
  format?: string,
): { page: Page; format: PageFormat; text: string } {
  if (format !== undefined && !["text", "html", "rst"].includes(format))
    throw new UsageError(`--format must be text, html or rst, not '${format}'`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read the page file ${file}`);
  }
  const f = (format as PageFormat | undefined) ?? detectFormat(file, text);
  const page =
    f === "html" ? readHtmlPage(text) : f === "rst" ? readRstPage(text) : readTextPage(text);
  return { page, format: f, text };
}
