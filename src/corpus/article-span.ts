/**
 * The article's span among the paragraphs of a pasted page: the run with the most body text, in the
 * manner of Body Text Extraction (Finn, Kushmerick and Smyth, 2001), over paragraphs instead of
 * tokens. Sentences of some length count for their words, other lines (menus, teasers, link lists
 * left over at either end) against, and so do runs of lines dropped as chrome between paragraphs;
 * the maximum-sum run is kept, short lines inside it too.
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

function score(paragraph: string): number {
  const words = paragraph.split(/\s+/).filter((w) => w !== "").length;
  const sentence =
    /[.!?"\u201d\u2019)]$/.test(paragraph) && /^["\u201c\u2018(]?\p{Lu}/u.test(paragraph);
  // A long line counts as text only with a sentence's end in it: tag clouds, menus run together
  // and contact lines have none.
  if ((sentence && words >= BODY_WORDS) || (words > 2 * BODY_WORDS && SENTENCE_END.test(paragraph)))
    return words;
  if (sentence && words >= SHORT_SENTENCE_WORDS) return 0;
  return -(OTHER_WORD_COST * words + OTHER_LINE_COST);
}

/** A commenter's name over a comment ("margoadams says:", "Jane Doe on November 3, 2019 at 9:14 am said:"). */
const COMMENTER = /^\S.{0,60}\b(?:says|said|wrote|writes):$/i;
/** The head of a comment section. */
const COMMENTS_HEAD =
  /^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?:?$|^(?:leave|post|add|write) a (?:reply|comment|response)\b|^join the (?:discussion|conversation)\b/i;

/**
 * Where the comment section starts: its heading, or the first of two or more "… says:" lines;
 * the paragraphs' length when there is none.
 */
export function commentsStart(paragraphs: readonly string[]): number {
  const head = paragraphs.findIndex((p) => COMMENTS_HEAD.test(p));
  const commenters = paragraphs.flatMap((p, i) => (COMMENTER.test(p) ? [i] : []));
  const first = commenters.length >= 2 ? (commenters[0] as number) : -1;
  const starts = [head, first].filter((i) => i > 0);
  return starts.length > 0 ? Math.min(...starts) : paragraphs.length;
}

/** Lines dropped (chrome, metadata, links) between two paragraphs that cost nothing: a caption, an ad. */
const FREE_GAP_LINES = 1;
/** What each further dropped line costs: runs of them (menus, teaser lists) part the article from the rest. */
const GAP_LINE_COST = 8;

/**
 * The paragraphs of the best-scoring run before any comment section; all of them when none scores
 * above zero. `gaps[i]`: how many lines the page had between paragraph i - 1 and i that were
 * dropped as chrome.
 */
export function articleSpan(all: readonly string[], gaps: readonly number[] = []): string[] {
  const paragraphs = all.slice(0, commentsStart(all));
  let best = 0;
  let from = 0;
  let to = paragraphs.length;
  let sum = 0;
  let start = 0;
  paragraphs.forEach((p, i) => {
    sum -= GAP_LINE_COST * Math.max(0, (gaps[i] ?? 0) - FREE_GAP_LINES);
    const s = score(p);
    if (sum <= 0 && s > 0) {
      sum = s;
      start = i;
    } else sum += s;
    // Ties extend the run: short sentences at its end stay.
    if (sum > best || (sum === best && start === from && sum > 0)) {
      best = sum;
      from = start;
      to = i + 1;
    }
  });
  return best > 0 ? paragraphs.slice(from, to) : [...all];
}
