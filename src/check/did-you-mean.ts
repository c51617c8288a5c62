/** "did you mean …?" for a name that is not found: the closest candidate by edit distance. */

/** The candidate closest to `word`, if it is a plausible typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** A hint naming the closest candidate, else listing them (or saying there are none). */
export function suggest(word: string, candidates: readonly string[], what: string, none: string): string {
  const guess = closest(word, candidates);
  if (guess) return `did you mean '${guess}'?`;
  if (candidates.length === 0) return none;
  const listed = candidates.length > 12 ? `${candidates.slice(0, 12).join(", ")}, …` : candidates.join(", ");
  return `${what}: ${listed}`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
