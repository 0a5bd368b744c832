import type { Article } from "../corpus/types.js";
import type { SegmentView } from "./segment-view.js";

/**
 * Paragraphs, not yet among `docs` and not page chrome, of the articles of the best `articles`
 * candidates (in the order of `docs`; outlets outside `allowed` skipped): those among
 * `paragraphs` of each that `keep` accepts, given the paragraph's global id too. An answer often
 * sits in a paragraph of the right article that names neither the story nor the question's
 * subject, which the first pass never reaches.
 *
 * @example
 * // the paragraphs of the best three candidates' articles that hold a quote
 * articleParagraphs(view, docs, null, 3, (a) => new Set(a.quotes.map((q) => q.paragraph)), () => true);
 */
export function articleParagraphs(
  view: SegmentView,
  docs: readonly number[],
  allowed: ReadonlySet<string> | null,
  articles: number,
  paragraphs: (article: Article) => Iterable<number>,
  keep: (article: Article, p: number, doc: number) => boolean,
): number[] {
  const have = new Set(docs);
  const ranks = new Set<number>();
  const out: number[] = [];
  for (const d of docs) {
    if (ranks.size >= articles) break;
    const { article, rank } = view.locate(d);
    if (ranks.has(rank) || (allowed && !allowed.has(article.outlet))) continue;
    ranks.add(rank);
    for (const p of paragraphs(article)) {
      const doc = view.docOf(rank, p);
      if (have.has(doc) || view.locate(doc).chrome === 1 || !keep(article, p, doc)) continue;
      have.add(doc);
      out.push(doc);
    }
  }
  return out;
}
