/** Scoring of quote attribution against a gold file (format in ../shared/eval/README.md). */
import { phraseKey } from "../text/names.js";
import type { Article, Quote } from "./types.js";

/** One gold quote: the quote that starts with (or contains) `quote` must have one of `speaker`. */
export interface QuoteGold {
  outlet: string;
  quote: string;
  /** Accepted names; empty when the right output is no speaker. */
  speaker: string[];
  /** Article file and paragraph index, when the file gives them. */
  file?: string;
  paragraph?: number;
  /** Attribution form ("after", "pronoun", "org", ...); "all" when the file has none. */
  kind: string;
}

/** How one gold quote fared. */
export interface QuoteOutcome {
  gold: QuoteGold;
  /** The fold (0 or 1) the item falls in, by a hash of its quote text. */
  fold: number;
  found: Quote | null;
  right: boolean;
}

/** Reads a JSON-lines gold file; throws naming the file and line of a bad entry. */
export function parseQuoteGold(text: string, source: string): QuoteGold[] {
  const items: QuoteGold[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const raw = JSON.parse(line) as Partial<QuoteGold>;
    if (typeof raw.quote !== "string" || !Array.isArray(raw.speaker) || !raw.outlet)
      throw new Error(
        `${source}:${i + 1}: each line needs "outlet", "quote" and "speaker" (array)`,
      );
    items.push({ ...raw, kind: raw.kind ?? "all" } as QuoteGold);
  });
  return items;
}

/** The eval's normalisation: straight quotes, plain dashes, single spaces, lower case. */
function normalise(s: string): string {
  return s
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The speaker matches when it contains one of the accepted names, in any spelling. */
export function sameSpeaker(found: string | null, accepted: readonly string[]): boolean {
  if (accepted.length === 0) return found === null;
  if (!found) return false;
  const key = ` ${phraseKey(found)} `;
  return accepted.some(
    (e) => key.includes(` ${phraseKey(e)} `) || normalise(found).includes(normalise(e)),
  );
}

/** Fold 0 or 1 from a string hash: stable across runs and independent of file order. */
export function foldOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % 2;
}

/** Finds the gold quote among the articles (by file, nearest the paragraph, when given) and scores it. */
export function scoreQuote(gold: QuoteGold, articles: readonly Article[]): QuoteOutcome {
  const want = normalise(gold.quote);
  // The paragraph index is a hint: page layout may count a heading or caption differently.
  const distance = (q: Quote) => Math.abs(q.paragraph - (gold.paragraph ?? q.paragraph));
  const found =
    articles
      .filter((a) => (gold.file ? a.file === gold.file : a.outlet === gold.outlet))
      .flatMap((a) => a.quotes)
      .filter((q) => normalise(q.text).includes(want))
      .sort((a, b) => distance(a) - distance(b))[0] ?? null;
  // A mark that is not taken as a quote at all has no speaker, which is right for "none".
  const right = found ? sameSpeaker(found.speaker, gold.speaker) : gold.speaker.length === 0;
  return { gold, fold: foldOf(gold.quote), found, right };
}

/** Right / total per kind, per fold and overall. */
export interface QuoteScore {
  kinds: Array<{ kind: string; right: number; total: number }>;
  folds: Array<{ right: number; total: number }>;
  right: number;
  total: number;
}

export function summarizeQuotes(outcomes: readonly QuoteOutcome[]): QuoteScore {
  const kinds = new Map<string, { kind: string; right: number; total: number }>();
  const folds = [
    { right: 0, total: 0 },
    { right: 0, total: 0 },
  ];
  for (const o of outcomes) {
    const k = kinds.get(o.gold.kind) ?? { kind: o.gold.kind, right: 0, total: 0 };
    kinds.set(o.gold.kind, k);
    const f = folds[o.fold] as { right: number; total: number };
    for (const c of [k, f]) {
      c.total++;
      if (o.right) c.right++;
    }
  }
  const right = outcomes.filter((o) => o.right).length;
  return { kinds: [...kinds.values()], folds, right, total: outcomes.length };
}
