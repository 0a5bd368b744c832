/**
 * Page chrome: the lines a web page wraps around an article (menus, share buttons, video players,
 * captions, sign-up forms, bylines, timestamps, counters, copyright and credit lines). Each line is
 * classified on its own by general patterns; what a metadata line tells is returned with it.
 */
import { wordCount } from "../text/count.js";

import { isCalendarDate } from "../text/dates.js";

/** What a metadata line tells about the article. */
export interface LineMeta {
  byline?: string;
  published?: string;
  place?: string;
  credit?: string;
  /** An outlet named by the line itself (dateline agency, byline outlet, copyright holder). */
  outlet?: string;
}

export type LineKind =
  | { kind: "text" }
  | { kind: "chrome"; reason: string }
  /** A header that introduces a list of links ("More on this story", "Related Topics"). */
  | { kind: "links"; reason: string }
  | { kind: "meta"; reason: string; meta: LineMeta };

/** Words that make up navigation, share and player controls; a short line of only these is chrome. */
const CONTROL_WORDS = new Set(
  (
    "accessibility links skip to main content navigation menu search home share save saved this " +
    "article story page on facebook twitter x whatsapp telegram linkedin email e-mail print copy " +
    "link copied comment comments close open breaking news live advertisement advert ad sponsored " +
    "promoted listen audio read more continue reading show load back top stories most popular read " +
    "watched trending follow us log in sign up register subscribe subscribed newsletter newsletters " +
    "next previous image images video videos gallery photo photos topics tags related reuse content " +
    "jump expand collapse play pause mute unmute fullscreen full screen embed download min mins " +
    "minute minutes reading time the a and or of for our your all see view lead section sections " +
    "rss feed help preferences manage settings privacy accept reject"
  ).split(" "),
);

const MONTHS =
  "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
const MONTH_RE = new RegExp(`^(?:${MONTHS})\\.?,?$`, "i");
const MONTH_NUMBER: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** Words allowed in a timestamp line besides dates and times. */
const TIMESTAMP_WORDS = new Set(
  (
    "published updated last modified posted date time on at ago hour hours minute minutes min mins " +
    "day days week weeks second seconds am pm a.m. p.m. gmt utc bst cet cest est edt et pst pdt msk " +
    "almt kgt local monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat " +
    "sun today yesterday first"
  ).split(" "),
);

/** Lines that are always chrome, whatever their length (anchored, so body text rarely matches). */
/** How far after "cookies" a word of a cookie notice is looked for. */
const COOKIE_REACH = 80;
const COOKIE = /\bcookies?\b/gi;
const COOKIE_WORD =
  /\b(?:accept|consent|settings|preferences|policy|use|uses|improve|experience|manage)\b/i;

/**
 * "cookies" with a word of a cookie notice starting within COOKIE_REACH characters after it. One
 * pattern with `.{0,80}` between the two backtracks cubically (see npm run lint:regex).
 */
function cookieNotice(line: string): boolean {
  for (const m of line.matchAll(COOKIE)) {
    const from = m.index + m[0].length;
    // One character past the longest word, so the word boundary after it is seen.
    const word = COOKIE_WORD.exec(line.slice(from, from + COOKIE_REACH + 12));
    if (word && word.index <= COOKIE_REACH) return true;
  }
  return false;
}

const PHOTO_LABEL = /\b(?:photograph|photo|picture|image|illustration|composite|credit)s?\s*:/gi;
/** Characters after a photo label that a caption ending the line may have. */
const PHOTO_CREDIT_MAX = 121;

/** "… Photograph: A/Getty Images" at the end of a line, with no period after the label. */
function photoCredit(line: string): boolean {
  const tail = line.slice(line.lastIndexOf(".") + 1);
  for (const m of tail.matchAll(PHOTO_LABEL)) {
    const rest = tail.slice(m.index + m[0].length);
    if (rest.length > 0 && rest.trimStart().length <= PHOTO_CREDIT_MAX) return true;
  }
  return false;
}

// redos-bounded: classifyLine reads lines of at most 400 characters
const CHROME_PATTERNS: Array<[string, Pick<RegExp, "test">]> = [
  [
    "video player",
    /^(?:please wait|loading(?: video)?\.{0,3}|no media source currently available)$/i,
  ],
  ["video player", /^(?:direct link|embed|share|download(?: video| audio)?|play(?: video)?)$/i],
  [
    "video player",
    /\b(?:media playback is (?:unsupported|not supported)|your browser (?:does not|doesn't) support|this video (?:can ?not|cannot) be played)\b/i,
  ],
  [
    "timecode",
    /^(?:(?:video )?duration:?\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[/|]\s*)?\d{1,2}:\d{2}(?::\d{2})?)*$/i,
  ],
  ["caption", /^(?:watch|video|photos?|pictures?|gallery|listen|audio|in pictures)\s*:/i],
  [
    "caption",
    /^\(?(?:media caption|image caption|image source|video caption|caption|photo credit|image credit|source)\s*[,:]/i,
  ],
  ["caption", { test: photoCredit }],
  [
    "caption",
    /\((?:[^()]{0,40}\s)?(?:video|photo|photograph|picture|image|file photo|graphic)(?:\s*\/[^()]{0,60})?\)\s*$/i,
  ],
  [
    "caption",
    /^(?:getty images|afp via getty images|reuters|epa|ap|afp|shutterstock|pa media|alamy)(?:\/[\w .-]+)*$/i,
  ],
  [
    "caption",
    /\/(?:getty images|afp|reuters|ap|epa(?:-efe)?|shutterstock|pa|alamy|tass|sputnik|ria novosti)\s*\)?$/i,
  ],
  // Photo galleries: "Item 1 of 3 …", "[1/3] …", licensing links, and credits at the end of a caption
  // ("… REUTERS/Jane Doe", "… (Interior Ministry via AP)").
  [
    "caption",
    /^(?:(?:item|image|photo|picture) \d{1,3} of \d{1,3}|\[\d{1,3}\s*\/\s*\d{1,3}\])(?:\s|$)/i,
  ],
  [
    "caption",
    /\b(?:purchase licensing rights|opens new tab|opens in (?:a )?new (?:tab|window))\b/i,
  ],
  [
    "caption",
    /\b(?:REUTERS|AFP|EPA(?:-EFE)?|AP|TASS|SPUTNIK|ANADOLU|XINHUA)\/\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s*$/u,
  ],
  ["caption", /\([^()]{0,80}\bvia (?:AP|AFP|Reuters|Getty Images|EPA)\)\s*$/],
  // Credits closing a caption: "(Photo by A/Getty Images)", "© Reuters / A", "A / AP file", "(AP)".
  ["caption", /\(photo(?:graph)? by [^()]{2,80}\)\s*$/i],
  ["caption", /\s©\s*\p{Lu}[\p{L}&.' -]{1,40}(?:\s\/\s*\p{Lu}[\p{L}.' -]{1,40})?$/u],
  ["caption", /\s\/\s*(?:AP|AFP|Reuters|Getty Images|EPA)(?: file| photo)?$/],
  ["caption", /\s\((?:AP|AFP|Reuters|Getty Images|EPA)(?: photo)?\)$/],
  [
    "newsletter",
    /\b(?:sign up|subscribe|signup)\b.{0,60}\b(?:newsletters?|inbox|updates|alerts|briefing|digest)\b/i,
  ],
  ["newsletter", /^join our (?:\S+ )?(?:newsletters?|mailing list)\b/i],
  ["newsletter", /\bnewsletters?\b.{0,60}\b(?:sign up|subscribe)(?: here| now| today)?\.?$/i],
  // Calls to follow the site elsewhere: "Subscribe to X on YouTube", "Follow me on Twitter".
  [
    "newsletter",
    /^(?:subscribe|follow|join|get)\b.{0,60}\b(?:youtube|twitter|facebook|instagram|linkedin|channel|alerts)\b/i,
  ],
  ["share", /^like this (?:story|article|post)\?/i],
  [
    "newsletter",
    /\b(?:unsubscribe at any time|mailing lists?|privacy (?:policy|notice)|terms (?:of (?:use|service)|and conditions))\b/i,
  ],
  ["newsletter", /\b(?:get|receive) (?:the (?:best|latest)|our) .{0,40}\b(?:inbox|email)\b/i],
  ["cookies", { test: cookieNotice }],
  ["cookies", /\b(?:accept|reject|manage) (?:all )?cookies\b/i],
  ["cookies", /\b(?:we|our partners|this site|this website) (?:\w+ ){0,2}use cookies\b/i],
  [
    "advert",
    /^(?:advertisement|advert|sponsored(?: content)?|promoted(?: content)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?|article continues below(?: this ad)?)(?:\s*[-:|].{0,40})?$/i,
  ],
  [
    "share",
    /^(?:share|tweet|email|print|save)(?: this| the)?(?: article| story| page)?(?: on| via| to)?(?: facebook| twitter| x| whatsapp| telegram| linkedin| email| messenger| reddit)*$/i,
  ],
  [
    "read also",
    /^(?:read also|also read|read more|see also|related|related articles?|related stories|recommended|more|you may also like|you might also like|further reading)\s*:.{0,200}$/i,
  ],
  ["copyright", /^(?:©|\(c\)\s|copyright\b)/i],
  ["copyright", /\ball rights reserved\.?$/i],
  ["copyright", /\bmay not be (?:published|reproduced|redistributed),? (?:broadcast|or)\b/i],
  [
    "copyright",
    /^this (?:document|article|content) is subject to copyright\b|\bno part (?:of it )?may be reproduced\b/i,
  ],
  [
    "counter",
    /^(?:\u{1F441}\uFE0F?|views?|reads?|просмотр\w*)\s*(?::\s*)?[\d,.][\d\s,.]*[kKmM]?$/iu,
  ],
  ["counter", /^[\d\s,.]+[kKmM]?\s+(?:views?|reads?|comments?|shares?)$/i],
  ["tags", /^(?:tags|topics|keywords|filed under|categories|subjects)\s*:/i],
  [
    "boilerplate",
    /^(?:our standards:|the thomson reuters trust principles|sign up here\.?$|click here to)/i,
  ],
  ["url", /^(?:https?:\/\/|www\.)\S+$/i],
  ["markdown", /^!\[[^\]]*\]\([^)]*\)$/],
  ["markdown", /^(?:[-*+]\s+)?\[[^\]]+\]\([^)]*\)$/],
];

/** Headers after which a list of links follows. */
// redos-bounded: classifyLine reads lines of at most 400 characters
const LINK_LIST_HEADER =
  /^(?:more on this story|related topics|related content|related internet links|related coverage|related news|related articles|related stories|don['\u2019]t miss|recommended(?: for you)?|you may also like|you might also like|read more|more stories|top stories|most read|most popular|more from .{1,40}|around the bbc|elsewhere on .{1,40}|trending|latest news|you may also be interested in|more on this topic|in other news|read next|up next|what to read next|explore more on these topics|most viewed)\s*:?$/i;

const BYLINE =
  /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Aa]uthor:|[Rr]eporter:|[Bb]y:)\s+([\p{Lu}][\p{L}'\u2019.-]*(?:\s+(?:[\p{Lu}][\p{L}'\u2019.-]*|de|da|van|von|der|al|bin|el|and|&)){0,7}?)(?:\s*(?:,|\||\s-\s|\s\u2013\s|\s\u2014\s|\sin\s)\s*(.{0,80}))?$/u;

/** Parenthesised agency in a dateline: "BISHKEK, April 15 (RIA Novosti)". */
// redos-bounded: classifyLine reads lines of at most 400 characters
const DATELINE_LINE =
  /^([\p{Lu}][\p{Lu} .'\u2019-]{1,30}[\p{Lu}])(?:,\s*[\p{L} .]{2,30}?)?(?:,\s*(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*\(([^()]{2,40})\)\s*\.?$/u;

const CREDIT =
  /^\(?(?:(?:additional |with )?reporting by|writing by|editing by|compiled (?:by|from)|(?:with )?(?:additional )?reporting from|translated by|research by|edited by|produced by|graphics? by)\b.{0,240}$/i;
const CONTRIBUTED = /\bcontributed (?:reporting )?to this (?:report|story|article)\.?\)?$/i;

function words(line: string): string[] {
  // redos-bounded: classifyLine reads lines of at most 400 characters
  return line
    .toLowerCase()
    .split(/[\s|•·/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ""))
    .filter((w) => w !== "");
}

/** An ISO date from a timestamp-like line, when day, month and year are all given. */
export function isoDate(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(text);
  if (iso) return isCalendarDate(iso[0]) ? iso[0].replace(" ", "T") : undefined;
  const dmy = new RegExp(
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})\\.?,?\\s+(\\d{4})\\b`,
    "i",
  ).exec(text);
  const mdy = new RegExp(
    `\\b(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
    "i",
  ).exec(text);
  const num = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text);
  let y: string | undefined;
  let m: number | undefined;
  let d: string | undefined;
  if (dmy) [y, m, d] = [dmy[3], monthNumber(dmy[2]), dmy[1]];
  else if (mdy) [y, m, d] = [mdy[3], monthNumber(mdy[1]), mdy[2]];
  else if (num) [y, m, d] = [num[3], Number(num[2]), num[1]];
  if (!y || !m || !d) return undefined;
  const date = `${y}-${String(m).padStart(2, "0")}-${d.padStart(2, "0")}`;
  return isCalendarDate(date) ? date : undefined;
}

function monthNumber(name: string | undefined): number | undefined {
  return name ? MONTH_NUMBER[name.slice(0, 3).toLowerCase()] : undefined;
}

/** A line made only of dates, times and words like "Published", "Updated", "ago". */
function isTimestamp(line: string): boolean {
  const ws = words(line);
  if (ws.length === 0 || ws.length > 14) return false;
  let dated = false;
  for (const raw of ws) {
    const w = raw.replace(/^(gmt|utc)[+-]\d{1,2}(?::?\d{2})?$/, "$1");
    if (/^\d/.test(w)) {
      if (!/^\d{1,4}(?:[:./-]\d{1,4}){0,3}(?:st|nd|rd|th|h|am|pm|z)?$/.test(w)) return false;
      dated = true;
    } else if (MONTH_RE.test(w)) dated = true;
    else if (!TIMESTAMP_WORDS.has(w)) return false;
  }
  return dated || ws.includes("ago") || ws.includes("today") || ws.includes("yesterday");
}

function isControlLine(line: string): boolean {
  const ws = words(line);
  return ws.length > 0 && ws.length <= 6 && ws.every((w) => CONTROL_WORDS.has(w));
}

/** A line of metadata fields separated by "|" or "•" ("14:30, 3 June 2010 | Views: 1 523"). */
function segmentedMeta(line: string): LineKind | null {
  const segments = line.split(/\s+[|•·]\s+|\s{3,}/).filter((s) => s.trim() !== "");
  if (segments.length < 2) return null;
  const meta: LineMeta = {};
  for (const segment of segments) {
    const kind = classifySingle(segment.trim());
    if (kind.kind === "text" || kind.kind === "links") return null;
    if (kind.kind === "meta") Object.assign(meta, { ...kind.meta, ...meta });
  }
  return { kind: "meta", reason: "metadata", meta };
}

/**
 * What every CHROME_PATTERNS line contains (lower case); a line without any of these is not
 * checked against them. Ingestion speed: most lines are article text. The words are grouped by
 * their first letter, which the regex engine then tries once per position rather than once per word.
 */
const CHROME_HINT =
  /p(?:hoto|icture|layer|lay|rivacy|romot|rint|rinciples|a media)|i(?:mage|llustration|nbox|nstagram)|c(?:omposite|redit|aption|ookie|ontinue|opyright|lick|ategor|hannel)|g(?:etty|allery)|v(?:ideo|iew|ia )|m(?:edia|ailing|ore|ay not be)|browser|w(?:ait|atch|ww\.)|l(?:oading|isten|ike|icensing|inkedin)|d(?:irect link|ownload|uration)|e(?:mbed|mail|pa)|\d:\d\d|a(?:udio|dvert|fp|lamy|nadolu|lerts)|s(?:ource|ign ?up|ubscri|ponsor|croll|hare|ave|ubjects|tandards|hutterstock|putnik)|new(?:sletter| tab)|t(?:erms|weet|ags|opics|ass|witter)|r(?:ead|elated|ecommend|ights reserved|euters)|f(?:urther|iled|acebook|ollow)|©|\((?:c|ap)\)|просмотр|\uD83D\uDC41|http|\]\(|keywords|xinhua|youtube|join|^ap\b|\bap\/|^item \d|^\[\d|\/ ?ap\b/;

/** Lines with more words than this show chrome at their start or end ("Photograph: X/Getty"). */
const SHORT_LINE_WORDS = 25;

function classifySingle(line: string, n = wordCount(line)): LineKind {
  const probe = n > SHORT_LINE_WORDS ? `${line.slice(0, 80)} ${line.slice(-100)}` : line;
  const hinted = CHROME_HINT.test(probe.toLowerCase());
  if (hinted) {
    const chrome = chromePattern(line);
    if (chrome) return chrome;
  }
  if (n > SHORT_LINE_WORDS) return hinted ? credit(line) : { kind: "text" };
  return classifyShort(line, n);
}

function credit(line: string): LineKind {
  if (!(CREDIT.test(line) || CONTRIBUTED.test(line))) return { kind: "text" };
  const compiled = /^compiled from\s+([^,;]+?)(?:,|;| and\b|$)/i.exec(line)?.[1]?.trim();
  return {
    kind: "meta",
    reason: "credit",
    meta: compiled ? { credit: line, outlet: compiled } : { credit: line },
  };
}

function chromePattern(line: string): LineKind | null {
  for (const [reason, pattern] of CHROME_PATTERNS) {
    if (pattern.test(line)) {
      if (reason === "copyright") {
        // redos-bounded: classifyLine reads lines of at most 400 characters
        const holder =
          /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?([^.,]{2,60}?)(?:\.|,|\s+all rights|\s+or its\b|$)/i
            .exec(line)?.[1]
            ?.replace(/\s+(?:limited|ltd|inc|llc|plc|gmbh|corporation|corp|company|co)$/i, "")
            .trim();
        return {
          kind: "meta",
          reason,
          meta: holder ? { credit: line, outlet: holder } : { credit: line },
        };
      }
      return { kind: "chrome", reason };
    }
  }
  return null;
}

function classifyShort(line: string, n: number): LineKind {
  if (n <= 8 && LINK_LIST_HEADER.test(line)) return { kind: "links", reason: "link list" };
  if (n <= 14 && isTimestamp(line)) {
    const published = isoDate(line);
    return { kind: "meta", reason: "timestamp", meta: published ? { published } : {} };
  }
  if (n <= 6 && isControlLine(line)) return { kind: "chrome", reason: "controls" };
  const byline = n <= 20 ? BYLINE.exec(line) : null;
  const bylineRest = byline?.[2]?.trim() ?? "";
  if (byline?.[1] && bylineRest.split(/\s+/).length <= 8 && !/[.!?]$/.test(bylineRest)) {
    const meta: LineMeta = { byline: line };
    // "By Jane Doe, BBC News" names the outlet; "By Jane Doe, Central Asia correspondent" does not.
    // redos-bounded: classifyLine reads lines of at most 400 characters
    const outlet = bylineRest.split(/\s*,\s*/)[0];
    if (
      outlet &&
      /^\p{Lu}/u.test(outlet) &&
      !/\b(?:correspondent|reporter|editor|writer|staff|in)\b/i.test(outlet)
    ) {
      meta.outlet = outlet;
      // redos-bounded: classifyLine reads lines of at most 400 characters
      const place = bylineRest.split(/\s*,\s*/)[1];
      if (place && /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$/u.test(place)) meta.place = place;
    }
    return { kind: "meta", reason: "byline", meta };
  }
  const dateline = line.endsWith(")") || line.endsWith(").") ? DATELINE_LINE.exec(line) : null;
  if (dateline) {
    const meta: LineMeta = {
      place: titleCase(dateline[1] ?? ""),
      outlet: dateline[3]?.trim() ?? "",
    };
    return { kind: "meta", reason: "dateline", meta };
  }
  return credit(line);
}

const NAME_IN_PLACE =
  /^(\p{Lu}[\p{L}'\u2019-]+(?: \p{Lu}[\p{L}'\u2019-]+){1,3}) in (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)$/u;

/** "Farid Aliyev in Dushanbe": a byline with a place, as written above an article's first paragraph. */
export function placedByline(line: string): LineMeta | null {
  const m = NAME_IN_PLACE.exec(line);
  return m?.[2] ? { byline: line, place: m[2] } : null;
}

/** Classifies one trimmed, non-empty line; `words` is its word count when the caller has it. */
export function classifyLine(line: string, words?: number): LineKind {
  if (line.length > 400) return { kind: "text" };
  const single = classifySingle(line, words);
  if (single.kind !== "text" || !/ [|•·] | {3}/.test(line)) return single;
  return segmentedMeta(line) ?? single;
}

/** "BISHKEK" -> "Bishkek", "NEW YORK" -> "New York". */
export function titleCase(place: string): string {
  return place
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
