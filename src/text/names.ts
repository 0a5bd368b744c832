import Fuse from "fuse.js";
import { foldWord } from "./fold.js";
import { isRomanNumeral } from "./markers.js";
import { remembered } from "./memo.js";

/**
 * Rewrites applied in order until nothing changes. Each one merges spellings that different
 * transliteration systems give for the same sound, so no list of names is needed.
 */
export const NAME_RULES: ReadonlyArray<[RegExp, string]> = [
  [/[^a-z0-9]+/g, ""], // Jalal-Abad / Jalal Abad / Jalalabad
  [/dzh|dj|zh/g, "j"], // Dzhanysh / Djanysh / Zhanysh / Janysh
  [/q/g, "k"], // Qasym / Kasym
  [/kh|gh/g, "h"], // Mikhail / Mihail, Kirghiz / Kirgiz
  [/x/g, "ks"], // Alexei / Aleksei
  [/y/g, "i"], // Bakiyev / Bakiev, Dmitry / Dmitri, Nataliya / Natalia
  [/(.)\1+/g, "$1"], // Kalyyev / Kaliyev, Tatiana / Tattiana
  [/([aeiou])i([aeiou])/g, "$1$2"], // Otunbayeva / Otunbaeva, Nazarbayev / Nazarbaev
  [/iev(a|s)?$/g, "ev$1"], // Kaliyev / Kalyev / Kalev endings
];

/**
 * Transliteration-insensitive key of one word: Bakiyev, Bakiev -> "bakev"; Zhanysh, Janysh ->
 * "janish"; Jalal-Abad, Jalalabad -> "jalalabad". Idempotent; never throws.
 */
export function nameKey(word: string): string {
  return remembered(memo, word, () => computeKey(word), MEMO_LIMIT);
}

/** Names repeat (every quote of a speaker, every outlet): keep recent keys. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/**
 * Matches where some rule of NAME_RULES would rewrite (each rewrites whatever it matches), so a round of
 * the rules changes a key exactly when this matches it: one test instead of a round that changes nothing.
 */
const REWRITES = anyOf(NAME_RULES.map(([pattern]) => pattern));

/** One pattern matching where any of `patterns` does; numbered back-references are shifted to their new groups. */
function anyOf(patterns: readonly RegExp[]): RegExp {
  let groups = 0;
  const parts = patterns.map((p) => {
    const source = p.source.replace(/\\(\d)/g, (_, n: string) => `\\${Number(n) + groups}`);
    // A pattern's capturing groups: what it and an empty alternative match of "" holds.
    groups += (new RegExp(`${p.source}|`).exec("") as RegExpExecArray).length - 1;
    return `(?:${source})`;
  });
  return new RegExp(parts.join("|"));
}

function computeKey(word: string): string {
  let key = foldWord(word);
  // "LVI" and "LVII" are two Super Bowls, not two spellings of one name.
  if (isRomanNumeral(key)) return key;
  for (let round = 0; round < 8 && REWRITES.test(key); round++)
    for (const [pattern, replacement] of NAME_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** The keys of every word of a name or phrase, joined with spaces: "Roza Otunbayeva" -> "roza otunbaeva". */
export function phraseKey(text: string): string {
  return text
    .split(/[\s/]+/)
    .map(nameKey)
    .filter((k) => k !== "")
    .join(" ");
}

/** Options of a fuzzy matcher over short strings (names, outlets). */
export interface FuzzyOptions {
  /** Fuse.js threshold: 0 exact only, 1 anything. Default 0.3 (one or two typos in a name). */
  threshold: number;
}

export const defaultFuzzyOptions: FuzzyOptions = { threshold: 0.3 };

/**
 * Finds the short strings (speaker names, outlet names) that a user's text means, spelling
 * variants and typos included: compares name keys exactly first, then fuzzily with fuse.js.
 */
export class FuzzyNames {
  private readonly fuse: Fuse<{ name: string; key: string }>;
  private readonly byKey = new Map<string, string[]>();

  constructor(names: readonly string[], options: Partial<FuzzyOptions> = {}) {
    const { threshold } = { ...defaultFuzzyOptions, ...options };
    const items = names.map((name) => ({ name, key: phraseKey(name) }));
    for (const item of items) {
      const list = this.byKey.get(item.key) ?? [];
      list.push(item.name);
      this.byKey.set(item.key, list);
    }
    this.fuse = new Fuse(items, { keys: ["key"], threshold, ignoreLocation: true });
  }

  /**
   * Names matching `text`, best first: same key, then keys holding it as whole words; only when
   * there are none, fuzzy (typo) hits.
   */
  match(text: string, limit = 10): string[] {
    const key = phraseKey(text);
    if (key === "") return [];
    const found = new Set<string>(this.byKey.get(key) ?? []);
    for (const [k, names] of this.byKey) {
      if (found.size >= limit) break;
      if (containsWords(k, key)) for (const n of names) found.add(n);
    }
    if (found.size === 0)
      for (const hit of this.fuse.search(key, { limit })) found.add(hit.item.name);
    return [...found].slice(0, limit);
  }
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}
