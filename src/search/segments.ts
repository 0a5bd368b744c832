import type { Article } from "../corpus/types.js";
import { complete, never } from "../text/steps.js";
import {
  averageLength,
  buildState,
  changeTerms,
  Impacts,
  type IndexState,
  impactOf,
  MAX_TF,
  type SearchIndexOptions,
} from "./build.js";
import { Vocabulary } from "./vocabulary.js";

/**
 * Corpus order of two article files, as the loader lists them: directory by directory, names by
 * code unit ("a/b.md" before "a-b.md"), which is code-unit order with "/" below every character.
 */
export function compareFiles(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return (x === 47 ? -1 : x) - (y === 47 ? -1 : y);
  }
  return a.length - b.length;
}

/** Articles in corpus order (a stable sort: articles of one file keep the order given). */
export function inCorpusOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort((x, y) => compareFiles(x.file, y.file));
}

/** An immutable index over some articles, in corpus order: the base of a corpus or a later addition. */
export class Segment {
  readonly vocabulary: Vocabulary;
  readonly surface: Vocabulary;
  /** Local documents of article a are [articleDocStart[a], articleDocStart[a + 1]). */
  readonly articleDocStart: Int32Array;
  readonly totalLength: number;
  /** Local index by article id, made on first use (or ahead, by `lookUpIds`): the articles before `#idsMade` are in. */
  readonly #byId = new Map<string, number>();
  #idsMade = 0;

  constructor(
    readonly state: IndexState,
    /** In corpus order, as they were indexed. */
    readonly articles: readonly Article[],
  ) {
    this.vocabulary = Vocabulary.fromState(state.vocabulary);
    this.surface = Vocabulary.fromState(state.surface);
    const start = new Int32Array(articles.length + 1);
    const { docArticle, docLength } = state;
    for (let d = 0; d < docArticle.length; d++)
      start[(docArticle[d] as number) + 1] = (start[(docArticle[d] as number) + 1] as number) + 1;
    for (let a = 1; a < start.length; a++)
      start[a] = (start[a] as number) + (start[a - 1] as number);
    this.articleDocStart = start;
    let total = 0;
    for (let d = 0; d < docLength.length; d++) total += docLength[d] as number;
    this.totalLength = total;
  }

  /** Indexes `articles` (sorted into corpus order first). */
  static build(articles: readonly Article[], options: SearchIndexOptions): Segment {
    const sorted = inCorpusOrder(articles);
    return new Segment(buildState(sorted, options), sorted);
  }

  get docs(): number {
    return this.state.docArticle.length;
  }

  /** Local index of the article with this id, or -1. */
  local(id: string): number {
    if (this.#idsMade < this.articles.length) this.lookUpIds().next();
    return this.#byId.get(id) ?? -1;
  }

  /**
   * Makes the look-up by id, pausing (yielding) whenever `due()` says so: a caller may make a
   * large segment's ahead, a slice at a time, so no change waits for it.
   */
  *lookUpIds(due: () => boolean = () => false): Generator<void, void> {
    while (this.#idsMade < this.articles.length) {
      this.#byId.set((this.articles[this.#idsMade] as Article).id, this.#idsMade);
      this.#idsMade++;
      if (due()) yield;
    }
  }

  /** Paragraphs holding local term `id`. */
  df(id: number): number {
    return (this.state.termStart[id + 1] as number) - (this.state.termStart[id] as number);
  }

  /** Surface words of each local term: those of term t are words[start[t], start[t + 1]). Made on first use. */
  #termWords: { start: Int32Array; words: Int32Array } | null = null;

  /** The words as written (surface ids) whose term is local term `id`. */
  wordsOf(id: number): Int32Array {
    if (!this.#termWords) {
      const { surfaceTerm } = this.state;
      const start = new Int32Array(this.vocabulary.size + 1);
      for (let w = 0; w < surfaceTerm.length; w++)
        start[(surfaceTerm[w] as number) + 1] =
          (start[(surfaceTerm[w] as number) + 1] as number) + 1;
      for (let t = 1; t < start.length; t++)
        start[t] = (start[t] as number) + (start[t - 1] as number);
      const fill = start.slice(0, -1);
      const words = new Int32Array(surfaceTerm.length);
      for (let w = 0; w < surfaceTerm.length; w++) {
        const t = surfaceTerm[w] as number;
        words[fill[t] as number] = w;
        fill[t] = (fill[t] as number) + 1;
      }
      this.#termWords = { start, words };
    }
    const { start, words } = this.#termWords;
    return words.subarray(start[id] as number, start[id + 1] as number);
  }
}

/** What removing articles took out of a segment's statistics; never mutated once made. */
export interface Deletions {
  /** 1 for each removed local article. */
  articles: Uint8Array;
  /** Removed articles (the 1s of `articles`), so a change does not count them again. */
  count: number;
  docs: number;
  length: number;
  /** Local term id -> paragraphs of removed articles holding it. */
  terms: ReadonlyMap<number, number>;
  /** Local surface word id -> removed articles using it. */
  words: ReadonlyMap<number, number>;
}

function noDeletions(segment: Segment): Deletions {
  return {
    articles: new Uint8Array(segment.articles.length),
    count: 0,
    docs: 0,
    length: 0,
    terms: new Map(),
    words: new Map(),
  };
}

/** `deleted` with local article `a` of `segment` removed too: its words are indexed again, alone, to count them. */
function withDeleted(segment: Segment, deleted: Deletions, a: number): Deletions {
  const article = segment.articles[a] as Article;
  const alone = new Segment(buildState([article], segment.state.options, changeTerms), [article]);
  const terms = new Map(deleted.terms);
  for (let t = 0; t < alone.vocabulary.size; t++) {
    const id = segment.vocabulary.id(alone.vocabulary.term(t));
    terms.set(id, (terms.get(id) ?? 0) + alone.df(t));
  }
  const words = new Map(deleted.words);
  for (let w = 0; w < alone.surface.size; w++) {
    const id = segment.surface.id(alone.surface.term(w));
    words.set(id, (words.get(id) ?? 0) + 1);
  }
  const articles = deleted.articles.slice();
  articles[a] = 1;
  return {
    articles,
    count: deleted.count + (deleted.articles[a] === 1 ? 0 : 1),
    docs: deleted.docs + alone.docs,
    length: deleted.length + alone.totalLength,
    terms,
    words,
  };
}

/** A segment and the articles removed from it. */
export interface Part {
  segment: Segment;
  deleted: Deletions;
}

/** `segment` with its local articles `removed` marked removed. */
export function partOf(segment: Segment, removed: Iterable<number> = []): Part {
  let deleted = noDeletions(segment);
  for (const a of removed) deleted = withDeleted(segment, deleted, a);
  return { segment, deleted };
}

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
        if (moved.made[tf] === 0) this.move(p, moved, tf);
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

  /**
   * Part p's local paragraphs as runs of consecutive ones whose global id is theirs plus the
   * same shift (REMOVED for those of removed articles): a few runs a part, found by binary search.
   */
  private shifts(p: number): Shifts {
    let found = this.#shifts[p];
    if (found) return found;
    const { articleDocStart } = (this.parts[p] as Part).segment;
    const ranks = this.rankOf[p] as Int32Array;
    const cuts: number[] = [];
    const shift: number[] = [];
    for (let a = 0; a < ranks.length; a++) {
      const from = articleDocStart[a] as number;
      if (from === articleDocStart[a + 1]) continue;
      const rank = ranks[a] as number;
      const by = rank < 0 ? REMOVED : (this.docStart[rank] as number) - from;
      if (by === shift.at(-1)) continue;
      cuts.push(from);
      shift.push(by);
    }
    if (cuts.length === 0) {
      cuts.push(0);
      shift.push(REMOVED);
    }
    found = { cuts: Int32Array.from(cuts), shift: Int32Array.from(shift) };
    this.#shifts[p] = found;
    return found;
  }

  /** Part p's impacts at this view's average length by (term frequency, stored impact): see `move`. */
  private moved(p: number): Moved {
    let found = this.#moved[p];
    if (!found) {
      found = { table: new Uint8Array((MAX_TF + 1) * 256), made: new Uint8Array(MAX_TF + 1) };
      this.#moved[p] = found;
    }
    return found;
  }

  /**
   * Fills the row of term frequency `tf` of part p's `moved`: the current impact of each stored
   * one that every paragraph length giving it (at the part's average) turns into the same current
   * one; 0 where they differ (the paragraph's length is read). Impacts fall as lengths grow, so
   * lengths from MOVED_LENGTHS up are covered by leaving 0 at every stored impact they can give.
   */
  private move(p: number, moved: Moved, tf: number): void {
    const { avgLength } = (this.parts[p] as Part).segment.state;
    const now = this.impactsNow();
    const { table } = moved;
    const row = tf * 256;
    const differ = new Uint8Array(256);
    for (let length = 0; length < MOVED_LENGTHS; length++) {
      const stored = impactOf(tf, length, avgLength, this.options);
      const current = now.of(tf, length);
      if (differ[stored] === 1) continue;
      const known = table[row + stored] as number;
      if (known === 0) table[row + stored] = current;
      else if (known !== current) {
        table[row + stored] = 0;
        differ[stored] = 1;
      }
    }
    for (let q = impactOf(tf, MOVED_LENGTHS, avgLength, this.options); q >= 0; q--)
      table[row + q] = 0;
    moved.made[tf] = 1;
  }
}

/** Shift marking the paragraphs of removed articles. */
const REMOVED = -(2 ** 31);

/** Paragraph lengths `moved` tells impacts apart for; longer paragraphs have their length read. */
const MOVED_LENGTHS = 512;

/** Runs of a part's local paragraphs: run i starts at local paragraph cuts[i] and adds shift[i] to reach its global id. */
interface Shifts {
  cuts: Int32Array;
  shift: Int32Array;
}

/** Current impacts by (term frequency, stored impact) of a part, at 256 × tf + stored, 0 where the length decides; rows filled on first use (`made`). */
interface Moved {
  table: Uint8Array;
  made: Uint8Array;
}

/** The impact of the limit-th best posting counted in `hist` (postings by impact), 0 when fewer. */
function floorOf(hist: Int32Array, limit: number): number {
  let n = 0;
  for (let q = 255; q >= 1; q--) {
    n += hist[q] as number;
    if (n >= limit) return q;
  }
  return 0;
}

/**
 * Postings read: global paragraph id, current impact, chrome mark and article rank of each, and
 * how many have each impact. Grows as they come and is reused, cleared, by the next read.
 */
export class PostingList {
  gids = new Int32Array(1024);
  impacts = new Uint8Array(1024);
  chromes = new Uint8Array(1024);
  readonly hist = new Int32Array(256);
  length = 0;

  cleared(): this {
    this.length = 0;
    this.hist.fill(0);
    return this;
  }

  push(gid: number, impact: number, chrome: number): void {
    if (this.length === this.gids.length) {
      this.gids = grown(this.gids, new Int32Array(this.length * 2));
      this.impacts = grown(this.impacts, new Uint8Array(this.length * 2));
      this.chromes = grown(this.chromes, new Uint8Array(this.length * 2));
    }
    this.gids[this.length] = gid;
    this.impacts[this.length] = impact;
    this.chromes[this.length] = chrome;
    this.hist[impact] = (this.hist[impact] as number) + 1;
    this.length++;
  }
}

/** What livePostings returns, and what it reads before choosing the best (kept: they grow to the longest lists read). */
const POSTINGS = new PostingList();
const FOUND = new PostingList();

function grown<T extends Int32Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/**
 * The highest impact a posting stored with impact `stored` can have once the average length is
 * `grow` times what it was: a longer average only raises the BM25 weight, by at most that factor.
 */
function ceiling(stored: number, grow: number): number {
  return grow <= 1 ? stored : Math.min(255, Math.round((stored + 0.5) * grow));
}

/** The live articles of a view's parts in corpus order, and where each is. */
interface Order {
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
function* orderOf(parts: readonly Part[], due: () => boolean): Generator<void, Order> {
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

function countLive(part: Part): number {
  return part.segment.articles.length - part.deleted.count;
}

function nextLive(part: Part, from: number): number {
  for (let a = from; a < part.segment.articles.length; a++)
    if (part.deleted.articles[a] === 0) return a;
  return -1;
}
