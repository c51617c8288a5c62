/** The break propagation pass of the doc printer (prettier's propagateBreaks), before layout. */
import { isArray, type Doc, type GroupDoc } from "./doc.js";

/**
 * Marks every group that contains a hard break (a `breakParent`, or a broken group) as broken,
 * stopping at conditional groups as prettier does. Iterative: deep docs cannot overflow the stack.
 */
export function propagateBreaks(doc: Doc): void {
  const seen = new Set<GroupDoc>();
  const groups: GroupDoc[] = [];
  // Two parallel stacks (doc, and whether it is a group's exit): no object per visited node.
  const stack: Doc[] = [doc];
  const exits: boolean[] = [false];
  const push = (d: Doc, exit: boolean): void => {
    stack.push(d);
    exits.push(exit);
  };
  const breakTop = (): void => {
    const parent = groups[groups.length - 1];
    if (parent !== undefined && parent.expandedStates === undefined) parent.break = true;
  };
  while (stack.length > 0) {
    const current = stack.pop() as Doc;
    const exit = exits.pop() as boolean;
    if (typeof current === "string") continue;
    if (isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) push(current[i] as Doc, false);
      continue;
    }
    if (current.type === "break-parent") {
      breakTop();
      continue;
    }
    if (current.type === "group") {
      if (exit) {
        groups.pop();
        if (current.break) breakTop();
        continue;
      }
      groups.push(current);
      push(current, true);
      if (seen.has(current)) continue;
      seen.add(current);
      const states = current.expandedStates ?? [current.contents];
      for (let i = states.length - 1; i >= 0; i--) push(states[i] as Doc, false);
      continue;
    }
    const inner =
      current.type === "if-break"
        ? [current.breakContents, current.flatContents]
        : current.type === "fill"
          ? current.parts
          : "contents" in current
            ? [current.contents]
            : [];
    for (let i = inner.length - 1; i >= 0; i--) push(inner[i] as Doc, false);
  }
}
