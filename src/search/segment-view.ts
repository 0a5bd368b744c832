import type { Article } from "../corpus/types.js";
import { complete, never } from "../text/steps.js";
import { type Order, orderOf } from "./article-order.js";
import { averageLength, Impacts, type SearchIndexOptions } from "./build.js";
import { countLive, type Part, partOf, withDeleted } from "./deletions.js";
import { ceiling, type Moved, move, noneMoved } from "./moved-impacts.js";
import { REMOVED, type Shifts, shiftsOf } from "./paragraph-shifts.js";
import { floorOf, PostingList } from "./posting-list.js";
import type { Segment } from "./segment.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * Receives a posting: global paragraph id, current impact, chrome mark and article of the
 * paragraph (null unless asked for: finding it costs a memory read a posting on a large corpus).
 */
export type Reader = (gid: number, impact: number, chrome: number, article: Article | null) => void;

/**
 * Several segments read as one index, exactly as a fresh index over their live articles would
 * read: paragraph counts, document frequencies and the average length are summed over live
 * articles only, impacts are worked out again when the average moved, and paragraphs are
 * numbered in corpus order, so that ties break the same way.
 */
export class SegmentView {
  /** Live articles in corpus order. */
  readonly articles: readonly Article[];
  /** Live paragraphs. */
  readonly docs: number;
  readonly avgLength: number;
  /** Global paragraph id of the first paragraph of the article of each rank (length articles + 1). */
  private readonly docStart: Int32Array;
  /** With one segment and nothing removed, its articles' ranks are their own: each paragraph's rank, stored. */
  private readonly rankOfDocStored: Int32Array | null;
  private readonly partOfRank: Int32Array;
  private readonly localOfRank: Int32Array;
  /** Per part: rank of each local article, -1 once removed. */
  private readonly rankOf: Int32Array[];
  /** Global term id = termOffset[part] + the term's id in the first part that has it. */
  private readonly termOffset: Int32Array;
  private readonly dfCache = new Map<number, number>();
  private readonly options: SearchIndexOptions;
  /** Impacts at this view's average length, and per part what `scan` reads them and global ids by: made on first use, kept across questions. */
  #impacts: Impacts | null = null;
  readonly #shifts: Array<Shifts | undefined> = [];
  readonly #moved: Array<Moved | undefined> = [];

  /** `order`: the parts' live articles merged (`orderOf`), made here when not given. */
  constructor(
    readonly parts: readonly Part[],
    order: Order = complete(orderOf(parts, never)),
  ) {
    if (parts.length === 0) throw new Error("SegmentView needs at least one segment");
    this.options = (parts[0] as Part).segment.state.options;
    const only = parts[0] as Part;
    this.rankOfDocStored =
      parts.length === 1 && only.deleted.count === 0 ? only.segment.state.docArticle : null;
    ({
      articles: this.articles,
      partOfRank: this.partOfRank,
      localOfRank: this.localOfRank,
      docStart: this.docStart,
      rankOf: this.rankOf,
    } = order);
    this.docs = this.docStart[this.articles.length] as number;
    let total = 0;
    for (const p of parts) total += p.segment.totalLength - p.deleted.length;
    this.avgLength = averageLength(total, this.docs);
    this.termOffset = new Int32Array(parts.length + 1);
    parts.forEach((p, i) => {
      this.termOffset[i + 1] = (this.termOffset[i] as number) + p.segment.vocabulary.size;
    });
  }

  /** One segment, nothing removed: a freshly built index. */
  static of(segment: Segment): SegmentView {
    return new SegmentView([partOf(segment)]);
  }

  /** The parts with `segment` added, and every article of it or of `removed` taken out of the others. */
  withChanges(segment: Segment | null, removed: Iterable<string>): SegmentView {
    return complete(this.changing(segment, removed, never));
  }

  /**
   * `withChanges`, pausing (yielding) whenever `due()` says so: between removed articles (each
   * indexed again alone), within the merge of the parts' articles (a pass over all of them) and
   * before each part's paragraph ids (`made`).
   */
  *changing(
    segment: Segment | null,
    removed: Iterable<string>,
    due: () => boolean,
  ): Generator<void, SegmentView> {
    const gone = new Set(removed);
    for (const a of segment?.articles ?? []) gone.add(a.id);
    const parts: Part[] = [];
    for (let p = 0; p < this.parts.length; p++) {
      const part = this.parts[p] as Part;
      let deleted = part.deleted;
      const ranks = this.rankOf[p] as Int32Array;
      for (const id of gone) {
        const a = part.segment.local(id);
        if (a < 0 || ranks[a] === -1) continue;
        deleted = withDeleted(part.segment, deleted, a);
        if (due()) yield;
      }
      parts.push(deleted === part.deleted ? part : { segment: part.segment, deleted });
    }
    if (segment) parts.push(partOf(segment));
    return yield* SegmentView.made(
      parts.filter((p) => countLive(p) > 0 || p === parts[0]),
      due,
    );
  }

  /**
   * The view of `parts`, made a step at a time, with what the first question over it would
   * otherwise make in its own turn: each part's global paragraph ids (`shifts`, a pass over its articles).
   */
  private static *made(parts: readonly Part[], due: () => boolean): Generator<void, SegmentView> {
    const view = new SegmentView(parts, yield* orderOf(parts, due));
    for (let p = 0; p < parts.length; p++) {
      if (due()) yield;
      view.shifts(p);
    }
    return view;
  }

  /**
   * The parts with `merged` standing for `replaced` (which it indexes again, in one segment);
   * articles of `merged` that this view no longer serves as they were are marked removed in it.
   */
  withMerged(replaced: readonly Segment[], merged: Segment): SegmentView {
    const kept = this.parts.filter((p) => !replaced.includes(p.segment));
    const gone = merged.articles.flatMap((article, a) =>
      this.article(article.id) === article ? [] : [a],
    );
    // The merged segment goes where the first replaced one was, so the base stays first.
    const at = this.parts.findIndex((p) => replaced.includes(p.segment));
    kept.splice(Math.max(0, at), 0, partOf(merged, gone));
    return complete(SegmentView.made(kept, never));
  }

  /** The live article with this id. */
  article(id: string): Article | undefined {
    for (let p = this.parts.length - 1; p >= 0; p--) {
      const part = this.parts[p] as Part;
      const a = part.segment.local(id);
      if (a >= 0 && (this.rankOf[p] as Int32Array)[a] !== -1) return part.segment.articles[a];
    }
    return undefined;
  }

  /** Article (and its rank in corpus order), paragraph index and chrome mark of global paragraph `gid`. */
  locate(gid: number): { article: Article; rank: number; paragraph: number; chrome: number } {
    const lo = this.rankOfDoc(gid);
    const part = this.parts[this.partOfRank[lo] as number] as Part;
    const local = this.localOfRank[lo] as number;
    const paragraph = gid - (this.docStart[lo] as number);
    const doc = (part.segment.articleDocStart[local] as number) + paragraph;
    return {
      article: this.articles[lo] as Article,
      rank: lo,
      paragraph,
      chrome: part.segment.state.docChrome[doc] as number,
    };
  }

  /** Rank (in corpus order) of the article of global paragraph `gid`. */
  rankOfDoc(gid: number): number {
    if (this.rankOfDocStored !== null) return this.rankOfDocStored[gid] as number;
    let lo = 0;
    let hi = this.articles.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.docStart[mid] as number) <= gid) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Global paragraph id of paragraph `paragraph` of the article of rank `rank` (corpus order). */
  docOf(rank: number, paragraph: number): number {
    return (this.docStart[rank] as number) + paragraph;
  }

  // --- The vocabulary, as a fresh index over the live articles would have it. ---

  /** Global id of `term`, or -1 when no live paragraph holds it. */
  id(term: string): number {
    let first = -1;
    let df = 0;
    this.parts.forEach((part, p) => {
      const local = part.segment.vocabulary.id(term);
      if (local < 0) return;
      if (first < 0) first = (this.termOffset[p] as number) + local;
      df += part.segment.df(local) - (part.deleted.terms.get(local) ?? 0);
    });
    if (first >= 0) this.dfCache.set(first, df);
    return df > 0 ? first : -1;
  }

  /**
   * The words as written, in any segment, whose term is `term`: every word of an indexed
   * paragraph whose term it is is one of them (words of removed articles may be too).
   */
  wordsOfTerm(term: string): string[] {
    const found = new Set<string>();
    for (const { segment } of this.parts) {
      const local = segment.vocabulary.id(term);
      if (local < 0) continue;
      for (const w of segment.wordsOf(local)) found.add(segment.surface.term(w));
    }
    return [...found];
  }

  term(id: number): string {
    let p = 0;
    while ((this.termOffset[p + 1] as number) <= id) p++;
    return (this.parts[p] as Part).segment.vocabulary.term(id - (this.termOffset[p] as number));
  }

  /** Live paragraphs holding term `id`. */
  df(id: number): number {
    if (!this.dfCache.has(id)) this.id(this.term(id));
    return this.dfCache.get(id) ?? 0;
  }

  /** Live terms within `maxEdits` of `term` (see Vocabulary.near). */
  nearTerms(term: string, maxEdits: number): number[] {
    const found = new Set<number>();
    for (const part of this.parts)
      for (const local of part.segment.vocabulary.near(term, maxEdits)) {
        const id = this.id(part.segment.vocabulary.term(local));
        if (id >= 0) found.add(id);
      }
    return [...found];
  }

  /** Live words as written within `maxEdits` of `word`, each with its term's global id. */
  nearWords(word: string, maxEdits: number): Array<{ word: string; term: number }> {
    return this.liveWords((surface) => surface.near(word, maxEdits));
  }

  /** Live words as written that start with `prefix`, each with its term's global id. */
  wordsStartingWith(prefix: string): Array<{ word: string; term: number }> {
    return this.liveWords((surface) => surface.startingWith(prefix));
  }

  private liveWords(
    pick: (surface: Vocabulary) => Iterable<number>,
  ): Array<{ word: string; term: number }> {
    const found = new Map<string, number>();
    for (const part of this.parts) {
      const { surface, vocabulary, state } = part.segment;
      for (const local of pick(surface)) {
        const text = surface.term(local);
        if (found.has(text) || !this.wordIsLive(text)) continue;
        found.set(text, this.id(vocabulary.term(state.surfaceTerm[local] as number)));
      }
    }
    return [...found].map(([w, term]) => ({ word: w, term }));
  }

  /** Whether some live article writes `word` (folded) as it is. */
  writes(word: string): boolean {
    return this.wordIsLive(word);
  }

  private wordIsLive(word: string): boolean {
    let articles = 0;
    for (const part of this.parts) {
      const local = part.segment.surface.id(word);
      if (local >= 0)
        articles +=
          (part.segment.state.surfaceArticles[local] as number) -
          (part.deleted.words.get(local) ?? 0);
    }
    return articles > 0;
  }

  // --- Postings. ---

  /**
   * The `limit` best postings of `term` as stored, when the view is a single segment with nothing
   * removed (stored impacts are current, local ids are global): views of the index's arrays, for
   * loops that would spend more on calling a reader than on the posting. Null otherwise (read
   * them with `postings`); empty when no paragraph holds the term.
   */
  storedPostings(
    term: string,
    limit: number,
  ): { docs: Int32Array; impacts: Uint8Array; chrome: Uint8Array } | null {
    const only = this.parts[0] as Part;
    if (this.parts.length !== 1 || only.deleted.docs !== 0) return null;
    const { state, vocabulary } = only.segment;
    const id = vocabulary.id(term);
    const from = id < 0 ? 0 : (state.termStart[id] as number);
    const to = id < 0 ? 0 : Math.min(state.termStart[id + 1] as number, from + limit);
    return {
      docs: state.postDoc.subarray(from, to),
      impacts: state.postImpact.subarray(from, to),
      chrome: state.docChrome,
    };
  }

  /**
   * Calls `read` for the `limit` best live postings of `term` (highest impact, then lowest
   * paragraph id): those a fresh index over the live articles would list first; with their
   * articles when `withArticles`. `read` must not read postings itself.
   */
  postings(term: string, limit: number, read: Reader, withArticles = false): void {
    const only = this.parts[0] as Part;
    if (this.parts.length === 1 && only.deleted.docs === 0) {
      // Exactly as built: stored impacts are current and local ids are global ids.
      const { state, vocabulary, articles } = only.segment;
      const id = vocabulary.id(term);
      if (id < 0) return;
      const from = state.termStart[id] as number;
      const to = Math.min(state.termStart[id + 1] as number, from + limit);
      for (let k = from; k < to; k++) {
        const d = state.postDoc[k] as number;
        const article = withArticles ? (articles[state.docArticle[d] as number] as Article) : null;
        read(d, state.postImpact[k] as number, state.docChrome[d] as number, article);
      }
      return;
    }
    const { gids, impacts, chromes, length } = this.livePostings(term, limit);
    for (let i = 0; i < length; i++)
      read(
        gids[i] as number,
        impacts[i] as number,
        chromes[i] as number,
        withArticles ? (this.articles[this.rankOfDoc(gids[i] as number)] as Article) : null,
      );
  }

  /**
   * What `postings` reads of `term`, in the same order, in typed arrays: for loops that would
   * spend more on calling a reader than on the posting. Shared by every view and valid until the
   * next call (questions run one at a time).
   */
  livePostings(term: string, limit: number): PostingList {
    const out = POSTINGS.cleared();
    const gid = this.id(term);
    if (gid < 0) return out;
    if (this.df(gid) <= limit) {
      for (let p = 0; p < this.parts.length; p++) this.scan(p, term, null, out);
      return out;
    }
    // The best of each part, then the `limit` best of those: nothing below the impact the
    // limit-th best read so far has can get in.
    const found = FOUND.cleared();
    for (let p = 0; p < this.parts.length; p++) this.scan(p, term, limit, found);
    const hist = found.hist;
    const cut = floorOf(hist, limit);
    let above = 0;
    for (let q = 255; q > cut; q--) above += hist[q] as number;
    // At the cut, the lowest paragraph ids get in, as in a fresh index's stable impact order.
    const atCut = new Int32Array(hist[cut] as number);
    let k = 0;
    for (let i = 0; i < found.length; i++)
      if (found.impacts[i] === cut) atCut[k++] = found.gids[i] as number;
    atCut.sort();
    const lastIn = atCut[limit - above - 1] ?? -1;
    for (let i = 0; i < found.length; i++) {
      const impact = found.impacts[i] as number;
      const g = found.gids[i] as number;
      if (impact > cut || (impact === cut && g <= lastIn))
        out.push(g, impact, found.chromes[i] as number);
    }
    return out;
  }

  /**
   * Appends part p's live postings of `term` to `out` in stored order; with `limit`, stops at the
   * first whose impact can no longer reach that of the limit-th best in `out` (its stored impact
   * bounds its current one: see `ceiling`). A posting's global id and current impact are read from
   * its local paragraph id, term frequency and stored impact, through tables of the view (`shifts`,
   * `moved`): the paragraph's article, number and length are read only where those cannot tell.
   */
  private scan(p: number, term: string, limit: number | null, out: PostingList): void {
    const part = this.parts[p] as Part;
    const { state, vocabulary } = part.segment;
    const id = vocabulary.id(term);
    if (id < 0) return;
    const same = state.avgLength === this.avgLength;
    const grow = this.avgLength / state.avgLength;
    const { cuts, shift } = this.shifts(p);
    const runs = cuts.length;
    const moved = same ? null : this.moved(p);
    const impacts = this.impactsNow();
    const { postImpact, postDoc, postTf, docLength, docChrome } = state;
    let lastStored = -1;
    const to = state.termStart[id + 1] as number;
    for (let k = state.termStart[id] as number; k < to; k++) {
      const stored = postImpact[k] as number;
      if (stored !== lastStored && limit !== null) {
        lastStored = stored;
        if (out.length >= limit && ceiling(stored, grow) < floorOf(out.hist, limit)) return;
      }
      const d = postDoc[k] as number;
      // The last run starting at or before d.
      let lo = 0;
      let hi = runs - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((cuts[mid] as number) <= d) lo = mid;
        else hi = mid - 1;
      }
      const by = shift[lo] as number;
      if (by === REMOVED) continue;
      let impact = stored;
      if (moved !== null) {
        const tf = postTf[k] as number;
        if (moved.made[tf] === 0) move(moved, tf, state.avgLength, impacts, this.options);
        impact = moved.table[tf * 256 + stored] as number;
        if (impact === 0) impact = impacts.of(tf, docLength[d] as number);
      }
      out.push(d + by, impact, docChrome[d] as number);
    }
  }

  private impactsNow(): Impacts {
    this.#impacts ??= new Impacts(this.avgLength, this.options);
    return this.#impacts;
  }

  /** Part p's paragraph runs (`shiftsOf`), made on first use. */
  private shifts(p: number): Shifts {
    let found = this.#shifts[p];
    if (found) return found;
    const ranks = this.rankOf[p] as Int32Array;
    found = shiftsOf((this.parts[p] as Part).segment.articleDocStart, ranks, this.docStart);
    this.#shifts[p] = found;
    return found;
  }

  /** Part p's impacts at this view's average length by (term frequency, stored impact): see `move`. */
  private moved(p: number): Moved {
    let found = this.#moved[p];
    if (!found) {
      found = noneMoved();
      this.#moved[p] = found;
    }
    return found;
  }
}

/** What livePostings returns, and what it reads before choosing the best (kept: they grow to the longest lists read). */
const POSTINGS = new PostingList();
const FOUND = new PostingList();
