import type { Article } from "../corpus/types.js";
import type { SearchResult } from "./types.js";

/** The fields of a result that say where its paragraph stands: the article's and the paragraph's place. */
export type ResultPlace = Pick<
  SearchResult,
  "outlet" | "title" | "url" | "published" | "article" | "paragraphIndex"
>;

/**
 * Where paragraph `paragraphIndex` of `article` stands, as a result names it.
 *
 * @example
 * resultPlace(article, 3); // { outlet: "RFE/RL", title: "…", url: "…", published: "2010-04-16", article: "001-rferl", paragraphIndex: 3 }
 */
export function resultPlace(article: Article, paragraphIndex: number): ResultPlace {
  const { outlet, title, url, published, id } = article;
  return { outlet, title, url, published, article: id, paragraphIndex };
}
