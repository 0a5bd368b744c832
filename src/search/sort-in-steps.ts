/** Merged at a time before the merge sort pauses to ask `due()`. */
const SORT_RUN = 512;

/**
 * `items` in the order Array.prototype.sort gives them (stable), by a merge sort that pauses
 * (yields) whenever `due()` says so: sorting every speaker at once held the event loop for tens
 * of milliseconds at 20,000 articles.
 */
export function* sortInSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  due: () => boolean,
): Generator<void, T[]> {
  const n = items.length;
  let from: T[] = [];
  for (let lo = 0; lo < n; lo += SORT_RUN) {
    for (const item of items.slice(lo, lo + SORT_RUN).sort(compare)) from.push(item);
    if (due()) yield;
  }
  let to = new Array<T>(n);
  for (let width = SORT_RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // The left one on a tie, as a stable sort keeps them.
      while (i < mid && j < hi) {
        to[k++] = compare(from[j] as T, from[i] as T) < 0 ? (from[j++] as T) : (from[i++] as T);
        if (k % SORT_RUN === 0 && due()) yield;
      }
      while (i < mid) to[k++] = from[i++] as T;
      while (j < hi) to[k++] = from[j++] as T;
    }
    [from, to] = [to, from];
  }
  return from;
}
