import { isYear } from "../text/markers.js";
import type { SearchAnswer, SearchResult } from "./types.js";

const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const WORDS = `${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens|hundreds|thousands`;
const HEDGE =
  "more than|over|at least|about|around|nearly|almost|some|up to|fewer than|less than|roughly|approximately|as many as";
/** A figure with its hedge: "84", "more than 80", "Twenty-nine", "at least 1,500", "two million". */
const FIGURE = new RegExp(
  `\\b(?:(?:${HEDGE})\\s+)?(?:\\d+(?:[.,]\\d+)*|(?:${WORDS})(?:-(?:${UNITS}))?)\\b(?:\\s+(?:hundred|thousand|million|billion))?`,
  "gi",
);

/** How close to a matched word a figure must stand to be the one asked about, characters. */
const NEAR_CHARS = 40;

/**
 * The figure a quote gives for what was asked: the first figure standing near a matched word,
 * with its hedge ("more than 80", "over 80", "84"); null when there is none.
 */
export function figureIn(
  quote: string,
  highlights: ReadonlyArray<[number, number]>,
): string | null {
  for (const m of quote.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isTimeOrDate(quote, m[0], start, end) || notACount(quote, m[0], start, end)) continue;
    const near = highlights.some(
      ([hs, he]) =>
        (hs >= end ? hs - end : start - he) <= NEAR_CHARS && !(hs >= start && he <= end),
    );
    if (near) return m[0];
  }
  return null;
}

const TIME_AFTER =
  /^\s*(?:GMT|UTC|a\.?m\.?|p\.?m\.?|hours|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
const MONTH_BEFORE =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$/i;

/** A clock time ("1500 GMT"), a date ("April 7") or a year ("in 2005"): not a count. */
function isTimeOrDate(quote: string, figure: string, start: number, end: number): boolean {
  const digits = /\d+(?:[.,]\d+)*/.exec(figure)?.[0];
  if (digits === undefined) return false;
  if (
    TIME_AFTER.test(quote.slice(end)) ||
    MONTH_BEFORE.test(quote.slice(Math.max(0, start - 12), start))
  )
    return true;
  return (
    isYear(digits) &&
    /\b(in|since|until|by|of)\s+$/i.test(quote.slice(Math.max(0, start - 7), start))
  );
}

/** A span of time that dates an event rather than counting: "Four years after …", "two days ago". */
const DATING_SPAN =
  /^\s+(?:years?|months?|weeks?|days?|hours?|decades?)\s+(?:after|ago|later|earlier|before)\b/i;

/**
 * A figure that is no count: joined by a hyphen to the word before it, it names a thing
 * ("Covid-19", "F-16"); alone between commas after a name, it is an age ("Holmes, 38, and"); before
 * "years after", it dates.
 */
function notACount(quote: string, figure: string, start: number, end: number): boolean {
  const before = quote.slice(Math.max(0, start - 2), start);
  if (/\p{L}-$/u.test(before)) return true;
  if (DATING_SPAN.test(quote.slice(end, end + 40))) return true;
  if (!/^\d+$/.test(figure) || quote.charAt(end) !== "," || before !== ", ") return false;
  const name =
    quote
      .slice(Math.max(0, start - 40), start - 2)
      .split(/\s/)
      .pop() ?? "";
  return /^\p{Lu}/u.test(name);
}

/** Each outlet's figure, when at least two outlets give one and they are not all the same. */
export function outletFigures(results: readonly SearchResult[]): SearchAnswer["figures"] {
  const byOutlet = new Map<string, { outlet: string; figure: string; article: string }>();
  for (const r of results) {
    if (byOutlet.has(r.outlet)) continue;
    const figure = figureIn(r.quote, r.highlights);
    if (figure) byOutlet.set(r.outlet, { outlet: r.outlet, figure, article: r.article });
  }
  const list = [...byOutlet.values()];
  const distinct = new Set(list.map((f) => f.figure.toLowerCase()));
  return list.length >= 2 && distinct.size >= 2 ? list : [];
}
