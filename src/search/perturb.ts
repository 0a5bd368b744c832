import { foldTokens } from "../text/fold.js";
import { STOPWORDS } from "../text/stopwords.js";
import { foldOf } from "./eval.js";
import { isFunctionWord } from "./mend.js";
import { slipTyped } from "./typing-slips.js";

/**
 * How `perturbQuestion` changes a question: one typing slip in a content word as people make
 * them (typo, `slipTyped`), the earlier measure (typo-v1: only words of six letters or more, no
 * letter added, a vowel often typed for a consonant far from it), one function word misspelt,
 * or chat filler typed before or after it (chat).
 */
export type Perturbation = "typo" | "typo-v1" | "function-word" | "chat";

/**
 * Filler people type around a question in a chat, before it and after it. Some are words a
 * grammar reads as interjections ("lol", "ok so"), some are not in any lexicon ("tbh", "idk"):
 * the measure is not the rule that reads them.
 */
const CHAT_BEFORE = ["ok so", "hmm", "pls", "yo", "omg", "wait", "hey guys", "idk but"];
const CHAT_AFTER = ["lol", "pls", "btw", "tbh", "or nah", "ngl", "thx", "lmao"];

/** Shortest content word given a typo by typo-v1. */
const MIN_TYPO_WORD = 6;

/** Different seeds for the choices made from one question id. */
const SPREAD = 1_000_003;

/**
 * A repeatable choice below `n` for the choice numbered `salt`, from `seed` alone (a question id):
 * what every perturbation picks with, so a run is the same every time.
 */
export function picker(seed: string): (n: number, salt: number) => number {
  return (n, salt) => foldOf(`${seed}#${salt}`, n * SPREAD) % n;
}

/**
 * Up to `n` different questions `make` gives for the seeds `id`, `id~1`, `id~2` … (null: none),
 * repeats dropped, so a small question set is read many ways.
 */
export function variantsOf(
  id: string,
  n: number,
  make: (seed: string, k: number) => string | null,
): string[] {
  const out = new Set<string>();
  for (let k = 0; k < n; k++) {
    const made = make(k === 0 ? id : `${id}~${k}`, k);
    if (made !== null) out.add(made);
  }
  return [...out];
}

/**
 * `question` with one word misspelt as people type in a hurry, chosen from `id` alone so a run
 * is repeatable: one typing slip in a content word (typo: `slipTyped`); a letter left out, two
 * letters swapped or a vowel typed for a letter (typo-v1, in a content word of six letters or
 * more); a letter left out or two swapped (function-word, in a word such as "what", "the",
 * "many"); or chat filler before or after it (chat: "ok so …", "… lol"). Null when the question
 * has no such word.
 */
export function perturbQuestion(question: string, id: string, mode: Perturbation): string | null {
  if (mode === "typo") return slipTyped(question, picker(id), isContentWord);
  if (mode === "chat") return withChat(question, picker(id));
  const words = [...question.matchAll(/[A-Za-z]+/g)].filter((m) =>
    mode === "typo-v1"
      ? m[0].length >= MIN_TYPO_WORD && !STOPWORDS.has(m[0].toLowerCase())
      : isFunctionWord(m[0].toLowerCase()),
  );
  if (words.length === 0) return null;
  const pick = picker(id);
  const chosen = words[pick(words.length, 1)] as RegExpMatchArray;
  const w = chosen[0];
  // A typo keeps the first letter (people rarely miss it, and corrections assume it).
  const at = mode === "typo-v1" ? 1 + pick(w.length - 2, 2) : pick(w.length - 1, 2);
  const operation = pick(mode === "typo-v1" ? 3 : 2, 3);
  const dropped = w.slice(0, at) + w.slice(at + 1);
  const swapped = w.slice(0, at) + w.charAt(at + 1) + w.charAt(at) + w.slice(at + 2);
  const typed =
    operation === 0 || (operation === 1 && swapped === w)
      ? dropped
      : operation === 1
        ? swapped
        : w.slice(0, at) + vowelFor(w.charAt(at), pick(5, 4)) + w.slice(at + 1);
  const start = chosen.index ?? 0;
  return question.slice(0, start) + typed + question.slice(start + w.length);
}

/** `question` with one of `CHAT_BEFORE` before it or one of `CHAT_AFTER` after it. */
function withChat(question: string, pick: (n: number, salt: number) => number): string {
  // One choice among all of them: two picks from one seed would not be independent.
  const k = pick(CHAT_BEFORE.length + CHAT_AFTER.length, 1);
  return k < CHAT_BEFORE.length
    ? `${CHAT_BEFORE[k]} ${question}`
    : `${question} ${CHAT_AFTER[k - CHAT_BEFORE.length]}`;
}

/** A word no stopword or function word, nor one with such a word before its apostrophe ("what's"). */
function isContentWord(word: string): boolean {
  const head = word.toLowerCase().split(/['’]/)[0] as string;
  return !STOPWORDS.has(head) && !isFunctionWord(head);
}

function vowelFor(letter: string, n: number): string {
  const vowel = "aeiou".charAt(n);
  return vowel === letter.toLowerCase() ? "y" : vowel;
}

/**
 * Up to `n` different misspellings of `question` (`perturbQuestion` from `id`, then from
 * `id~1`, `id~2` …, repeats dropped), so a small question set measures typing more than once.
 */
export function perturbVariants(
  question: string,
  id: string,
  mode: Perturbation,
  n: number,
): string[] {
  return variantsOf(id, n, (seed) => perturbQuestion(question, seed, mode));
}

/** How many words a short search keeps: people type two to four. */
const SHORT_SEARCH_WORDS = [2, 4] as const;

/** A question's word that a short search may keep, in the question's order. */
interface ContentWord {
  /** As the search types it: a name in the case typed, any other word in lower case. */
  typed: string;
  /** Folded, as `documentFrequency` counts it. */
  word: string;
  at: number;
  name: boolean;
}

/** Content words of `question`, once each: no question word, function word or lone letter. */
export function contentWords(question: string): ContentWord[] {
  const seen = new Set<string>();
  const out: ContentWord[] = [];
  for (const [at, t] of foldTokens(question).entries()) {
    const { word } = t;
    if (t.joined || seen.has(word) || STOPWORDS.has(word) || isFunctionWord(word)) continue;
    if (word.length < 2 && !t.numeric) continue;
    seen.add(word);
    const written = question.slice(t.start, t.end).replace(/['’]s$/, "");
    // Capitalised after the first word, or a capital inside ("McCarthy", "NASA"): a name.
    const name = (t.capitalized && at > 0) || /\p{Lu}/u.test(written.slice(1));
    out.push({ typed: name ? written : word, word, at, name });
  }
  return out;
}

/**
 * `question` cut to a short search as people type one: two to four of its content words (the
 * number chosen from `id`), names first, then the rarest in the corpus (`docFreq`: paragraphs
 * holding a folded word), in the question's order; names in the case typed, other words in lower case.
 * With `variant` above 0, one of the k + 1 rarest is left out instead of the (k + 1)-th, chosen
 * from the id. Null when the question has no content word.
 */
export function shortSearch(
  question: string,
  id: string,
  docFreq: (word: string) => number,
  variant = 0,
): string | null {
  const words = contentWords(question);
  if (words.length === 0) return null;
  const seed = variant === 0 ? id : `${id}~${variant}`;
  const pick = picker(seed);
  const [fewest, most] = SHORT_SEARCH_WORDS;
  const k = Math.min(words.length, fewest + pick(most - fewest + 1, 1));
  const rarest = [...words].sort(
    (a, b) => Number(b.name) - Number(a.name) || docFreq(a.word) - docFreq(b.word) || a.at - b.at,
  );
  const pool = rarest.slice(0, variant === 0 ? k : k + 1);
  if (pool.length > k) pool.splice(pick(pool.length, 2), 1);
  return pool
    .sort((a, b) => a.at - b.at)
    .map((w) => w.typed)
    .join(" ");
}

/** Up to `n` different short searches for `question` (`shortSearch`'s variants 0 … n − 1, repeats dropped). */
export function shortSearchVariants(
  question: string,
  id: string,
  docFreq: (word: string) => number,
  n: number,
): string[] {
  return variantsOf(id, n, (_seed, variant) => shortSearch(question, id, docFreq, variant));
}

/** How many of `paragraphs` hold each folded word, for `shortSearch` (0 for a word none holds). */
export function documentFrequency(paragraphs: Iterable<string>): (word: string) => number {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs)
    for (const word of new Set(foldTokens(paragraph).map((t) => t.word)))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return (word) => counts.get(word) ?? 0;
}
