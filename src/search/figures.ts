const FIGURE =
  /\b(?:(?:more than|over|at least|about|around|nearly|almost|some|up to|fewer than|less than|roughly|approximately|as many as)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\b(?:\s+(?:hundred|thousand|million|billion))?/gi;

/** How close to a matched word a figure must stand to be the one asked about, characters. */
const NEAR_CHARS = 40;

/**
 * The figure a quote gives for what was asked: the first figure standing near a matched word,
 * with its hedge ("more than 80", "over 80", "84"); null when there is none.
 */
export function figureIn(quote: string, highlights: ReadonlyArray<[number, number]>): string | null {
  for (const m of quote.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^\d{1,2}$/.test(m[0]) && /^\s*(?:GMT|am|pm|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(quote.slice(end))) continue;
    const near = highlights.some(([hs, he]) => (hs >= end ? hs - end : start - he) <= NEAR_CHARS && !(hs >= start && he <= end));
    if (near) return m[0];
  }
  return null;
}
