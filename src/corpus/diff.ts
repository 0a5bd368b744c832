import { createHash } from "node:crypto";
import { paragraphCount, quoteCount } from "./packed.js";
import type { Article, LoadError } from "./types.js";

/** Which articles a reload added, removed or changed, by id, each list sorted. */
export interface CorpusDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

/** Totals shown after a reload. */
export interface CorpusCounts {
  articles: number;
  paragraphs: number;
  quotes: number;
  warnings: number;
}

/** What one reload changed, for the moderator who asked: the changed ids and the new totals. */
export interface ReloadReport extends CorpusDiff, CorpusCounts {
  errors: LoadError[];
  ms: number;
  /** true when the new corpus failed as a whole and the previous one keeps serving */
  kept: boolean;
}

/** Fingerprint of everything ingestion made of an article: equal hashes, same article as served. */
export function contentHash(article: Article): string {
  return createHash("sha256").update(JSON.stringify(article)).digest("base64url");
}

export function countCorpus(articles: readonly Article[]): CorpusCounts {
  const counts: CorpusCounts = { articles: articles.length, paragraphs: 0, quotes: 0, warnings: 0 };
  for (const a of articles) {
    counts.paragraphs += paragraphCount(a);
    counts.quotes += quoteCount(a);
    counts.warnings += a.warnings.length;
  }
  return counts;
}

/** The totals of two sets of articles taken together. */
export function plus(a: CorpusCounts, b: CorpusCounts): CorpusCounts {
  return {
    articles: a.articles + b.articles,
    paragraphs: a.paragraphs + b.paragraphs,
    quotes: a.quotes + b.quotes,
    warnings: a.warnings + b.warnings,
  };
}

/** The totals of `a` without the articles counted in `b` (which are among them). */
export function minus(a: CorpusCounts, b: CorpusCounts): CorpusCounts {
  return plus(a, {
    articles: -b.articles,
    paragraphs: -b.paragraphs,
    quotes: -b.quotes,
    warnings: -b.warnings,
  });
}
