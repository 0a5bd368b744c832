import type { Article } from "../corpus/types.js";
import { foldTokens } from "../text/fold.js";
import type { TermCache } from "../text/terms.js";
import { articleParagraphs } from "./article-paragraphs.js";
import type { ParsedQuery } from "./query.js";
import type { SegmentView } from "./segment-view.js";

/**
 * The speaker when the quoted sentences lie mostly inside one of the article's direct quotes, or
 * hold one whole: a sentence that says who spoke ("Kazinform quoted the governor as saying: “…”",
 * "Niemann also said, “…,” referring to …") is often longer than its quote.
 */
export function speakerOf(
  article: Article,
  p: number,
  text: string,
  start: number,
  end: number,
): string | null {
  for (const q of article.quotes) {
    if (q.paragraph !== p || q.speaker === null) continue;
    const at = text.indexOf(q.text.slice(0, 40));
    if (at < 0) continue;
    const overlap = Math.min(end, at + q.text.length) - Math.max(start, at);
    if (overlap >= (end - start) / 2 || overlap === q.text.length) return q.speaker;
  }
  return null;
}

/**
 * The question's groups that name the speaker (by name, role, or a misspelling or shortening of
 * either; not by a WordNet related word) of one of the paragraph's quotes.
 */
export function speakerGroups(
  article: Article,
  p: number,
  parsed: ParsedQuery,
  cache: TermCache,
): number[] {
  const out = new Set<number>();
  for (const q of article.quotes) {
    if (q.paragraph !== p) continue;
    const terms = new Set(
      foldTokens(`${q.speaker ?? ""} ${q.role ?? ""}`).map((t) => cache.term(t.word)),
    );
    parsed.groups.forEach((g, i) => {
      if (g.speaks && g.alternatives.some((a) => a.source !== "related" && terms.has(a.term)))
        out.add(i);
    });
  }
  return [...out];
}

/**
 * Paragraphs, not yet among `docs`, of the articles of the best `articles` candidates that
 * hold a quote by someone the question names.
 */
export function speakerQuotes(
  view: SegmentView,
  docs: readonly number[],
  parsed: ParsedQuery,
  allowed: ReadonlySet<string> | null,
  articles: number,
  cache: TermCache,
): number[] {
  return articleParagraphs(
    view,
    docs,
    allowed,
    articles,
    (article) => new Set(article.quotes.map((q) => q.paragraph)),
    (article, p) => speakerGroups(article, p, parsed, cache).length > 0,
  );
}
