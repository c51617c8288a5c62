/**
 * Parses one YAML spec file, keeping the source position of every key and
 * value so that later stages can report `file:line:col`.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import type { Diagnostic } from "../check/diagnostics.js";
import type { SourceLocation } from "../ir/types.js";

/** Spec files are untrusted input: bound their size and nesting. */
export const MAX_SPEC_BYTES = 4 * 1024 * 1024;
export const MAX_SPEC_DEPTH = 64;
/**
 * Aliases (`*name`) allowed per file: a few `*defaults` are handy, but yaml
 * resolves each alias by walking the whole document (thousands of them in
 * a large file take hours).
 */
export const MAX_ALIASES = 100;
/**
 * Copies the aliases may expand to (yaml's own measure, which weighs an
 * alias by the aliases inside what it repeats): 100 aliases nested in
 * each other would otherwise expand to 2^50 values (a billion laughs).
 */
export const MAX_ALIAS_COPIES = 1000;

export type PathSegment = string | number;

export interface YamlFile {
  /** Path as reported in diagnostics (relative to the working directory when inside it). */
  file: string;
  /**
   * Path from the specs folder's name, e.g. `specs/apigateway/PutMethod.yaml`:
   * the same wherever the folder lives and whatever the working directory,
   * so it can appear in generated output.
   */
  specPath: string;
  data: unknown;
  /** Position of the value at `path` (or of its key, for `key: true`); falls back to the nearest parent. */
  locate(path: readonly PathSegment[], opts?: { key?: boolean }): SourceLocation;
  /**
   * Position of `text` as written inside the scalar at `path` (e.g. one
   * placeholder of a path template); the scalar's own position when the text
   * is not found as written there.
   */
  locateText(path: readonly PathSegment[], text: string): SourceLocation;
}

interface Positions {
  key?: number;
  value: number;
  /** End offset of the value node. */
  end?: number;
}

export function readYaml(file: string, text: string, specPath: string = file): { file: YamlFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, col };
  };
  const positions = new Map<string, Positions>();
  let data: unknown = undefined;

  if (Buffer.byteLength(text) > MAX_SPEC_BYTES) {
    diagnostics.push({
      loc: { file, line: 1, col: 1 },
      severity: "error",
      code: "file-too-large",
      message: `spec file is larger than ${MAX_SPEC_BYTES} bytes`,
      hint: "split it into one file per operation",
    });
  } else {
    // uniqueKeys is checked below, in one pass: yaml's own check compares every key with every other (quadratic).
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    // One error per line: after the first, the parser's follow-up complaints about the same line are noise.
    const reportedLines = new Set<number>();
    for (const err of doc.errors) {
      const loc = at(err.pos[0]);
      if (reportedLines.has(loc.line)) continue;
      reportedLines.add(loc.line);
      // yaml turns its own stack overflow on deep flow collections into an error; say what it means.
      diagnostics.push(
        /Maximum call stack size exceeded/.test(err.message)
          ? tooDeep(loc)
          : { loc, severity: "error", code: "yaml-syntax", message: `YAML syntax error: ${firstLine(err.message)}`, hint: yamlHint(err.code) },
      );
    }
    if (doc.errors.length === 0) {
      const index: IndexState = { positions, duplicates: [], tooDeep: 0, aliases: [] };
      indexPositions(doc.contents, [], index, 0);
      for (const offset of index.duplicates) {
        const loc = at(offset);
        if (reportedLines.has(loc.line)) continue;
        reportedLines.add(loc.line);
        diagnostics.push({ loc, severity: "error", code: "yaml-syntax", message: "YAML syntax error: Map keys must be unique", hint: yamlHint("DUPLICATE_KEY") });
      }
      if (index.tooDeep) diagnostics.push(tooDeep(at(index.tooDeep)));
      else if (index.aliases.length > MAX_ALIASES) {
        diagnostics.push({ loc: at(index.aliases[MAX_ALIASES]!), severity: "error", code: "yaml-aliases", message: `more than ${MAX_ALIASES} YAML aliases in this file`, hint: "write the values out: the limit guards against alias bombs" });
      } else if (index.duplicates.length === 0) {
        const converted = toData(doc);
        if (converted.ok) data = converted.data;
        else diagnostics.push({ loc: at(firstAlias(doc) ?? 0), severity: "error", code: "yaml-aliases", message: converted.message, hint: converted.hint });
      }
    }
  }

  const locate = (path: readonly PathSegment[], opts?: { key?: boolean }): SourceLocation => {
    for (let n = path.length; n >= 0; n--) {
      const p = positions.get(pointer(path.slice(0, n)));
      if (p) return at(opts?.key && n === path.length && p.key !== undefined ? p.key : (p.key ?? p.value));
    }
    return { file, line: 1, col: 1 };
  };
  // When asked for a value's position, prefer the value itself.
  const locateValue = (path: readonly PathSegment[], opts?: { key?: boolean }): SourceLocation => {
    if (opts?.key) return locate(path, opts);
    const p = positions.get(pointer(path));
    if (p) return at(p.value);
    return locate(path, { key: true });
  };
  const locateText = (path: readonly PathSegment[], needle: string): SourceLocation => {
    const p = positions.get(pointer(path));
    const i = p?.end !== undefined ? text.slice(p.value, p.end).indexOf(needle) : -1;
    return p && i >= 0 ? at(p.value + i) : locateValue(path);
  };
  return { file: { file, specPath, data, locate: locateValue, locateText }, diagnostics };
}

/** JSON-pointer-like key for the position map. */
export function pointer(path: readonly PathSegment[]): string {
  return path.map((s) => String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
}

interface IndexState {
  positions: Map<string, Positions>;
  /** Offsets of keys a mapping already has. */
  duplicates: number[];
  /** Offset of the first node nested too deep, or 0. */
  tooDeep: number;
  /** Offsets of the aliases (`*name`), in document order. */
  aliases: number[];
}

/** Records positions and duplicate keys; stops at the first node nested deeper than the limit. */
function indexPositions(node: Node | null | undefined | unknown, path: PathSegment[], state: IndexState, depth: number): void {
  if (!node || typeof node !== "object" || state.tooDeep) return;
  const out = state.positions;
  const range = (node as { range?: [number, number, number] }).range;
  if (isAlias(node)) state.aliases.push(range?.[0] ?? 0);
  if (depth > MAX_SPEC_DEPTH) {
    state.tooDeep = range?.[0] ?? 1;
    return;
  }
  const key = pointer(path);
  const existing = out.get(key);
  if (range) out.set(key, { key: existing?.key, value: range[0], end: range[1] });
  if (isMap(node)) {
    // As yaml compares keys: scalars by value (so 1 and "1" differ), collections never.
    const seen = new Set<unknown>();
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const k = isScalar(item.key) ? String(item.key.value) : String(item.key);
      const keyRange = (item.key as { range?: [number, number, number] } | null)?.range;
      if (isAlias(item.key)) state.aliases.push(keyRange?.[0] ?? 0);
      if (isScalar(item.key)) {
        const v: unknown = item.key.value;
        const id = typeof v === "string" ? v : `\0${typeof v}:${String(v)}`;
        if (seen.has(id)) state.duplicates.push(keyRange?.[0] ?? 0);
        seen.add(id);
      }
      const childPath = [...path, k];
      const valueRange = (item.value as { range?: [number, number, number] } | null)?.range;
      out.set(pointer(childPath), { key: keyRange?.[0], value: valueRange?.[0] ?? keyRange?.[0] ?? 0, end: valueRange?.[1] });
      indexPositions(item.value, childPath, state, depth + 1);
      if (state.tooDeep) return;
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const r = (item as { range?: [number, number, number] } | null)?.range;
      if (r) out.set(pointer([...path, i]), { value: r[0] });
    });
    for (let i = 0; i < node.items.length; i++) {
      indexPositions(node.items[i], [...path, i], state, depth + 1);
      if (state.tooDeep) return;
    }
  }
}

function tooDeep(loc: SourceLocation): Diagnostic {
  return { loc, severity: "error", code: "too-deep", message: `spec nesting is deeper than ${MAX_SPEC_DEPTH} levels`, hint: "declare nested structures as named shapes and use `ref:`" };
}

/** The document as plain data, or why it cannot be (yaml throws on alias bombs and unresolvable aliases). */
function toData(doc: Document): { ok: true; data: unknown } | { ok: false; message: string; hint: string } {
  try {
    // yaml defines `__proto__` keys as own properties, never as prototypes.
    return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COPIES }) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/Excessive alias count/.test(message)) {
      return { ok: false, message: `YAML aliases expand to more than ${MAX_ALIAS_COPIES} copies in this file`, hint: "write the values out: the limit guards against alias bombs" };
    }
    return { ok: false, message: `YAML alias error: ${firstLine(message)}`, hint: "define each anchor (&name) before its aliases (*name)" };
  }
}

/** Offset of the first alias (`*name`) in the document. */
function firstAlias(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

function yamlHint(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "each key may appear once in a mapping";
    case "BAD_INDENT":
      return "check the indentation of this line";
    case "MISSING_CHAR":
      return "a closing quote or bracket, or a ':', is missing before here";
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      // The parser points at the value that a wrongly indented next line was read into.
      return "check the indentation of the next line";
    default:
      return "see https://yaml.org/spec/1.2.2/";
  }
}
