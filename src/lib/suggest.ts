/**
 * "Did you mean …?" for an unknown glossary id, reference key or cross-reference id.
 *
 * A plain Levenshtein distance rather than a dependency: the candidate lists are a few hundred
 * short ids, so the quadratic algorithm costs microseconds, and fifteen lines are easier to audit
 * than a package and its updates.
 */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo: at most a third of
 * the value's length away (and at least 2 edits allowed), or one that contains or is contained in it.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = levenshtein(v, c.toLowerCase());
    const score = d === 0 ? 0 : c.includes(value) || value.includes(c) ? Math.min(d, 1.5) : d;
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** ' (did you mean "x"?)' or ''. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const c = closest(value, candidates);
  return c === undefined ? '' : ` (did you mean "${c}"?)`;
}
