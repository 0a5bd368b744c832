import MiniSearch from "minisearch";
import type { Article } from "../../corpus/types.js";
import type { SearchAnswer, SearchResult } from "../../search/types.js";

/**
 * The anchor every ranking change is read against: MiniSearch with its defaults (BM25, its own
 * tokenizer, no stemming, no fuzzy or prefix matching) over the same paragraphs as the index.
 */
export function miniSearchAnchor(articles: readonly Article[]): (q: string) => SearchAnswer {
  const docs = articles.flatMap((article, a) =>
    article.paragraphs.map((text, p) => ({ id: `${a}:${p}`, a, p, text })),
  );
  const engine = new MiniSearch({ fields: ["text"], storeFields: ["a", "p"] });
  engine.addAll(docs);
  return (query) => {
    const results: SearchResult[] = engine
      .search(query)
      .slice(0, 5)
      .map((hit) => {
        const article = articles[hit.a as number] as Article;
        const paragraph = article.paragraphs[hit.p as number] as string;
        return {
          outlet: article.outlet,
          title: article.title,
          url: article.url,
          published: article.published,
          article: article.id,
          paragraphIndex: hit.p as number,
          paragraph,
          quote: paragraph,
          speaker: null,
          score: hit.score,
          highlights: [],
          alsoReportedBy: [],
        };
      });
    return { query, noMatch: results.length === 0, results, figures: [] };
  };
}
