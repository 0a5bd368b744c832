import { lineCounts } from "../text/count.js";
import { trimEndChars } from "../text/trim.js";
import { spanRange, withoutAuthorNote } from "./article-span.js";
import { comparable } from "./comparable-text.js";
import { stripMarkdownLinks } from "./markdown-links.js";
import { leadDateline, mayNameSite, type OutletEvidence, STRENGTH, siteMention } from "./outlet.js";
import { classifyLine, isoDate, type LineMeta, placedByline, titleCase } from "./page-lines.js";
import { dedupe } from "./repeated-paragraphs.js";
import type { Subhead } from "./types.js";

/** The body of an article, laid out: headline and subheads apart, chrome removed. */
export interface BodyLayout {
  title: string | null;
  subheads: Subhead[];
  paragraphs: string[];
  byline: string | null;
  place: string | null;
  credit: string | null;
  published: string | null;
  outlets: OutletEvidence[];
  warnings: string[];
}

interface Line {
  text: string;
  /** Lines separated by no blank line share a block. */
  block: number;
  heading: number;
  /** Words in `text`, counted once: every rule below reads it. */
  words: number;
  /** Words as the span scores count them (`wordCount` with `notRegexSpace`), counted in the same pass. */
  spaced: number;
  /** Position among the page's lines, so dropped lines can be placed between kept ones. */
  order: number;
  /** A lead-in or an item of the list it introduces: neither counts for nor against the span. */
  listed?: boolean;
  /** A section heading: kept with the article when inside its span, apart from the paragraphs. */
  subhead?: boolean;
}

/** A paragraph or a subhead, in the article's order. */
interface Piece {
  text: string;
  subhead?: boolean;
}

/** Closing quotes and brackets, which may follow a line's last mark. */
const CLOSERS = "\"'\u201d\u2019)]";

/**
 * Whether `text` ends with one of `marks` followed only by CLOSERS: `/[marks][closers]*$/`, read
 * from the end (the regex engine tries it at every position of the line).
 */
function endsWithMark(text: string, marks: string): boolean {
  let at = text.length - 1;
  while (at >= 0 && CLOSERS.includes(text.charAt(at))) at--;
  return at >= 0 && marks.includes(text.charAt(at));
}

/** Ends like a sentence or a lead-in: ".", "!", "?", "…", ":", ";" plus closing quotes. */
const TERMINAL = ".!?\u2026:;";

/** A full sentence or a long line: what article text looks like. */
function isBodyLike(line: Line): boolean {
  return (endsWithMark(line.text, TERMINAL) && line.words >= 6) || line.words > 14;
}

/** Capitalised Like A Title: most words of four letters or more start with a capital. */
function isTitleCase(text: string): boolean {
  const ws = text.split(/\s+/).slice(1);
  const long = ws.filter((w) => /\p{L}{4,}/u.test(w));
  if (long.length === 0) return /^\P{Ll}*\p{Lu}/u.test(text);
  const capital = long.filter((w) => /^["'\u2018\u201c(]?\p{Lu}/u.test(w)).length;
  return capital / long.length >= 0.6;
}

/** A short line without final punctuation: a headline, subhead or leftover control. */
function isFragment(line: Line): boolean {
  return !endsWithMark(line.text, ".,;:") && line.words <= 15;
}

/** A Markdown heading's level and text ("## Title ##" -> 2, "Title"), or null. */
function markdownHeading(line: string): { level: number; text: string } | null {
  if (!line.startsWith("#")) return null;
  const open = /^#{1,6}\s/.exec(line);
  if (!open) return null;
  // Closing hashes, then the spaces before them, by scans from the end: see trim.ts.
  const text = trimEndChars(line.slice(open[0].length), "#").trim();
  return { level: open[0].length - 1, text };
}

/** Strips Markdown syntax that carries no text: emphasis, links, block quotes, list bullets. */
function plainMarkdown(line: string): { text: string; heading: number } {
  const heading = markdownHeading(line);
  const quoted = heading ? heading.text : line;
  // Each pattern is run only on lines with what it looks for: most lines have none of it.
  const linked = stripMarkdownLinks(quoted.startsWith(">") ? quoted.replace(/^>\s?/, "") : quoted);
  const text = (
    linked.includes("**") || linked.includes("__")
      ? linked.replace(/(\*\*|__)(?=\S)(.+?)\1/g, "$2")
      : linked
  ).trim();
  return { text, heading: heading?.level ?? 0 };
}

function toLines(body: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  for (const raw of body.replace(/[\u200b\ufeff]/g, "").split("\n")) {
    const trimmed = raw.trim();
    if (trimmed === "") {
      block++;
      continue;
    }
    const isMarkdownLink =
      trimmed.endsWith(")") && /^(?:[-*+]\s+)?!?\[[^\]]*\]\([^)]*\)$/.test(trimmed);
    const { text, heading } = isMarkdownLink
      ? { text: trimmed, heading: 0 }
      : plainMarkdown(trimmed);
    // Most lines have no run of white space to collapse: the pass that counts the words tells.
    const counts = lineCounts(text);
    const single = counts.collapse ? text.replace(/\s+/g, " ") : text;
    const { words, spaced } = counts.collapse ? lineCounts(single) : counts;
    if (text !== "")
      lines.push({ text: single, block, heading, words, spaced, order: lines.length });
  }
  return lines;
}

class Collector {
  readonly layout: BodyLayout = {
    title: null,
    subheads: [],
    paragraphs: [],
    byline: null,
    place: null,
    credit: null,
    published: null,
    outlets: [],
    warnings: [],
  };

  meta(meta: LineMeta, reason: string): void {
    const l = this.layout;
    if (meta.byline && !l.byline) l.byline = meta.byline;
    if (meta.published && !l.published) l.published = meta.published;
    if (meta.place && !l.place) l.place = meta.place;
    if (meta.credit) l.credit = l.credit ? `${l.credit}; ${meta.credit}` : meta.credit;
    if (meta.outlet) {
      // A dateline on a line of its own ("SUBSCRIBE (Left)" in a menu) is no stronger than a credit.
      const strength = reason === "byline" ? STRENGTH.byline : STRENGTH.credit;
      l.outlets.push({ outlet: meta.outlet, strength });
    }
  }
}

/**
 * Lays out an article body: chrome and metadata lines out, paragraphs joined and de-duplicated.
 * `blocks`: the body was laid out by an extractor (see html.ts), one paragraph or heading per line,
 * so every line that is not chrome or metadata is kept as it is, headings too.
 */
export function layoutBody(body: string, blocks = false, title: string | null = null): BodyLayout {
  const c = new Collector();
  if (blocks) {
    const kept = extractedBlocks(toLines(body), c, title);
    const text = kept.filter((p) => !p.subhead);
    const end = withoutAuthorNote(text.map((p) => p.text)).length;
    return finish(c, end === 0 ? [] : kept.slice(0, kept.indexOf(text[end - 1] as Piece) + 1));
  }
  const kept: Line[] = [];
  // Positions of the lines left out as chrome, metadata or links (see articleSpan).
  const dropped: number[] = [];
  let inLinkList = false;
  let bodySeen = false;
  // Lines kept before the first byline or timestamp that precedes the text: the page header.
  let headerEnd: number | null = null;
  for (const line of toLines(body)) {
    const kind = classifyLine(line.text, line.words);
    const placed = bodySeen || kind.kind !== "text" ? null : placedByline(line.text);
    const dated =
      placed !== null ||
      (kind.kind === "meta" && (kind.reason === "byline" || kind.reason === "timestamp"));
    if (dated && !bodySeen) headerEnd ??= kept.length;
    if (placed) {
      c.meta(placed, "byline");
      continue;
    }
    if (kind.kind === "text" && endsWithMark(line.text, TERMINAL) && line.words >= 6)
      bodySeen = true;
    if (kind.kind === "links") {
      inLinkList = true;
      dropped.push(line.order);
      continue;
    }
    if (inLinkList && kind.kind === "text" && !isBodyLike(line)) {
      dropped.push(line.order);
      continue;
    }
    inLinkList = false;
    if (kind.kind === "meta") c.meta(kind.meta, kind.reason);
    if (kind.kind === "text") kept.push(line);
    else dropped.push(line.order);
  }
  const units = joinWrapped(headerEnd === null ? kept : pageHeader(kept, headerEnd, c));
  const pieces = placeHeadings(units, c, dropped);
  const text = pieces.filter((p) => !p.subhead);
  const [from, to] = spanRange(
    text.map((p) => p.text),
    gaps(text, dropped),
    text.map((p) => p.listed === true),
    // Lines are joined with one space, which both counts read as a break: the sums are exact.
    text.map((p) => p.spaced),
  );
  if (to <= from) return finish(c, []);
  // Subheads between the span's first and last paragraphs belong to the article.
  const first = pieces.indexOf(text[from] as Line);
  return finish(c, pieces.slice(first, pieces.indexOf(text[to - 1] as Line) + 1));
}

/** For each paragraph, how many lines were dropped between it and the paragraph before. */
function gaps(paragraphs: readonly Line[], dropped: readonly number[]): number[] {
  const sorted = [...dropped].sort((a, b) => a - b);
  let d = 0;
  return paragraphs.map((p) => {
    const from = d;
    while (d < sorted.length && (sorted[d] as number) < p.order) d++;
    return d - from;
  });
}

/**
 * What every layout ends with: paragraphs and subheads apart (a subhead is placed above the
 * paragraph after it; none closes the text), the dateline cut off, repeats dropped, a news site's
 * mention noted.
 */
function finish(c: Collector, pieces: readonly Piece[]): BodyLayout {
  // heads[i]: the subheads above paragraph i.
  const heads: string[][] = [];
  const paragraphs: string[] = [];
  let above: string[] = [];
  for (const p of pieces) {
    if (p.subhead) above.push(p.text);
    else {
      heads.push(above);
      above = [];
      paragraphs.push(p.text);
    }
  }
  c.layout.paragraphs = paragraphs;
  stripLeadDateline(c, heads);
  c.layout.paragraphs = dedupe(c.layout.paragraphs, heads, c.layout.warnings);
  // Most paragraphs have no subhead above them: nothing made for them.
  heads.forEach((texts, paragraph) => {
    for (const text of texts) c.layout.subheads.push({ text, paragraph });
  });
  // The paragraphs are joined for the pattern only when one of them may name a site: a line feed
  // after a period is no domain, so the joined text may name one only when a paragraph may.
  const site = c.layout.paragraphs.some(mayNameSite)
    ? siteMention(c.layout.paragraphs.join("\n"))
    : null;
  if (site) c.layout.outlets.push({ outlet: site, strength: STRENGTH.site });
  return c.layout;
}

/**
 * The extractor's blocks without chrome and metadata; section headings are subheads, a top-level
 * heading or one above all the text is the headline.
 */
function extractedBlocks(lines: Line[], c: Collector, title: string | null): Piece[] {
  const kept: Piece[] = [];
  const headline = title === null ? "" : comparable(title);
  for (const line of lines) {
    // The headline again, or a breadcrumb ending in it, above the text.
    if (
      kept.length === 0 &&
      headline.split(" ").length >= 3 &&
      comparable(line.text).endsWith(headline)
    )
      continue;
    const kind = classifyLine(line.text, line.words);
    if (kind.kind === "meta") c.meta(kind.meta, kind.reason);
    if (kind.kind !== "text") continue;
    // The page's headline, when the extractor left it in: a heading above all the text.
    if (line.heading === 1 || (line.heading > 0 && kept.length === 0)) {
      c.layout.title ??= line.text;
      continue;
    }
    kept.push({ text: line.text, subhead: line.heading > 0 });
  }
  return kept;
}

/** Words of a headline: fewer is a menu item or section label, more is text. */
const HEADLINE_WORDS = { min: 3, max: 25 };

/**
 * A page header (masthead, menus, section label, headline, standfirst) ends at the byline or date
 * above the text. The headline is the first of the lines right above that block; the standfirst
 * after it and the menus before it are not article text. Returns the lines after the header.
 */
function pageHeader(kept: Line[], headerEnd: number, c: Collector): Line[] {
  if (kept.some((l) => l.heading > 0)) return kept;
  let i = headerEnd - 1;
  while (i >= 0 && (kept[i] as Line).words < HEADLINE_WORDS.min) i--;
  let first = -1;
  for (; i >= 0; i--) {
    const n = (kept[i] as Line).words;
    if (n < HEADLINE_WORDS.min || n > HEADLINE_WORDS.max) break;
    first = i;
  }
  const headline = kept[first];
  if (!headline || isBodyLike(headline)) return kept;
  c.layout.title = headline.text;
  return kept.slice(headerEnd);
}

/** Joins the lines of a hard-wrapped paragraph; keeps one-paragraph-per-line layouts apart. */
function joinWrapped(lines: Line[]): Line[] {
  const blockMax = new Map<number, number>();
  for (const l of lines) blockMax.set(l.block, Math.max(blockMax.get(l.block) ?? 0, l.text.length));
  // Joined with join(), not `+=`: see mask() in quote-spans.ts on deep ropes.
  const groups: Line[][] = [];
  let last: Line | undefined;
  for (const line of lines) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (
      group &&
      head &&
      last &&
      head.block === line.block &&
      !head.heading &&
      !line.heading &&
      continues(last, line, blockMax)
    )
      group.push(line);
    else groups.push([line]);
    last = line;
  }
  return groups.map((g) => ({
    ...(g[0] as Line),
    text: g.length === 1 ? (g[0] as Line).text : g.map((l) => l.text).join(" "),
    words: g.reduce((n, l) => n + l.words, 0),
    spaced: g.reduce((n, l) => n + l.spaced, 0),
  }));
}

/** Whether `next` continues the line `prev` (both single lines of one block). */
function continues(prev: Line, next: Line, blockMax: Map<number, number>): boolean {
  if (endsWithMark(prev.text, TERMINAL)) return false;
  if (/^[\p{Ll}\d,;(]/u.test(next.text)) return true;
  // A wrapped line runs close to the block's width; a headline above a paragraph does not.
  const width = blockMax.get(prev.block) ?? 0;
  return (
    prev.text.length >= 30 &&
    prev.text.length >= 0.6 * width &&
    width <= 120 &&
    !isTitleCase(prev.text)
  );
}

/**
 * Headline on top, subheads before body text; other stray fragments are chrome (added to
 * `dropped`). Returns the paragraphs and subheads in order.
 */
function placeHeadings(units: Line[], c: Collector, dropped: number[]): Line[] {
  const paragraphs: Line[] = [];
  const l = c.layout;
  let bodyStarted = false;
  let shortTitle: string | null = null;
  // The last item of a list under a lead-in ("Tour dates:"), while the list goes on.
  let listItem: Line | null = null;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Line;
    const next = units[i + 1];
    const before = listItem ?? paragraphs[paragraphs.length - 1];
    listItem = null;
    if (bodyStarted && before && isListItem(unit, before)) {
      before.listed = true;
      listItem = { ...unit, listed: true };
      paragraphs.push(listItem);
      continue;
    }
    if (unit.heading === 1 && !l.title) {
      l.title = unit.text;
      continue;
    }
    if (unit.heading > 0) {
      if (bodyStarted) paragraphs.push({ ...unit, subhead: true });
      else if (!l.title) l.title = unit.text;
      continue;
    }
    if (isMenuItem(unit, bodyStarted)) {
      dropped.push(unit.order);
      continue;
    }
    if (isBodyLike(unit) || !isFragment(unit)) {
      bodyStarted = true;
      paragraphs.push(unit);
      continue;
    }
    if (!bodyStarted) {
      // The headline is the first fragment of some length; menus and sections are shorter.
      const words = unit.words;
      if (words >= 4 && !l.title) l.title = unit.text;
      else if (words >= 2) shortTitle ??= unit.text;
      continue;
    }
    // Title Case or sentence case ("Shared rivers, shared problems"), short, before body text.
    const words = unit.words;
    if (
      next &&
      isBodyLike(next) &&
      /^\P{Ll}*\p{Lu}/u.test(unit.text) &&
      (words <= 8 || (isTitleCase(unit.text) && words <= 10))
    )
      paragraphs.push({ ...unit, subhead: true });
    else dropped.push(unit.order);
  }
  l.title ??= shortTitle;
  return paragraphs;
}

/**
 * A short line right under a lead-in ("The tour's dates:", a sentence ending in a colon) or under
 * the list's previous item, with no line between: an item of a list in the article (dates, steps,
 * results), not a stray menu entry.
 */
function isListItem(line: Line, before: Line): boolean {
  if (line.heading > 0 || !isFragment(line) || line.order !== before.order + 1) return false;
  return before.listed === true || (before.text.endsWith(":") && isBodyLike(before));
}

/**
 * One or two words, even with a final period ("U.S."): a menu item, unless it reads as a sentence
 * ("He resigned.") once the text has begun.
 */
function isMenuItem(line: Line, bodyStarted: boolean): boolean {
  const text = line.text;
  // Without a period it is a fragment already: a subhead or dropped (see placeHeadings).
  if (line.words > 2 || !text.endsWith(".")) return false;
  return !bodyStarted || !/\s[\p{Ll}]/u.test(text);
}

/** How many paragraphs from the top may hold the dateline (captions and teasers come first). */
const DATELINE_REACH = 4;

/**
 * Cuts the wire dateline off the paragraph it opens: the first, or one of the next few when it
 * names an agency ("ALMATY, March 12 (Reuters) -"); what came before it is page furniture.
 */
function stripLeadDateline(c: Collector, heads: string[][]): void {
  const l = c.layout;
  let at = -1;
  let lead: ReturnType<typeof leadDateline> = null;
  for (let i = 0; i < Math.min(DATELINE_REACH, l.paragraphs.length) && at < 0; i++) {
    lead = leadDateline(l.paragraphs[i] as string);
    if (lead && (i === 0 || lead.outlet)) at = i;
  }
  if (!lead || at < 0) return;
  l.paragraphs.splice(0, at + 1, lead.rest);
  heads.splice(0, at + 1, heads[at] as string[]);
  if (lead.place && !l.place) l.place = titleCase(lead.place);
  if (lead.outlet) l.outlets.push({ outlet: lead.outlet, strength: STRENGTH.dateline });
  if (lead.date && !l.published) l.published = isoDate(lead.date) ?? null;
}
