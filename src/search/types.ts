import type { NoMatchEvidence } from "./no-match.js";
import type { WindowParts } from "./passage.js";

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
  /** Receives what the no-match decision read (for tuning and evaluation). */
  explain?: (evidence: NoMatchEvidence) => void;
  /** Receives what each candidate's score adds up, in ranked order (for learning the weights). */
  parts?: (candidates: CandidateParts[]) => void;
}

/** What a candidate passage's score is made of, before its weights (`RankOptions`). */
export interface CandidateParts {
  outlet: string;
  paragraph: string;
  /** Body text that adds to the question 0, a restatement of it 1, a caption 2: ranked first. */
  tier: number;
  /** Every quote window it was scored on. */
  windows: readonly WindowParts[];
  /** Weight of the question the whole paragraph holds. */
  paragraphCover: number;
  /** The question's weight. */
  total: number;
  /** It quotes someone the question names. */
  speaker: boolean;
  /** An article's first paragraph. */
  lead: boolean;
  /** Weight of the best passage's answer words it holds, of their total; null when not read. */
  echo: { held: number; total: number } | null;
}
