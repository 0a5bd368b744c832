/**
 * The article-extraction benchmark's score (../shared/eval/README.md): per page, both texts are
 * split into word tokens and compared as multisets of 4-token shingles; precision and recall are
 * averaged over pages, and F1 is computed from the two averages.
 */
import { createHash } from "node:crypto";

/** Tokens per shingle. */
const SHINGLE_TOKENS = 4;

/** One page's counts. */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Averages over pages; `pages` is how many were scored. */
export interface Score {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
}

/** Runs of word characters (Python's `\w`: letters, digits, underscore in any script), case kept. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{Mn}\p{Mc}_]+/gu) ?? [];
}

/** The text's shingles with their counts; fewer than 4 tokens (even none) make one shingle. */
function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const counts = new Map<string, number>();
  const n = Math.max(1, t.length - SHINGLE_TOKENS + 1);
  for (let i = 0; i < n; i++) {
    const key = t.slice(i, i + SHINGLE_TOKENS).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Shingle overlap of an extraction with the true article body. */
export function scorePage(extracted: string, truth: string): PageScore {
  const pred = shingles(extracted);
  const gold = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, p] of pred) {
    const g = gold.get(key) ?? 0;
    tp += Math.min(p, g);
    fp += Math.max(0, p - g);
  }
  for (const [key, g] of gold) fn += Math.max(0, g - (pred.get(key) ?? 0));
  return { tp, fp, fn };
}

/** Page precision, or null when nothing was extracted (tp + fp = 0). */
export function pagePrecision(s: PageScore): number | null {
  return s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : null;
}

/** Page recall, or null when there is nothing to find (tp + fn = 0). */
export function pageRecall(s: PageScore): number | null {
  return s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : null;
}

function mean(values: readonly (number | null)[]): number {
  const v = values.filter((x): x is number => x !== null);
  return v.length === 0 ? 0 : v.reduce((a, b) => a + b, 0) / v.length;
}

/** Averaged precision and recall over pages, and the F1 of the two averages. */
export function aggregate(pages: readonly PageScore[]): Score {
  const precision = mean(pages.map(pagePrecision));
  const recall = mean(pages.map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, pages: pages.length };
}

/** A page's fold (0 or 1): from a hash of its key, so the split is stable and independent of order. */
export function foldOf(key: string, folds = 2): number {
  return createHash("sha256").update(key).digest().readUInt32BE(0) % folds;
}
