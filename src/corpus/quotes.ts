import { Attributor } from "./attributor.js";
import { hasWords } from "./chars.js";
import { mask, quoteSpans, quoteText } from "./quote-spans.js";
import { isNotSpoken } from "./quoted-titles.js";
import type { Attribution } from "./subject-resolver.js";
import type { Quote } from "./types.js";

/** Quotes shorter than this are scare quotes or terms ("deportation"), not statements. */
const MIN_QUOTE_WORDS = 4;

/** Extracts direct quotes with their speakers from an article's paragraphs. */
export function extractQuotes(paragraphs: readonly string[]): Quote[] {
  const spans = paragraphs.map((p) =>
    quoteSpans(p).filter((s) => hasWords(p, s.open + 1, s.end, MIN_QUOTE_WORDS)),
  );
  if (spans.every((s) => s.length === 0)) return [];
  const masked = paragraphs.map((p, i) => mask(p, spans[i] ?? []));
  const attributor = new Attributor(masked);
  const quotes: Quote[] = [];
  paragraphs.forEach((p, paragraph) => {
    let previous: Attribution | null = null;
    for (const span of spans[paragraph] ?? []) {
      const text = quoteText(p, span);
      if (isNotSpoken(p, span, text)) {
        quotes.push({ text, speaker: null, role: null, paragraph });
        continue;
      }
      const found = attributor.attribute(paragraph, span, previous);
      if (found.speaker) previous = found;
      quotes.push({ text, speaker: found.speaker, role: found.role, paragraph });
    }
  });
  return quotes;
}
