/**
 * service.yaml when the folder already has one: the import adds the errors,
 * shared members, shapes and resources its operations need and that are not
 * declared yet, as new entries at the end of the matching top-level section
 * (or a new section at the end of the file). Everything already written is
 * kept byte for byte, comments and folding included.
 */
import type { RawServiceFile } from "../../spec/raw.js";
import type { DraftComment } from "./draft-file.js";
import { renderDraft, SCHEMA_LINE } from "./yaml-render.js";

/** The service.yaml sections an import adds to. */
export type ServiceSection = "members" | "shapes" | "errors" | "resources";

/** Entries to add to an existing service.yaml, by section. */
export interface ServiceAdditions {
  members?: RawServiceFile["members"];
  shapes?: RawServiceFile["shapes"];
  errors?: RawServiceFile["errors"];
  resources?: RawServiceFile["resources"];
  /** Comments at paths starting with the section name. */
  comments: DraftComment[];
}

const ORDER: readonly ServiceSection[] = ["members", "shapes", "errors", "resources"];

/** `text` with the additions inserted; `text` itself when there are none. */
export function mergeServiceText(text: string, add: ServiceAdditions): string {
  let out = text.endsWith("\n") ? text : `${text}\n`;
  for (const section of ORDER) {
    const entries = add[section];
    if (!entries || !Object.keys(entries).length) continue;
    const comments = add.comments.filter((c) => c.at[0] === section);
    const rendered = renderDraft({
      path: "",
      data: { [section]: entries } as unknown as RawServiceFile,
      header: [],
      comments,
    });
    // Drop the schema line and the section key: what is left are the entries, indented.
    const lines = rendered
      .slice(SCHEMA_LINE.length + 1)
      .trimEnd()
      .split("\n");
    const keyAt = lines.findIndex((l) => l.startsWith(`${section}:`));
    const entryLines = lines.slice(keyAt + 1);
    out = insertEntries(out, section, entryLines, lines.slice(0, keyAt + 1));
  }
  return out;
}

/** Inserts entry lines at the end of top-level `section`, or appends the whole section. */
function insertEntries(
  text: string,
  section: string,
  entryLines: string[],
  sectionHead: string[],
): string {
  const lines = text.replace(/\n$/, "").split("\n");
  // An empty flow mapping (`errors: {}`) becomes a block the entries can go under.
  const empty = lines.findIndex((l) => new RegExp(`^${section}:\\s*\\{\\s*\\}\\s*(#.*)?$`).test(l));
  if (empty >= 0) lines[empty] = `${section}:`;
  const start = lines.findIndex((l) => new RegExp(`^${section}:\\s*(#.*)?$`).test(l));
  if (start < 0 && lines.some((l) => l.startsWith(`${section}:`))) {
    throw new Error(
      `service.yaml writes '${section}:' in flow style; rewrite it as a block mapping so the import can add to it`,
    );
  }
  if (start < 0) {
    const blank = lines.length && lines[lines.length - 1] !== "" ? [""] : [];
    return [...lines, ...blank, ...sectionHead, ...entryLines].join("\n") + "\n";
  }
  // The section ends at the next line that starts at column 0 and is neither blank nor a comment.
  let end = start + 1;
  while (end < lines.length && (lines[end] === "" || /^[\s#]/.test(lines[end]!))) end++;
  // Keep blank lines and comments that belong to the next section after the insertion.
  let at = end;
  while (at > start + 1 && (lines[at - 1] === "" || /^#/.test(lines[at - 1]!))) at--;
  const indent =
    /^( +)\S/.exec(lines.slice(start + 1, at).find((l) => /^ +\S/.test(l)) ?? "")?.[1] ?? "  ";
  const reindented = entryLines.map((l) => (l.startsWith("  ") ? indent + l.slice(2) : l));
  // Separate entries by a blank line when the section's entries are.
  const spaced = lines.slice(start + 1, at).some((l) => l === "")
    ? ["", ...reindented]
    : reindented;
  return [...lines.slice(0, at), ...spaced, ...lines.slice(at)].join("\n") + "\n";
}
