import { splitSentences } from "./sentences.js";
import { SPEECH_VERBS, type Token, tokenize } from "./words.js";

/** Whether the words after a quote have a verb of saying ("," a news release from the city said"). */
export function saysAfter(text: string): boolean {
  const tokens = tokenize(text, undefined, 24);
  return tokens.some((_, i) => isSpeechVerb(tokens, i));
}

/** A relative clause's opening word. */
export const RELATIVE = /^(?:who|which)\b/;

/** Whether the word at `i` is in a clause that opens with "who" or "which" ("X, who argued the case,"). */
export function inRelative(text: string, tokens: readonly Token[], i: number): boolean {
  const before = text.slice(0, (tokens[i] as Token).start);
  return RELATIVE.test(before.slice(before.lastIndexOf(",") + 1).trimStart());
}

/** Whether token `i` reports speech: a lower-case verb of saying, "according to", "quoted". */
export function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.lower === "according") return tokens[i + 1]?.lower === "to";
  if (t.lower === "quoted") return true;
  return SPEECH_VERBS.has(t.lower) && !t.capital;
}

/** How far around a quote attribution is looked for, in characters: keeps long paragraphs linear. */
export const WINDOW = 600;

/** The text from `from` to the end of its sentence (or to the next quote mark). */
export function firstSentence(text: string, from: number): { text: string; at: number } {
  let rest = text.slice(from, from + WINDOW);
  const nextQuote = rest.search(/["\u201c]/);
  if (nextQuote !== -1) rest = rest.slice(0, nextQuote);
  const first = splitSentences(rest, 1)[0];
  return { text: first ? rest.slice(0, first.end) : "", at: from };
}

/** The part of the sentence containing `pos` that comes before it. */
export function sentenceBefore(text: string, pos: number): { text: string; at: number } {
  const from = Math.max(0, pos - WINDOW);
  let start = from;
  for (const s of splitSentences(text.slice(from, pos))) start = from + s.start;
  // Not past the end of an earlier quote in the same sentence.
  for (let i = pos - 1; i >= start; i--) {
    const ch = text[i];
    if (ch === '"' || ch === "\u201d") {
      start = i + 1;
      break;
    }
  }
  return { text: text.slice(start, pos), at: start };
}
