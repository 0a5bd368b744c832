import type { Article } from "../corpus/types.js";
import { compareFiles } from "./corpus-order.js";
import { countLive, nextLive, type Part } from "./deletions.js";

/** The live articles of a view's parts in corpus order, and where each is. */
export interface Order {
  articles: Article[];
  /** Part and local article of each rank. */
  partOfRank: Int32Array;
  localOfRank: Int32Array;
  /** Global paragraph id of the first paragraph of the article of each rank (length articles + 1). */
  docStart: Int32Array;
  /** Per part: rank of each local article, -1 once removed. */
  rankOf: Int32Array[];
}

/** Ranks merged between pauses' checks of `due()` (a check reads the clock). */
const ORDER_RUN = 1024;

/**
 * Merges the parts' live articles, each part already in corpus order, a run at a time: the
 * articles of one part that come before every other part's next one are found by binary search,
 * so a change costs a pass over the ranks, not a comparison per article and part. Pauses
 * (yields) whenever `due()` says so, every ORDER_RUN ranks.
 */
export function* orderOf(parts: readonly Part[], due: () => boolean): Generator<void, Order> {
  const live = parts.reduce((n, p) => n + countLive(p), 0);
  const articles: Article[] = new Array(live);
  const partOfRank = new Int32Array(live);
  const localOfRank = new Int32Array(live);
  const docStart = new Int32Array(live + 1);
  const rankOf = parts.map((p) => new Int32Array(p.segment.articles.length).fill(-1));
  const next = parts.map((p) => nextLive(p, 0));
  let docs = 0;
  let rank = 0;
  while (rank < live) {
    const best = firstPart(parts, next, -1);
    const bound = firstPart(parts, next, best);
    const part = parts[best] as Part;
    const { articles: own, articleDocStart: starts } = part.segment;
    // Ties between parts go to the lower one, as a fresh build's stable sort has them.
    let end = own.length;
    if (bound >= 0) {
      const limit = ((parts[bound] as Part).segment.articles[next[bound] as number] as Article)
        .file;
      const before = (a: Article) => {
        const c = compareFiles(a.file, limit);
        return c < 0 || (c === 0 && best < bound);
      };
      let lo = next[best] as number;
      while (lo < end) {
        const mid = (lo + end) >> 1;
        if (before(own[mid] as Article)) lo = mid + 1;
        else end = mid;
      }
    }
    const ranks = rankOf[best] as Int32Array;
    const removed = part.deleted.articles;
    for (let local = next[best] as number; local < end; local++) {
      if (removed[local] === 1) continue;
      articles[rank] = own[local] as Article;
      partOfRank[rank] = best;
      localOfRank[rank] = local;
      ranks[local] = rank;
      docStart[rank] = docs;
      docs += (starts[local + 1] as number) - (starts[local] as number);
      rank++;
      if (rank % ORDER_RUN === 0 && due()) yield;
    }
    next[best] = nextLive(part, end);
  }
  docStart[live] = docs;
  return { articles, partOfRank, localOfRank, docStart, rankOf };
}

/** The part (other than `except`) whose next live article comes first in corpus order, the lowest on a tie; -1 when none is left. */
function firstPart(parts: readonly Part[], next: readonly number[], except: number): number {
  let best = -1;
  let file = "";
  for (let p = 0; p < parts.length; p++) {
    const at = next[p] as number;
    if (p === except || at < 0) continue;
    const f = ((parts[p] as Part).segment.articles[at] as Article).file;
    if (best < 0 || compareFiles(f, file) < 0) {
      best = p;
      file = f;
    }
  }
  return best;
}
