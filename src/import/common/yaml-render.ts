/**
 * Writes a drafted spec file as YAML the way the hand-written specs look:
 * the schema line first, keys in the order the data was built in, long or
 * multi-line documentation as block scalars, and the importer's comments
 * before the keys they concern. `yaml` does the quoting, so any text
 * round-trips (the tests parse the output back).
 */
import YAML, { isMap, isPair, isScalar, isSeq, type Node } from "yaml";
import type { DraftComment, DraftFile } from "./draft-file.js";

/** The first line of every spec file, for editors with the YAML language server. */
export const SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/spec-format.schema.json";

/** Strings YAML 1.1 readers take for something else (booleans, dates, numbers): quoted to be safe everywhere. */
const AMBIGUOUS =
  /^(?:y|yes|n|no|on|off|true|false|null|~|[-+]?[0-9][0-9_:.eE+-]*|\d{4}-\d\d-\d\d.*)$/i;
const WIDTH = 100;

/** The YAML text of a drafted file. */
export function renderDraft(file: DraftFile): string {
  const doc = new YAML.Document(file.data);
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      node.type = scalarStyle(node.value);
    },
  });
  for (const c of file.comments) attachComment(doc.contents, c);
  // An empty null reads as the hand-written specs write it (`BadRequestException:`).
  const body = doc.toString({
    lineWidth: WIDTH,
    minContentWidth: 40,
    indentSeq: true,
    nullStr: "",
  });
  const header = [SCHEMA_LINE, ...file.header.map((l) => (l ? `# ${l}` : "#"))];
  return `${header.join("\n")}\n${body}`;
}

function scalarStyle(value: string): "PLAIN" | "QUOTE_DOUBLE" | "BLOCK_LITERAL" | "BLOCK_FOLDED" {
  if (AMBIGUOUS.test(value)) return "QUOTE_DOUBLE";
  // Block scalars cannot keep leading or trailing blanks; quoting can.
  if (value !== value.trim() || /[ \t]\n/.test(value)) return "QUOTE_DOUBLE";
  if (value.includes("\n")) return /^(?:- | {2})/m.test(value) ? "BLOCK_LITERAL" : "BLOCK_FOLDED";
  return value.length > WIDTH - 20 && value.includes(" ") ? "BLOCK_FOLDED" : "PLAIN";
}

/** Puts the comment before the key at `c.at`; when that key is absent, before its nearest present parent. */
function attachComment(root: unknown, c: DraftComment): void {
  let node: unknown = root;
  let keyNode: Node | undefined;
  for (const seg of c.at) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg];
      if (!item) break;
      keyNode = item as Node;
      node = item;
    } else break;
  }
  const text = c.text
    .split("\n")
    .map((l) => ` ${l}`)
    .join("\n");
  const target = keyNode ?? (root as Node | undefined);
  if (!target) return;
  target.commentBefore = target.commentBefore ? `${target.commentBefore}\n${text}` : text;
}
