/**
 * A unified diff of two texts (as `diff -u` prints it), for showing what an
 * import would change in a file it does not overwrite. Line-based LCS: spec
 * files are small (a few thousand lines at most), so the quadratic table is
 * cheap; beyond MAX_CELLS the middle is shown as replaced wholesale.
 */

const CONTEXT = 3;
const MAX_CELLS = 25_000_000;

type Edit = { op: " " | "-" | "+"; line: string };

/** The diff of `before` and `after`, or "" when they are equal. */
export function unifiedDiff(
  before: string,
  after: string,
  labels: { from: string; to: string },
): string {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const edits = diffLines(a, b);
  const hunks = toHunks(edits);
  return [`--- ${labels.from}`, `+++ ${labels.to}`, ...hunks].join("\n") + "\n";
}

function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  // Common prefix and suffix first: most edits touch a few lines of a large file.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head: Edit[] = a.slice(0, start).map((line) => ({ op: " ", line }));
  const tail: Edit[] = a.slice(endA).map((line) => ({ op: " ", line }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  return [...head, ...lcsEdits(midA, midB), ...tail];
}

function lcsEdits(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    return [
      ...a.map((line) => ({ op: "-" as const, line })),
      ...b.map((line) => ({ op: "+" as const, line })),
    ];
  }
  // len[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] =
        a[i] === b[j]
          ? len[(i + 1) * w + j + 1]! + 1
          : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!);
    }
  }
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: " ", line: a[i]! });
      i++;
      j++;
    } else if (len[(i + 1) * w + j]! >= len[i * w + j + 1]!) out.push({ op: "-", line: a[i++]! });
    else out.push({ op: "+", line: b[j++]! });
  }
  while (i < n) out.push({ op: "-", line: a[i++]! });
  while (j < m) out.push({ op: "+", line: b[j++]! });
  return out;
}

/** Groups edits into `@@ -l,s +l,s @@` hunks with CONTEXT lines around each change. */
function toHunks(edits: readonly Edit[]): string[] {
  const changed = edits.map((e, k) => (e.op === " " ? -1 : k)).filter((k) => k >= 0);
  const out: string[] = [];
  let k = 0;
  while (k < changed.length) {
    const first = changed[k]!;
    let last = first;
    while (k + 1 < changed.length && changed[k + 1]! - last <= 2 * CONTEXT + 1)
      last = changed[++k]!;
    k++;
    const from = Math.max(0, first - CONTEXT);
    const to = Math.min(edits.length, last + CONTEXT + 1);
    let lineA = 1;
    let lineB = 1;
    for (let x = 0; x < from; x++) {
      if (edits[x]!.op !== "+") lineA++;
      if (edits[x]!.op !== "-") lineB++;
    }
    const slice = edits.slice(from, to);
    const countA = slice.filter((e) => e.op !== "+").length;
    const countB = slice.filter((e) => e.op !== "-").length;
    out.push(
      `@@ -${countA ? lineA : lineA - 1},${countA} +${countB ? lineB : lineB - 1},${countB} @@`,
    );
    for (const e of slice) out.push(`${e.op}${e.line}`);
  }
  return out;
}
