import { isDigitCode } from "./chars.js";
import type { Span } from "./quote-spans.js";
import { type Token, tokenize } from "./words.js";

/** Words that may stay lower-case inside a title ("Leave It to Beaver", "After the Fire is Gone"). */
const TITLE_MINOR = new Set(
  "a an the and or but nor of in on at to for up with by as from into is are was be vs via".split(
    " ",
  ),
);

/** A name given to something, not words someone said: "dubbed “…”", "known as “…”", "so-called “…”". */
const NAMING = /\b(?:dubbed|nicknamed|known as|so-called|titled|entitled)(?:\s+(?:the|an?))?\s*$/i;

/**
 * Quotation marks around a title or a name rather than speech: every word capitalised but the
 * small ones ("Coal Miner’s Daughter", "Trump of the Tropics"), or introduced as a name.
 */
export function isNotSpoken(p: string, span: Span, text: string): boolean {
  if (NAMING.test(p.slice(Math.max(0, span.open - 20), span.open))) return true;
  // Most quotes are told by their first two words ("We will …"): the rest is read only after them.
  if (!tokenize(text, undefined, 2).every(isTitleWord)) return false;
  const words = tokenize(text, undefined, MAX_TITLE_WORDS + 1);
  if (words.length > MAX_TITLE_WORDS || /[,;]\s/.test(text)) return false;
  return words.every(isTitleWord);
}

/** A word a title may have at position `i`: capitalised, a number, or a small word after the first. */
function isTitleWord(w: Token, i: number): boolean {
  return w.capital || isDigitCode(w.text.charCodeAt(0)) || (i > 0 && TITLE_MINOR.has(w.lower));
}

/** Titles of works are short; a longer run of capitalised words is a sentence in capitals. */
const MAX_TITLE_WORDS = 12;
