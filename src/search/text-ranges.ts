/**
 * The first index of ascending `xs` (its first `n` values) whose value is at least `at` (`n`
 * when none).
 */
export function firstAtOrAfter(xs: ArrayLike<number>, at: number, n = xs.length): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ranges merged where they overlap or touch, in order of start. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  // The caller's own list: sorted in place, when it is not already (hits come in text order but
  // for a pair of names, which starts at the word before): a sort copies the list.
  if (!inOrder(ranges)) ranges.sort(byStartThenEnd);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push(r);
  }
  return out;
}

function byStartThenEnd(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

function inOrder(ranges: ReadonlyArray<[number, number]>): boolean {
  for (let i = 1; i < ranges.length; i++)
    if (byStartThenEnd(ranges[i - 1] as [number, number], ranges[i] as [number, number]) > 0)
      return false;
  return true;
}
