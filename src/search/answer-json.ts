import type { SearchAnswer } from "./types.js";

/** The JSON shape of one answer printed by `npm run ask -- --json`; nothing more, nothing less. */
export interface AnswerJson {
  query: string;
  noMatch: boolean;
  results: Array<{
    outlet: string;
    title: string | null;
    url: string | null;
    published: string | null;
    article: string;
    paragraph: string;
    quote: string;
    speaker: string | null;
    score: number;
    alsoReportedBy: Array<{ outlet: string; article: string; paragraph: string; quote: string }>;
  }>;
}

/** Maps an answer to the CLI's JSON shape (the paragraph as text, no highlights or figures). */
export function answerJson(answer: SearchAnswer): AnswerJson {
  return {
    query: answer.query,
    noMatch: answer.noMatch,
    results: answer.results.map((r) => ({
      outlet: r.outlet,
      title: r.title,
      url: r.url,
      published: r.published,
      article: r.article,
      paragraph: r.paragraph,
      quote: r.quote,
      speaker: r.speaker,
      score: r.score,
      alsoReportedBy: r.alsoReportedBy.map((a) => ({
        outlet: a.outlet,
        article: a.article,
        paragraph: a.paragraph,
        quote: a.quote,
      })),
    })),
  };
}

/** One question of a batch file: a plain line, or JSON with `q` and an optional `id`. */
export function parseBatchLine(line: string): { id: string | number | null; q: string } {
  const text = line.trim();
  if (!text.startsWith("{")) return { id: null, q: text };
  const value = JSON.parse(text) as { q?: unknown; id?: unknown };
  if (typeof value.q !== "string") throw new Error('a JSON line needs "q" (the question as text)');
  const id = typeof value.id === "string" || typeof value.id === "number" ? value.id : null;
  return { id, q: value.q };
}
