import { STOPWORDS } from "../text/stopwords.js";
import { foldOf } from "./eval.js";
import { isFunctionWord } from "./mend.js";

/** How `perturbQuestion` misspells a question: one content word, or one function word. */
export type Perturbation = "typo" | "function-word";

/** Shortest content word given a typo: shorter ones are mostly names or function words. */
const MIN_TYPO_WORD = 6;

/** Different seeds for the choices made from one question id. */
const SPREAD = 1_000_003;

/**
 * `question` with one word misspelt as people type in a hurry, chosen from `id` alone so a run
 * is repeatable: a letter left out, two letters swapped or a vowel typed for a letter (typo, in a
 * content word of six letters or more), or a letter left out or two swapped (function-word, in a
 * word such as "what", "the", "many"). Null when the question has no such word.
 */
export function perturbQuestion(question: string, id: string, mode: Perturbation): string | null {
  const words = [...question.matchAll(/[A-Za-z]+/g)].filter((m) =>
    mode === "typo"
      ? m[0].length >= MIN_TYPO_WORD && !STOPWORDS.has(m[0].toLowerCase())
      : isFunctionWord(m[0].toLowerCase()),
  );
  if (words.length === 0) return null;
  const pick = (n: number, salt: number) => foldOf(`${id}#${salt}`, n * SPREAD) % n;
  const chosen = words[pick(words.length, 1)] as RegExpMatchArray;
  const w = chosen[0];
  // A typo keeps the first letter (people rarely miss it, and corrections assume it).
  const at = mode === "typo" ? 1 + pick(w.length - 2, 2) : pick(w.length - 1, 2);
  const operation = pick(mode === "typo" ? 3 : 2, 3);
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
  const out = new Set<string>();
  for (let k = 0; k < n; k++) {
    const typed = perturbQuestion(question, k === 0 ? id : `${id}~${k}`, mode);
    if (typed !== null) out.add(typed);
  }
  return [...out];
}
