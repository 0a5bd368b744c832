import type { NoMatchEvidence } from "./no-match.js";

/** Another outlet's near-identical passage, grouped under the best one. */
export interface AlsoReported {
  outlet: string;
  /** Article id. */
  article: string;
  /** The whole paragraph. */
  paragraph: string;
  quote: string;
}

/** One answer to a question. */
export interface SearchResult {
  outlet: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** Article id. */
  article: string;
  /** Index of the paragraph within its article (for "Context"). */
  paragraphIndex: number;
  /** The whole paragraph, for context. */
  paragraph: string;
  /** The sentence(s) of the paragraph that answer, at most about 300 characters. */
  quote: string;
  /** The speaker when `quote` is a direct quote; null otherwise. */
  speaker: string | null;
  score: number;
  /** Character ranges [start, end) in `quote` of the words that matched the question, for highlighting. */
  highlights: Array<[number, number]>;
  alsoReportedBy: AlsoReported[];
  /** True when the paragraph reads as a photo caption or teaser: shown, marked, only after body text. */
  caption?: true;
}

/** The answer to one question. */
export interface SearchAnswer {
  query: string;
  noMatch: boolean;
  results: SearchResult[];
  /** When outlets give different figures for what was asked (84 vs "more than 80"), one entry per outlet. */
  figures: Array<{ outlet: string; figure: string; article: string }>;
}

/** Options of one search. */
export interface SearchOptions {
  /** Only results from this outlet (matched leniently: case, punctuation, spelling variants). */
  outlet?: string;
  /** How many results at most. Default 5. */
  limit?: number;
  /**
   * Receives what the no-match decision read (for tuning and evaluation): of the reading that
   * answers when a question has two (as typed and `functionWordReading`), and once more for a
   * question refused so far that `readSlips` reads a slip in.
   */
  explain?: (evidence: NoMatchEvidence) => void;
}
