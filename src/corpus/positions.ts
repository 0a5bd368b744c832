/**
 * Places in an article (paragraph, offset) and the look-up of the latest event before one in a
 * list kept in text order: pronouns and mentions look back from where they stand.
 */

/** A place in the article: paragraph index and character offset. */
export interface Position {
  para: number;
  pos: number;
}

/** Whether `a` comes before `b` in the article. */
export function before(a: Position, b: Position): boolean {
  return a.para < b.para || (a.para === b.para && a.pos < b.pos);
}

/** Index of the first event at or after `at` in a list sorted by position. */
export function indexAfter(events: readonly Position[], at: Position): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(events[mid] as Position, at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
