/**
 * Outlet inference for files without front matter. Evidence comes from the text's own credit
 * lines and datelines; the strongest kind wins, and within a kind the first one in the text:
 *   5  a wire dateline naming the agency: "BISHKEK, June 3 (Reuters) -", "(RFE/RL) --",
 *      "BISHKEK, April 15 (RIA Novosti)"
 *   4  a byline naming the outlet: "By Jane Doe, BBC News"
 *   3  a copyright holder or compilation credit: "Copyright 2010 The Associated Press",
 *      "compiled from RFE/RL, Reuters, and other agency reporting"
 *   1  a news site quoted by its domain: "told 24.kg", "reports AKIpress.kg"
 */

import { trimEndChars } from "../text/trim.js";
import { namesSite, sameOutlet } from "./outlet-names.js";

export interface OutletEvidence {
  outlet: string;
  strength: number;
}

export const STRENGTH = { dateline: 5, byline: 4, credit: 3, site: 1 } as const;

/** A dateline that opens the first paragraph, and what it tells. */
export interface LeadDateline {
  /** The paragraph without the dateline. */
  rest: string;
  place: string | null;
  outlet: string | null;
  date: string | null;
}

/** Characters at the head of a paragraph where a dateline is looked for (one is under 200). */
const LEAD_REACH = 300;
// redos-bounded: leadDateline reads the first LEAD_REACH characters of a paragraph
const LEAD =
  /^(?:([\p{Lu}][\p{L} .'\u2019-]{1,30}?)(?:,\s*([\p{L} .]{2,30}?))?(?:,\s*(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*)?(?:\(([^()]{2,40})\)\s*)?(?:--|[-\u2013\u2014])\s*(?=\S)/u;

/** Splits "BISHKEK, June 3 (Reuters) - Text" into the dateline and the text. */
export function leadDateline(paragraph: string): LeadDateline | null {
  // A dateline is short: reading a bounded head keeps LEAD's backtracking small on long paragraphs.
  const m = LEAD.exec(paragraph.slice(0, LEAD_REACH));
  if (!m) return null;
  const place = m[1]?.trim() ?? null;
  const agency = m[4]?.trim() ?? null;
  // Without an agency, only an all-capitals place is a dateline ("BISHKEK --"), not "Later -".
  const capsPlace = place !== null && place.length >= 3 && place === place.toUpperCase();
  if (!agency && !capsPlace) return null;
  if (place && !agency && m[2] && m[2] !== m[2].toUpperCase() && !m[3]) return null;
  return { rest: paragraph.slice(m[0].length), place, outlet: agency, date: m[3] ?? null };
}

// ASCII only and case-sensitive: it scans every article's whole text.
const SITE =
  /\b(?:told|reports?|reported|according to|cited by|quoted by)\s+([A-Za-z0-9][A-Za-z0-9-]*\.(?:kg|kz|ru|uz|tj|tm|az|ge|am|ua|by|com|net|org|info|news|co\.uk))\b/;

/** "told 24.kg" style mentions of a news site by domain. */
export function siteMention(text: string): string | null {
  return mayNameSite(text) ? (SITE.exec(text)?.[1] ?? null) : null;
}

/**
 * Whether `text` has a "." followed by a lower-case ASCII letter, as every domain SITE finds does.
 * Most texts have none (a sentence's period is followed by a space): the periods are found by
 * indexOf, far faster than the pattern tried at every position of the whole text.
 */
export function mayNameSite(text: string): boolean {
  for (
    let at = text.indexOf(".");
    at >= 0 && at + 1 < text.length;
    at = text.indexOf(".", at + 1)
  ) {
    const next = text.charCodeAt(at + 1);
    if (next >= 97 && next <= 122) return true;
  }
  return false;
}

/**
 * Whether a piece of evidence can name the outlet. Measured on pasted pages (docs/web-pages.md),
 * bylines and copyright lines alone are more often wrong than right (a parent company, a
 * contributor's title, a date), so they count only when another kind of evidence names the same
 * outlet, when the holder is a publisher whose masthead is known, or when the article's address
 * spells the name. A dateline opening the text and a news site quoted by its domain count alone.
 */
function trusted(e: OutletEvidence, all: readonly OutletEvidence[], host: string | null): boolean {
  if (e.strength === STRENGTH.dateline || e.strength === STRENGTH.site)
    return /\p{L}/u.test(e.outlet);
  const name = mastheadName(e.outlet);
  if (name !== tidy(e.outlet) || (host !== null && namesSite(name, host))) return true;
  return all.some((o) => o.strength !== e.strength && sameOutlet(mastheadName(o.outlet), name));
}

/** The best trusted outlet from the evidence, or null; `url` is the article's address, when known. */
export function pickOutlet(
  evidence: readonly OutletEvidence[],
  url: string | null = null,
): string | null {
  let host: string | null = null;
  try {
    host = url === null ? null : new URL(url).hostname;
  } catch {
    host = null;
  }
  let best: OutletEvidence | null = null;
  for (const e of evidence)
    if ((!best || e.strength > best.strength) && trusted(e, evidence, host)) best = e;
  if (!best) return null;
  const name = mastheadName(best.outlet);
  // A wire story carried by another publication credits the wire in its dateline and the carrier
  // in its copyright line: the page is the carrier's, whose name the evidence does not tell for
  // sure (often its parent company), so the add asks.
  const carrier = evidence.some(
    (e) => e.strength === STRENGTH.credit && !sameOutlet(mastheadName(e.outlet), name),
  );
  return carrier ? null : name;
}

/**
 * Outlets by the name on their masthead. Evidence may give a short form ("AP" in a dateline) or
 * the company that holds the copyright ("Guardian News & Media"); both map to what readers see,
 * so one outlet never shows under two names. Keys are lower case.
 */
const MASTHEAD: Record<string, string> = {
  ap: "The Associated Press",
  "associated press": "The Associated Press",
  "ap news": "The Associated Press",
  "guardian news & media": "The Guardian",
  "guardian news and media": "The Guardian",
  "guardian media group": "The Guardian",
  "thomson reuters": "Reuters",
  "agence france-presse": "AFP",
  "agence france presse": "AFP",
  "independent digital news & media": "The Independent",
  "independent digital news and media": "The Independent",
  "telegraph media group": "The Telegraph",
  "the new york times company": "The New York Times",
  "wp company": "The Washington Post",
  "british broadcasting corporation": "BBC News",
  bbc: "BBC News",
  "radio free europe/radio liberty": "RFE/RL",
};

function tidy(name: string): string {
  const spaced = name
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, "");
  return trimEndChars(spaced, ".,;:");
}

/** The outlet's masthead name: whitespace and trailing punctuation tidied, aliases mapped. */
export function mastheadName(name: string): string {
  const clean = tidy(name);
  const key = clean.toLowerCase().replace(/^the /, "");
  return MASTHEAD[key] ?? MASTHEAD[clean.toLowerCase()] ?? clean;
}
