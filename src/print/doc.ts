/**
 * The document algebra of the printer (Wadler's "prettier printer", in the dialect prettier uses):
 * a Doc describes text plus the places where it may break; `printDoc` (doc-printer.ts) chooses the
 * breaks. The builders mirror prettier's `doc.builders` one for one so that a layout rule read in
 * prettier's source can be transcribed without translation; that is what makes byte-for-byte
 * parity achievable.
 */

/** A printable document. Strings must not contain line breaks: use `hardline`. */
export type Doc = string | readonly Doc[] | DocCommand;

/** Tries to print `contents` on one line; if it does not fit, its own lines break. */
export interface GroupDoc {
  readonly type: "group";
  readonly contents: Doc;
  /** Set by the caller (`shouldBreak`) or by break propagation (a hard line inside). */
  break: boolean;
  /** Alternative layouts, tried in order (prettier's `conditionalGroup`). */
  readonly expandedStates?: readonly Doc[];
  readonly id?: symbol;
}

/** Lines inside `contents` are indented by one more level (2 spaces). */
export interface IndentDoc {
  readonly type: "indent";
  readonly contents: Doc;
}

/** Lines inside `contents` are indented by `n` more spaces. */
export interface AlignDoc {
  readonly type: "align";
  readonly n: number;
  readonly contents: Doc;
}

/** A possible line break: a space (or nothing if soft) when its group is flat. */
export interface LineDoc {
  readonly type: "line";
  readonly hard: boolean;
  readonly soft: boolean;
}

/** `breakContents` if the enclosing (or the `groupId`) group breaks, else `flatContents`. */
export interface IfBreakDoc {
  readonly type: "if-break";
  readonly breakContents: Doc;
  readonly flatContents: Doc;
  readonly groupId?: symbol;
}

/** `contents`, indented if the group `groupId` broke. */
export interface IndentIfBreakDoc {
  readonly type: "indent-if-break";
  readonly contents: Doc;
  readonly groupId: symbol;
}

/** Alternating content / separator parts; each separator breaks only if the next content does not fit. */
export interface FillDoc {
  readonly type: "fill";
  readonly parts: readonly Doc[];
}

/** Forces every enclosing group to break. */
export interface BreakParentDoc {
  readonly type: "break-parent";
}

/** Any Doc that is not a string or an array. */
export type DocCommand =
  | GroupDoc
  | IndentDoc
  | AlignDoc
  | LineDoc
  | IfBreakDoc
  | IndentIfBreakDoc
  | FillDoc
  | BreakParentDoc;

/** Options of `group`. */
export interface GroupOptions {
  /** Break the group whatever its width (and, by propagation, every group around it). */
  readonly shouldBreak?: boolean;
  /** Names the group for `ifBreak` / `indentIfBreak` elsewhere. */
  readonly id?: symbol;
}

/** A group: printed flat if it fits in the rest of the line, else with its lines broken. */
export function group(contents: Doc, options: GroupOptions = {}): GroupDoc {
  return { type: "group", contents, break: options.shouldBreak === true, id: options.id };
}

/**
 * prettier's `conditionalGroup`: the first state that fits flat wins, else the last one is printed
 * broken. Break propagation stops at it (prettier's callers add `breakParent` themselves).
 */
export function conditionalGroup(states: readonly Doc[]): GroupDoc {
  const first = states[0];
  if (first === undefined) throw new Error("conditionalGroup needs at least one state");
  return { type: "group", contents: first, break: false, expandedStates: states };
}

/** Indents the lines inside `contents` by one level. */
export function indent(contents: Doc): IndentDoc {
  return { type: "indent", contents };
}

/** Indents the lines inside `contents` by `n` spaces. */
export function align(n: number, contents: Doc): AlignDoc {
  return { type: "align", n, contents };
}

/** A space, or a line break if the enclosing group breaks. */
export const line: LineDoc = { type: "line", hard: false, soft: false };
/** Nothing, or a line break if the enclosing group breaks. */
export const softline: LineDoc = { type: "line", hard: false, soft: true };
/** Always a line break; breaks every enclosing group. */
export const breakParent: BreakParentDoc = { type: "break-parent" };
const hardlineWithoutBreakParent: LineDoc = { type: "line", hard: true, soft: false };
/** An unconditional line break (that also breaks the enclosing groups). */
export const hardline: Doc = [hardlineWithoutBreakParent, breakParent];

/** `breakContents` when the enclosing group (or the group `groupId`) is broken, else `flatContents`. */
export function ifBreak(breakContents: Doc, flatContents: Doc = "", groupId?: symbol): IfBreakDoc {
  return { type: "if-break", breakContents, flatContents, groupId };
}

/** Indents `contents` when the group `groupId` is broken. */
export function indentIfBreak(contents: Doc, groupId: symbol): IndentIfBreakDoc {
  return { type: "indent-if-break", contents, groupId };
}

/** Fills lines: `parts` alternate content and separators (lines). */
export function fill(parts: readonly Doc[]): FillDoc {
  return { type: "fill", parts };
}

/** `docs` with `separator` between each two. */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const parts: Doc[] = [];
  docs.forEach((doc, index) => {
    if (index > 0) parts.push(separator);
    parts.push(doc);
  });
  return parts;
}

/** Visits every sub-document once, depth first, without recursion (deep docs cannot overflow). */
function someDoc(doc: Doc, predicate: (doc: Doc) => boolean | undefined): boolean {
  const stack: Doc[] = [doc];
  const seen = new Set<Doc>();
  while (stack.length > 0) {
    const current = stack.pop() as Doc;
    if (typeof current !== "string") {
      if (seen.has(current)) continue;
      seen.add(current);
    }
    const verdict = predicate(current);
    if (verdict === true) return true;
    if (verdict === false) continue;
    for (const child of children(current)) stack.push(child);
  }
  return false;
}

/**
 * The direct sub-documents of `doc`. A conditional group contributes only its first state, as in
 * prettier's willBreak/canBreak (its last state is broken by construction).
 */
export function children(doc: Doc): readonly Doc[] {
  if (typeof doc === "string") return [];
  if (isArray(doc)) return doc;
  switch (doc.type) {
    case "group":
      return [doc.contents];
    case "indent":
    case "align":
    case "indent-if-break":
      return [doc.contents];
    case "if-break":
      return [doc.breakContents, doc.flatContents];
    case "fill":
      return doc.parts;
    default:
      return [];
  }
}

/** Narrows a Doc to an array (TS cannot narrow `readonly Doc[]` with `Array.isArray`). */
export function isArray(doc: Doc): doc is readonly Doc[] {
  return Array.isArray(doc);
}

/** prettier's `willBreak`: the doc contains a broken group, a hard line or a `breakParent`. */
export function willBreak(doc: Doc): boolean {
  return someDoc(doc, (d) => {
    if (typeof d === "string" || isArray(d)) return undefined;
    if (d.type === "group" && d.break) return true;
    if (d.type === "line" && d.hard) return true;
    if (d.type === "break-parent") return true;
    return undefined;
  });
}

/** prettier's `canBreak`: the doc contains any line. */
export function canBreak(doc: Doc): boolean {
  return someDoc(doc, (d) => typeof d !== "string" && !isArray(d) && d.type === "line");
}

/**
 * prettier's `removeLines`: the flat form of a doc (soft lines vanish, lines become spaces, groups
 * keep only their first state). Used where prettier prints a hugged argument's parameters inline.
 */
export function removeLines(doc: Doc): Doc {
  if (typeof doc === "string") return doc;
  if (isArray(doc)) return doc.map(removeLines);
  switch (doc.type) {
    case "line":
      return doc.hard ? doc : doc.soft ? "" : " ";
    case "if-break":
      return removeLines(doc.flatContents);
    case "group":
      return group(removeLines(doc.contents), { shouldBreak: doc.break, id: doc.id });
    case "indent":
      return indent(removeLines(doc.contents));
    case "align":
      return align(doc.n, removeLines(doc.contents));
    case "indent-if-break":
      return indentIfBreak(removeLines(doc.contents), doc.groupId);
    case "fill":
      return fill(doc.parts.map(removeLines));
    default:
      return doc;
  }
}

export { printDoc } from "./doc-printer.js";
