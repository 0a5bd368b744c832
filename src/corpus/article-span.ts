import { notRegexSpace, wordCount } from "../text/count.js";

/**
 * The article's span among the paragraphs of a pasted page: the run with the most body text, in the
 * manner of Body Text Extraction (Finn, Kushmerick and Smyth, 2001), over paragraphs instead of
 * tokens. Sentences of some length count for their words, other lines (menus, teasers, link lists
 * left over at either end) against; the maximum-sum run is taken, short lines inside it too, and
 * then cut where runs of lines dropped as chrome part it into sections (see articleSpan).
 * Constants chosen on one fold of the extraction benchmark's pasted pages (docs/web-pages.md).
 */

/** A sentence with at least this many words is article text. */
const BODY_WORDS = 12;
/** What each word of a line that is not a sentence costs. */
const OTHER_WORD_COST = 2;
/** What each line that is not a sentence costs besides its words. */
const OTHER_LINE_COST = 8;
/** A short sentence ("He declined to comment.") costs nothing and is kept at the ends. */
const SHORT_SENTENCE_WORDS = 4;

/** The end of a sentence somewhere in a line: ".", "!", "?" or "…" (and closing quotes), then a space or the end. */
const SENTENCE_END = /[.!?\u2026]["'\u201d\u2019)]*(?:\s|$)/;

/** One full stop closing a statement (not "?", "!" or an ellipsis), perhaps inside a quote. */
const STATEMENT_END = /[^.]\.["'\u201d\u2019)]?$/;

/** Whether a line reads as a sentence: a capital or a figure opens it, a sentence's end closes it. */
function isSentence(paragraph: string): boolean {
  return (
    /[.!?"\u201d\u2019)\u2026]$/.test(paragraph) &&
    /^(?:\.\.\.\s?|\u2026\s?)?["\u201c\u2018(]?[\p{Lu}\p{N}]/u.test(paragraph)
  );
}

function score(paragraph: string, words = wordCount(paragraph, notRegexSpace)): number {
  const sentence = isSentence(paragraph);
  if (sentence && words >= BODY_WORDS) return words;
  // A long line counts as text only with a sentence's end in it; tag clouds, menus run together
  // and contact lines have none. Without one it neither counts nor costs: a paragraph whose last
  // words were lost in copying stays inside the article.
  if (words > 2 * BODY_WORDS) return SENTENCE_END.test(paragraph) ? words : 0;
  if (sentence && words >= SHORT_SENTENCE_WORDS) return 0;
  return -(OTHER_WORD_COST * words + OTHER_LINE_COST);
}

/** A commenter's name over a comment ("margoadams says:", "Jane Doe on November 3, 2019 at 9:14 am said:"). */
const COMMENTER = /^\S.{0,60}\b(?:says|said|wrote|writes):$/i;
/** The head of a comment section. */
const COMMENTS_HEAD =
  /^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?:?$|^(?:\d+|one) (?:thoughts?|comments?|responses?|replies) (?:on|to) ["\u201c]|^(?:leave|post|add|write) a (?:reply|comment|response)\b|^join the (?:discussion|conversation)\b/i;

/**
 * Where the comment section starts: its heading, or the first of two or more "… says:" lines;
 * the paragraphs' length when there is none.
 */
export function commentsStart(paragraphs: readonly string[]): number {
  const head = paragraphs.findIndex((p) => COMMENTS_HEAD.test(p));
  // A commenter's line ends with the colon: read first, every paragraph is asked.
  const commenters = paragraphs.flatMap((p, i) =>
    p.endsWith(":") && COMMENTER.test(p) ? [i] : [],
  );
  const first = commenters.length >= 2 ? (commenters[0] as number) : -1;
  const starts = [head, first].filter((i) => i > 0);
  return starts.length > 0 ? Math.min(...starts) : paragraphs.length;
}

/** A run of at least this many lines dropped as chrome between two paragraphs parts two sections. */
const SECTION_GAP_LINES = 4;
/** The article is the first section holding at least this share of the best run's score. */
const LEAD_SHARE = 0.3;
/**
 * A later section continues the article when it has this many body paragraphs in a row (at most
 * `CAPTION_LINES` dropped lines between them); teaser lists have a headline between every two.
 */
const CONTINUED_PARAGRAPHS = 3;
/** Dropped lines between two paragraphs of one stretch of text: a caption, an advertisement. */
const CAPTION_LINES = 1;

interface Run {
  from: number;
  to: number;
  sum: number;
}

/** The maximum-sum run of scores (Kadane), or null when none is above zero. */
function bestRun(scores: readonly number[]): Run | null {
  let best: Run | null = null;
  let sum = 0;
  let start = 0;
  scores.forEach((s, i) => {
    if (sum <= 0 && s > 0) {
      sum = s;
      start = i;
    } else sum += s;
    // Ties extend the run: short sentences at its end stay.
    if (sum > (best?.sum ?? 0) || (best && sum === best.sum && start === best.from && sum > 0))
      best = { from: start, to: i + 1, sum };
  });
  return best;
}

/** The longest stretch of body paragraphs in [from, to) with at most CAPTION_LINES between them. */
function longestStretch(
  scores: readonly number[],
  gaps: readonly number[],
  from: number,
  to: number,
): number {
  let stretch = 0;
  let longest = 0;
  for (let i = from; i < to; i++) {
    const body = (scores[i] as number) > 0;
    if (body && (i === from || (gaps[i] ?? 0) <= CAPTION_LINES)) stretch++;
    else stretch = body ? 1 : 0;
    longest = Math.max(longest, stretch);
  }
  return longest;
}

/**
 * The paragraphs of the article before any comment section; all of them when none reads as text.
 * `gaps[i]`: how many lines the page had between paragraphs i - 1 and i that were dropped as
 * chrome. The best-scoring run is cut into sections at runs of dropped lines (a menu, a block of
 * related links); the article is the first section of some weight, with the sections after it
 * that read as running text, not as a list of teasers.
 */
export function articleSpan(
  all: readonly string[],
  gaps: readonly number[] = [],
  listed: readonly boolean[] = [],
): string[] {
  const [from, to] = spanRange(all, gaps, listed);
  return all.slice(from, to);
}

/**
 * The article's span as [from, to) among the paragraphs (see articleSpan). `listed[i]`: paragraph
 * i is a lead-in or an item of a list under it, which neither counts for nor against the span.
 * `words[i]`, when the caller has counted them: `wordCount(all[i], notRegexSpace)`.
 */
export function spanRange(
  all: readonly string[],
  gaps: readonly number[] = [],
  listed: readonly boolean[] = [],
  words?: readonly number[],
): [number, number] {
  const paragraphs = all.slice(0, commentsStart(all));
  const scores = paragraphs.map((p, i) => (listed[i] ? 0 : score(p, words?.[i])));
  const run = bestRun(scores);
  if (!run) return [0, all.length];
  // Short statements just before the run join it as ties do at its end: a story's highlights
  // over its dateline. Headlines ("… Net Worth of $17 Million?", "… : \"We got her!\"") and teasers
  // cut off with an ellipsis do not end in one full stop.
  while (
    run.from > 0 &&
    scores[run.from - 1] === 0 &&
    !listed[run.from - 1] &&
    isSentence(paragraphs[run.from - 1] as string) &&
    STATEMENT_END.test(paragraphs[run.from - 1] as string) &&
    (gaps[run.from] ?? 0) < SECTION_GAP_LINES
  )
    run.from--;
  const sections: Run[] = [];
  let section: Run = { from: run.from, to: run.from, sum: 0 };
  for (let i = run.from; i < run.to; i++) {
    if (i > section.from && (gaps[i] ?? 0) >= SECTION_GAP_LINES) {
      sections.push(section);
      section = { from: i, to: i, sum: 0 };
    }
    section.to = i + 1;
    section.sum += scores[i] as number;
  }
  sections.push(section);
  const lead = sections.findIndex((s) => s.sum >= LEAD_SHARE * run.sum);
  const first = sections[lead] ?? run;
  let to = first.to;
  for (const next of sections.slice(lead + 1)) {
    if (longestStretch(scores, gaps, next.from, next.to) < CONTINUED_PARAGRAPHS) break;
    to = next.to;
  }
  // Sections before the first of weight join it the same way (a live page's opening paragraphs).
  let from = first.from;
  for (const prev of sections.slice(0, Math.max(0, lead)).reverse()) {
    if (longestStretch(scores, gaps, prev.from, prev.to) < CONTINUED_PARAGRAPHS) break;
    from = prev.from;
  }
  return [from, authorNoteStart(paragraphs, scores, from, to)];
}

/** The paragraphs of an extracted article without an author's note closing them (see authorNoteStart). */
export function withoutAuthorNote(paragraphs: readonly string[]): string[] {
  return paragraphs.slice(
    0,
    authorNoteStart(
      paragraphs,
      paragraphs.map((p) => score(p)),
      0,
      paragraphs.length,
    ),
  );
}

/** How many paragraphs from the span's end an author's note is looked for. */
const NOTE_REACH = 3;
/** A name, then what the person is or does: "Jane Doe is a reporter for …", "Zac covers Apple news …". */
const NOTE_OPENING =
  /^\p{Lu}\S*(?:\s+\S+){0,5}?\s+(?:is|was|covers|joined|writes|has been|has written)\s/u;
/** A trade named in the note's first characters. */
const NOTE_ROLE =
  /\b(?:reporter|writer|editor|correspondent|journalist|contributor|columnist|author|curator|fellow|covers|reporting)\b/i;

/**
 * Where the span ends once a note about the author closing it ("Phil Helsel is a reporter for NBC
 * News.") is cut off, with the lines before the note that are not text ("About the Author", a name).
 */
function authorNoteStart(
  paragraphs: readonly string[],
  scores: readonly number[],
  from: number,
  to: number,
): number {
  for (let i = Math.max(from + 1, to - NOTE_REACH); i < to; i++) {
    const p = paragraphs[i] as string;
    if (!(NOTE_OPENING.test(p) && NOTE_ROLE.test(p.slice(0, 200)))) continue;
    let end = i;
    while (end > from + 1 && (scores[end - 1] as number) < 0) end--;
    return end;
  }
  return to;
}
