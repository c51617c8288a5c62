/**
 * Lays a Doc out in a given width, with prettier's algorithm (src/document/printer.js): a stack
 * machine over (indentation, mode, doc) commands; a group is printed flat when its flat form fits
 * in the rest of the line, where "the rest" extends past the group up to the next place the
 * enclosing (already broken) content may break. Reproducing that measure exactly is what makes
 * the output identical to prettier's.
 */

import { isArray, type Doc, type FillDoc } from "./doc.js";
import { propagateBreaks } from "./doc-breaks.js";
import { stringWidth } from "./string-width.js";

const enum Mode {
  Break,
  Flat,
}

interface Indentation {
  readonly text: string;
  readonly width: number;
}

interface Command {
  readonly indent: Indentation;
  readonly mode: Mode;
  readonly doc: Doc;
  /** For fills: how many parts were already printed (prettier's DOC_FILL_PRINTED_LENGTH). */
  readonly fillOffset?: number;
}

const ROOT: Indentation = { text: "", width: 0 };

/** The stacks `fits` works with (not reentrant; `fits` never calls itself). */
const FIT_MODES: Mode[] = [];
const FIT_DOCS: Doc[] = [];

/** Indentations are only ever spaces: one shared object per width, instead of one per command. */
const INDENTS: Indentation[] = [ROOT];

function deeper(indentation: Indentation, spaces: number): Indentation {
  const width = indentation.width + spaces;
  let found = INDENTS[width];
  if (found === undefined) INDENTS[width] = found = { text: " ".repeat(width), width };
  return found;
}


/**
 * Whether `next` printed flat fits in `width` columns, followed by the pending commands `rest` up
 * to their first line break in break mode. Stops as soon as the width is exceeded, so its cost is
 * bounded by the width plus the zero-width docs it walks over.
 */
function fits(
  next: Command,
  rest: readonly Command[],
  width: number,
  groupModes: Map<symbol, Mode>,
  mustBeFlat: boolean,
): boolean {
  let restIndex = rest.length;
  let pendingSpace = false;
  // Parallel stacks of (mode, doc), reused across calls: `fits` runs once per group and fill.
  const modes = FIT_MODES;
  const docs = FIT_DOCS;
  modes.length = 0;
  docs.length = 0;
  modes.push(next.mode);
  docs.push(next.doc);
  while (width >= 0) {
    if (docs.length === 0) {
      if (restIndex === 0) return true;
      const r = rest[--restIndex] as Command;
      // A partly printed fill in the rest continues from where it stopped.
      modes.push(r.mode);
      docs.push(r.fillOffset ? (r.doc as FillDoc).parts.slice(r.fillOffset) : r.doc);
      continue;
    }
    const mode = modes.pop() as Mode;
    const doc = docs.pop() as Doc;
    if (typeof doc === "string") {
      if (doc !== "") {
        if (pendingSpace) {
          width -= 1;
          pendingSpace = false;
        }
        width -= stringWidth(doc);
      }
      continue;
    }
    if (isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) {
        modes.push(mode);
        docs.push(doc[i] as Doc);
      }
      continue;
    }
    switch (doc.type) {
      case "fill":
        for (let i = doc.parts.length - 1; i >= 0; i--) {
          modes.push(mode);
          docs.push(doc.parts[i] as Doc);
        }
        break;
      case "indent":
      case "align":
      case "indent-if-break":
        modes.push(mode);
        docs.push(doc.contents);
        break;
      case "group": {
        if (mustBeFlat && doc.break) return false;
        const groupMode = doc.break ? Mode.Break : mode;
        const contents =
          doc.expandedStates !== undefined && groupMode === Mode.Break
            ? (doc.expandedStates[doc.expandedStates.length - 1] as Doc)
            : doc.contents;
        modes.push(groupMode);
        docs.push(contents);
        break;
      }
      case "if-break": {
        const groupMode = doc.groupId ? (groupModes.get(doc.groupId) ?? Mode.Flat) : mode;
        modes.push(mode);
        docs.push(groupMode === Mode.Break ? doc.breakContents : doc.flatContents);
        break;
      }
      case "line":
        if (mode === Mode.Break || doc.hard) return true;
        if (!doc.soft) pendingSpace = true;
        break;
      case "break-parent":
        break;
    }
  }
  return false;
}

/**
 * Prints `doc` in `width` columns (default 100) with 2-space indentation, exactly as prettier's
 * printer would print the same doc.
 *
 * Complexity: every doc node is visited once by the main loop; each group or fill also runs one
 * `fits` measure, which stops after `width` columns of text (plus the zero-width nodes it meets
 * on the way), so printing is O(size × width) in the worst case and close to linear in practice
 * (a module of thousands of statements prints in milliseconds). Neither pass recurses, so deep
 * nesting cannot overflow the call stack.
 */
export function printDoc(doc: Doc, width = 100): string {
  propagateBreaks(doc);
  const groupModes = new Map<symbol, Mode>();
  const out: string[] = [];
  let position = 0;
  let shouldRemeasure = false;
  const commands: Command[] = [{ indent: ROOT, mode: Mode.Break, doc }];

  const trimTrailingWhitespace = (): void => {
    while (out.length > 0) {
      const last = out[out.length - 1] as string;
      const trimmed = last.replace(/[ \t]+$/, "");
      if (trimmed !== "") {
        out[out.length - 1] = trimmed;
        return;
      }
      out.pop();
    }
  };

  while (commands.length > 0) {
    const command = commands.pop() as Command;
    const { indent: ind, mode, doc: current } = command;
    if (typeof current === "string") {
      out.push(current);
      position += stringWidth(current);
      continue;
    }
    if (isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) commands.push({ indent: ind, mode, doc: current[i] as Doc });
      continue;
    }
    switch (current.type) {
      case "indent":
        commands.push({ indent: deeper(ind, 2), mode, doc: current.contents });
        break;
      case "align":
        commands.push({ indent: deeper(ind, current.n), mode, doc: current.contents });
        break;
      case "group": {
        let next: Command;
        if (mode === Mode.Flat && !shouldRemeasure) {
          next = { indent: ind, mode: current.break ? Mode.Break : Mode.Flat, doc: current.contents };
        } else {
          shouldRemeasure = false;
          const remaining = width - position;
          const flat: Command = { indent: ind, mode: Mode.Flat, doc: current.contents };
          if (!current.break && fits(flat, commands, remaining, groupModes, false)) {
            next = flat;
          } else if (current.expandedStates === undefined) {
            next = { indent: ind, mode: Mode.Break, doc: current.contents };
          } else {
            const states = current.expandedStates;
            const last = states[states.length - 1] as Doc;
            next = { indent: ind, mode: Mode.Break, doc: last };
            if (!current.break) {
              for (let i = 1; i < states.length - 1; i++) {
                const state: Command = { indent: ind, mode: Mode.Flat, doc: states[i] as Doc };
                if (fits(state, commands, remaining, groupModes, false)) {
                  next = state;
                  break;
                }
              }
            }
          }
        }
        commands.push(next);
        if (current.id !== undefined) groupModes.set(current.id, next.mode);
        break;
      }
      case "fill":
        printFill(command, current, commands, width - position, groupModes);
        break;
      case "if-break":
      case "indent-if-break": {
        const groupMode = current.groupId ? groupModes.get(current.groupId) : mode;
        if (current.type === "if-break") {
          const contents = groupMode === Mode.Break ? current.breakContents : groupMode === Mode.Flat ? current.flatContents : "";
          commands.push({ indent: ind, mode, doc: contents });
        } else if (groupMode === Mode.Break) {
          commands.push({ indent: deeper(ind, 2), mode, doc: current.contents });
        } else if (groupMode === Mode.Flat) {
          commands.push({ indent: ind, mode, doc: current.contents });
        }
        break;
      }
      case "line":
        if (mode === Mode.Flat && !current.hard) {
          if (!current.soft) {
            out.push(" ");
            position += 1;
          }
          break;
        }
        if (mode === Mode.Flat) shouldRemeasure = true;
        trimTrailingWhitespace();
        out.push("\n" + ind.text);
        position = ind.width;
        break;
      case "break-parent":
        break;
    }
  }
  return out.join("");
}

/** One step of a fill: decides the break mode of its next content/separator pair. */
function printFill(
  command: Command,
  doc: FillDoc,
  commands: Command[],
  remaining: number,
  groupModes: Map<symbol, Mode>,
): void {
  const { indent: ind, mode } = command;
  const offset = command.fillOffset ?? 0;
  const length = doc.parts.length - offset;
  if (length === 0) return;
  const content = doc.parts[offset] as Doc;
  const contentFlat: Command = { indent: ind, mode: Mode.Flat, doc: content };
  const contentBreak: Command = { indent: ind, mode: Mode.Break, doc: content };
  const contentFits = fits(contentFlat, [], remaining, groupModes, true);
  if (length === 1) {
    commands.push(contentFits ? contentFlat : contentBreak);
    return;
  }
  const whitespace = doc.parts[offset + 1] as Doc;
  const whitespaceFlat: Command = { indent: ind, mode: Mode.Flat, doc: whitespace };
  const whitespaceBreak: Command = { indent: ind, mode: Mode.Break, doc: whitespace };
  if (length === 2) {
    if (contentFits) commands.push(whitespaceFlat, contentFlat);
    else commands.push(whitespaceBreak, contentBreak);
    return;
  }
  const second = doc.parts[offset + 2] as Doc;
  const remainingFill: Command = { indent: ind, mode, doc, fillOffset: offset + 2 };
  const pairFlat: Command = { indent: ind, mode: Mode.Flat, doc: [content, whitespace, second] };
  const pairFits = fits(pairFlat, [], remaining, groupModes, true);
  commands.push(remainingFill);
  if (pairFits) commands.push(whitespaceFlat, contentFlat);
  else if (contentFits) commands.push(whitespaceBreak, contentFlat);
  else commands.push(whitespaceBreak, contentBreak);
}
