import type { Article } from "../corpus/types.js";
import { isEveryday } from "../text/common-words.js";
import { type FoldedToken, foldTokens } from "../text/fold.js";
import { isEditionMarker, isRomanNumeral, isYear } from "../text/markers.js";
import { sentenceTokens } from "../text/sentence-tokens.js";
import { IRREGULAR, TermCache } from "../text/terms.js";
import { isProperOrUnknown } from "../text/wordnet.js";
import { answers, type EvalItem } from "./eval.js";
import type { KeyWord } from "./no-match.js";
import { contentWords, picker, variantsOf } from "./perturb.js";

/**
 * How `swapQuestion` makes an answerable question unanswerable: its key name swapped for another
 * name of the corpus (name), or its year, ordinal or roman numeral for another (edition).
 */
export type Swap = "name" | "edition";

/** Tuning of `CorpusNames` and `swapQuestion`. */
export interface SwapOptions {
  /** Share of a word's uses inside a sentence written with a capital for it to be a name. Default 0.5. */
  nameCapitalShare: number;
  /**
   * Share of a word's uses inside a sentence written with a capital for it to be swapped in: a
   * name is written so nearly always; "Foundation", "County" or "Wall" of an organisation's or a
   * place's name are written in lower case a third of the time or more. Default 0.9.
   */
  swappedInCapitalShare: number;
  /** Fewest uses inside a sentence for a word's capital letter to tell (one may be a title's). Default 2. */
  minNameUses: number;
  /** A name stands in for one used by at most this many times as many articles, or as few. Default 2. */
  articlesRatio: number;
  /** Names to choose from when fewer are that close in how many articles use them. Default 10. */
  minPool: number;
  /** How far from the question's year, ordinal or numeral the one swapped in lies, at most. Default 5. */
  maxEditionStep: number;
}

export const defaultSwapOptions: SwapOptions = {
  nameCapitalShare: 0.5,
  swappedInCapitalShare: 0.9,
  minNameUses: 2,
  articlesRatio: 2,
  minPool: 10,
  maxEditionStep: 5,
};

/** How the corpus writes a word: with a capital inside a sentence, without, and in how many articles. */
interface Uses {
  capital: number;
  lower: number;
  articles: number;
}

/**
 * The corpus's names (words it mostly writes with a capital where no sentence opens) and how
 * many articles use each: what a key name may be swapped for.
 */
export class CorpusNames {
  private readonly uses = new Map<string, Uses>();
  readonly cache = new TermCache();

  constructor(
    readonly articles: readonly Article[],
    readonly options: SwapOptions = defaultSwapOptions,
  ) {
    for (const article of articles) {
      const seen = new Set<string>();
      for (const paragraph of article.paragraphs)
        for (const { token, opens } of sentenceTokens(paragraph)) {
          if (token.joined || token.numeric) continue;
          let u = this.uses.get(token.word);
          if (u === undefined) {
            u = { capital: 0, lower: 0, articles: 0 };
            this.uses.set(token.word, u);
          }
          if (!seen.has(token.word)) {
            seen.add(token.word);
            u.articles++;
          }
          if (opens) continue;
          if (token.capitalized) u.capital++;
          else u.lower++;
        }
    }
  }

  /** Whether the corpus mostly writes `word` (folded) with a capital inside a sentence. */
  isName(word: string): boolean {
    return this.capitalShare(word) > this.options.nameCapitalShare;
  }

  /** Share of `word`'s uses inside a sentence written with a capital (0 when under `minNameUses`). */
  private capitalShare(word: string): number {
    const u = this.uses.get(word);
    const n = u === undefined ? 0 : u.capital + u.lower;
    return u === undefined || n < this.options.minNameUses ? 0 : u.capital / n;
  }

  /** Articles that use `word` (folded). */
  articlesUsing(word: string): number {
    return this.uses.get(word)?.articles ?? 0;
  }

  #names: string[] | null = null;

  /**
   * The names that may be swapped in: of three letters or more, no everyday word, no roman
   * numeral, written with a capital in at least `swappedInCapitalShare` of their uses inside a
   * sentence, and that WordNet knows only as an individual's name or not at all
   * (`isProperOrUnknown`: not "foundation", "wall", "Saturday"); made on first use. Neither test
   * is the no-match decision's own, so the measure does not grade the decision by itself.
   */
  names(): readonly string[] {
    this.#names ??= [...this.uses.keys()].filter(
      (w) =>
        /^[a-z]{3,}$/.test(w) &&
        this.capitalShare(w) >= this.options.swappedInCapitalShare &&
        !isEveryday(w) &&
        !isRomanNumeral(w) &&
        isProperOrUnknown(w, IRREGULAR),
    );
    return this.#names;
  }

  /** The terms of the articles holding one of `item`'s gold fragments (eval reads gold). */
  goldTerms(item: EvalItem): Set<string> {
    const terms = new Set<string>();
    for (const article of this.articles) {
      if (!article.paragraphs.some((p) => answers(item.gold, article.outlet, p))) continue;
      for (const text of [article.title ?? "", ...article.paragraphs])
        for (const t of foldTokens(text)) terms.add(this.cache.term(t.word));
    }
    return terms;
  }
}

/**
 * `question` made unanswerable, chosen from `id` alone so a run is repeatable, or null when it
 * has nothing to swap. name: its key name (of `keys`, the key words the no-match decision reads,
 * the heaviest the corpus mostly capitalises) becomes, wherever the question writes it, another
 * name of the corpus used by about as many articles, that none of `goldTerms` (the terms of the
 * articles that answer it) is, typed in the question's case; none when the name is all the question
 * asks ("tiktok", "what happened in Zhanaozen"). edition: one of its years, ordinals
 * or roman numerals becomes one up to `SwapOptions.maxEditionStep` away that the answering articles lack.
 */
export function swapQuestion(
  question: string,
  id: string,
  mode: Swap,
  keys: readonly KeyWord[],
  names: CorpusNames,
  goldTerms: ReadonlySet<string>,
): string | null {
  const tokens = foldTokens(question).filter((t) => !t.joined);
  const pick = picker(id);
  const own = new Set(tokens.map((t) => names.cache.term(t.word)));
  const free = (word: string) => {
    const term = names.cache.term(word);
    return term !== "" && !own.has(term) && !goldTerms.has(term);
  };
  if (mode === "edition") {
    const marked = tokens.filter((t) => isEditionMarker(t.word));
    if (marked.length === 0) return null;
    const chosen = marked[pick(marked.length, 1)] as FoldedToken;
    const others = otherEditions(chosen.word, names.options.maxEditionStep).filter(free);
    if (others.length === 0) return null;
    const other = others[pick(others.length, 2)] as string;
    // "LVII" becomes "LVIII", not "Lviii".
    const typed = question.slice(chosen.start, chosen.end);
    return replaced(
      question,
      [[chosen]],
      typed === typed.toLowerCase() ? other : other.toUpperCase(),
    );
  }
  const key = keys
    .filter((k) => !k.edition && !isEditionMarker(k.word) && names.isName(k.word))
    .reduce<KeyWord | null>((best, k) => (best && best.weight >= k.weight ? best : k), null);
  if (key === null) return null;
  const pool = namesLike(names.articlesUsing(key.word), names, free);
  if (pool.length === 0) return null;
  // The whole name goes, wherever the question writes it or part of it: "Nancy Pelosi … Pelosi".
  const runs = nameRuns(question, tokens, names);
  const named = new Set(runs.find((r) => r.some((t) => t.word === key.word))?.map((t) => t.word));
  // A search of a name alone ("tiktok") asks for whatever the corpus reports of the name swapped in.
  if (contentWords(question).every((w) => named.has(w.word))) return null;
  const at = runs.filter((r) => r.some((t) => named.has(t.word)));
  return replaced(question, at, pool[pick(pool.length, 1)] as string);
}

/**
 * The names used by between 1/`articlesRatio` and `articlesRatio` times `articles` articles, or
 * the `minPool` closest in that ratio when fewer are; sorted, so a choice by index repeats.
 */
function namesLike(articles: number, names: CorpusNames, free: (w: string) => boolean): string[] {
  const distance = (w: string) =>
    Math.abs(Math.log(names.articlesUsing(w) / Math.max(1, articles)));
  const all = names.names().filter(free);
  all.sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : a > b ? 1 : 0));
  const { articlesRatio, minPool } = names.options;
  const close = all.filter((w) => distance(w) <= Math.log(articlesRatio));
  return (close.length >= minPool ? close : all.slice(0, minPool)).sort();
}

/** Years, ordinals or roman numerals up to `maxStep` either side of `word`. */
function otherEditions(word: string, maxStep: number): string[] {
  const out: string[] = [];
  const value = isRomanNumeral(word) ? romanValue(word) : Number.parseInt(word, 10);
  for (let step = -maxStep; step <= maxStep; step++) {
    const v = value + step;
    if (step === 0 || v < 1) continue;
    if (isYear(word)) out.push(String(v));
    else if (isRomanNumeral(word)) out.push(roman(v));
    else out.push(`${v}${ordinalSuffix(v)}`);
  }
  return out.filter(isEditionMarker);
}

const NUMERALS: Array<[number, string]> = [
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  let out = "";
  let rest = n;
  for (const [value, letters] of NUMERALS)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

function romanValue(word: string): number {
  let rest = word;
  let n = 0;
  for (const [value, letters] of NUMERALS)
    while (rest.startsWith(letters)) {
      n += value;
      rest = rest.slice(letters.length);
    }
  return n;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/**
 * `question` with each run of `runs` replaced by `word`, written with a capital where the run's
 * first word is (a question typed in lower case stays so), the last word's possessive kept.
 */
function replaced(
  question: string,
  runs: ReadonlyArray<readonly FoldedToken[]>,
  word: string,
): string {
  let out = question;
  for (const run of [...runs].reverse()) {
    const first = run[0] as FoldedToken;
    const last = run[run.length - 1] as FoldedToken;
    const possessive = /['\u2019]s$/i.exec(question.slice(last.start, last.end))?.[0] ?? "";
    const capital = /^[A-Z]/.test(question.slice(first.start, first.end));
    const cased = capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    out = out.slice(0, first.start) + cased + possessive + out.slice(last.end);
  }
  return out;
}

/**
 * The runs of adjacent tokens (a space or hyphen apart) that the corpus writes as names, in
 * order: "Nancy Pelosi", "Bankman-Fried".
 */
function nameRuns(
  question: string,
  tokens: readonly FoldedToken[],
  names: CorpusNames,
): FoldedToken[][] {
  const runs: FoldedToken[][] = [];
  let run: FoldedToken[] = [];
  for (const t of tokens) {
    const prev = run[run.length - 1];
    if (!names.isName(t.word)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else if (prev && /^[\s-]*$/.test(question.slice(prev.end, t.start))) run.push(t);
    else {
      if (run.length > 0) runs.push(run);
      run = [t];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Up to `n` different swaps of `question` (`swapQuestion` from `id`, then from `id~1`, `id~2` …,
 * repeats dropped), so a small set measures many unanswerable questions.
 */
export function swapVariants(
  question: string,
  id: string,
  n: number,
  swap: (question: string, id: string) => string | null,
): string[] {
  return variantsOf(id, n, (seed) => swap(question, seed));
}
