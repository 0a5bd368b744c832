import lunr from "lunr";
import MiniSearch from "minisearch";
import type { Article } from "../../corpus/types.js";
import { resultPlace } from "../../search/result-place.js";
import type { SearchAnswer, SearchResult } from "../../search/types.js";

/** A paragraph an anchor engine returned: article and paragraph numbers, and the engine's score. */
interface AnchorHit {
  a: number;
  p: number;
  score: number;
}

/** The top five hits as the project's answers, so one scorer reads every engine. */
function anchorAnswer(
  articles: readonly Article[],
  query: string,
  hits: readonly AnchorHit[],
): SearchAnswer {
  const results: SearchResult[] = hits.slice(0, 5).map(({ a, p, score }) => {
    const article = articles[a] as Article;
    const paragraph = article.paragraphs[p] as string;
    return {
      ...resultPlace(article, p),
      paragraph,
      quote: paragraph,
      speaker: null,
      score,
      highlights: [],
      alsoReportedBy: [],
    };
  });
  return { query, noMatch: results.length === 0, results, figures: [] };
}

function paragraphsOf(articles: readonly Article[]): Array<{ id: string; text: string }> {
  return articles.flatMap((article, a) =>
    article.paragraphs.map((text, p) => ({ id: `${a}:${p}`, text })),
  );
}

/** "12:3" → article 12, paragraph 3. */
function hitOf(id: string, score: number): AnchorHit {
  const [a, p] = id.split(":").map(Number) as [number, number];
  return { a, p, score };
}

/**
 * The anchor every ranking change is read against: MiniSearch with its defaults (BM25, its own
 * tokenizer, no stemming, no fuzzy or prefix matching) over the same paragraphs as the index.
 */
export function miniSearchAnchor(articles: readonly Article[]): (q: string) => SearchAnswer {
  const engine = new MiniSearch({ fields: ["text"] });
  engine.addAll(paragraphsOf(articles));
  return (query) =>
    anchorAnswer(
      articles,
      query,
      engine.search(query).map((hit) => hitOf(hit.id as string, hit.score)),
    );
}

/**
 * The second anchor: lunr with its default pipeline (its tokenizer, English stop words, the
 * Porter stemmer; BM25 scoring). The question is cut by lunr's tokenizer and trimmer, as the
 * paragraphs are, and passed as plain terms: a colon, tilde or minus a user types is a
 * character, not lunr's query syntax (which would throw), and "departure?" is "departure".
 */
export function lunrAnchor(articles: readonly Article[]): (q: string) => SearchAnswer {
  const engine = lunr(function build() {
    this.ref("id");
    this.field("text");
    for (const doc of paragraphsOf(articles)) this.add(doc);
  });
  return (query) => {
    const terms = lunr.tokenizer(query).map((token) => lunr.trimmer(token));
    const hits = engine.query((q) => {
      for (const term of terms) q.term(term, {});
    });
    return anchorAnswer(
      articles,
      query,
      hits.map((hit) => hitOf(hit.ref, hit.score)),
    );
  };
}
