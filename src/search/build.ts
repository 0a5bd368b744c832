import type { Article } from "../corpus/types.js";
import { scanWords } from "../text/fold.js";
import { TermCache } from "../text/terms.js";
import { looksLikeCaption, looksLikeChrome } from "./chrome-filter.js";
import { Vocabulary, type VocabularyState } from "./vocabulary.js";
import { WordTable } from "./word-table.js";

/** Tuning of the paragraph index. */
export interface SearchIndexOptions {
  /** BM25 term-frequency saturation. Default 1.2. */
  k1: number;
  /** BM25 length normalisation (0 none, 1 full). Default 0.6: news paragraphs vary little. */
  b: number;
}

export const defaultSearchIndexOptions: SearchIndexOptions = { k1: 1.2, b: 0.6 };

/** Everything the index holds, as typed arrays plus one string, transferable between threads. */
export interface IndexState {
  options: SearchIndexOptions;
  vocabulary: VocabularyState;
  /** Postings of term t are [termStart[t], termStart[t + 1]), highest impact first. */
  termStart: Int32Array;
  postDoc: Int32Array;
  /** BM25 term-frequency part of the score at `avgLength`, quantised to 0..255 of (k1 + 1). */
  postImpact: Uint8Array;
  /** Times the term occurs in the paragraph, up to MAX_TF: the impact is worked out again when the corpus's average length moves. */
  postTf: Uint8Array;
  /** Words in each paragraph, as BM25 counts them. */
  docLength: Int32Array;
  /** Average paragraph length the stored impacts were worked out with. */
  avgLength: number;
  /** Paragraph (document) d is paragraph docParagraph[d] of article docArticle[d]. */
  docArticle: Int32Array;
  docParagraph: Int32Array;
  /**
   * 1 when the paragraph looks like page chrome: indexed, never returned. 2 when it reads as a
   * photo caption or teaser: returned only after every body paragraph that qualifies.
   */
  docChrome: Uint8Array;
  /** Words as written (lower case), for spelling correction of a question's words. */
  surface: VocabularyState;
  /** Term id of each surface word. */
  surfaceTerm: Int32Array;
  /** Articles using each surface word, so that removing an article can tell which words go with it. */
  surfaceArticles: Int32Array;
}

/** Term frequencies are kept up to this: past it a paragraph's BM25 weight no longer moves. */
export const MAX_TF = 255;

/** Average paragraph length of a corpus, as BM25 normalises by it. */
export function averageLength(totalWords: number, paragraphs: number): number {
  return Math.max(1, totalWords / Math.max(1, paragraphs));
}

/** BM25 term-frequency weight of `tf` in a paragraph of `length` words, quantised to 1..255 of (k1 + 1). */
export function impactOf(
  tf: number,
  length: number,
  avgLength: number,
  { k1, b }: SearchIndexOptions,
): number {
  const f = Math.min(tf, MAX_TF);
  const w = (f * (k1 + 1)) / (f + k1 * (1 - b + (b * length) / avgLength));
  return Math.max(1, Math.min(255, Math.round((w / (k1 + 1)) * 255)));
}

/** Impacts of paragraphs shorter than this are worked out once per term frequency and length (impactOf is at least 1, so 0 marks one not worked out). */
const MEMO_LENGTHS = 512;

/**
 * `impactOf` at one average length, each (tf, length) worked out once: most paragraphs are shorter
 * than MEMO_LENGTHS words, so most postings cost a read instead of the division.
 */
export class Impacts {
  readonly #memo = new Uint8Array((MAX_TF + 1) * MEMO_LENGTHS);

  constructor(
    readonly avgLength: number,
    readonly options: SearchIndexOptions,
  ) {}

  /** impactOf(tf, length, avgLength, options), for tf up to MAX_TF. */
  of(tf: number, length: number): number {
    if (length >= MEMO_LENGTHS) return impactOf(tf, length, this.avgLength, this.options);
    const key = tf * MEMO_LENGTHS + length;
    const known = this.#memo[key] as number;
    if (known !== 0) return known;
    const impact = impactOf(tf, length, this.avgLength, this.options);
    this.#memo[key] = impact;
    return impact;
  }
}

/** An Int32Array that grows as values are appended. */
class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(1024, Math.ceil(capacity)));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
}

/** The largest chunk of PostingTriples: a few MB, so no large array is copied as a corpus grows. */
const MAX_POSTING_CHUNK = 1 << 20;

/**
 * (term, doc, tf) triples appended in chunks that double up to MAX_POSTING_CHUNK and are never
 * copied: doubling one array copied every posting once or twice and touched twice the memory it
 * kept, and on this machine kind a page touched for the first time costs more than the writes.
 * The chunks are shared memory, so threads can turn them into posting lists together
 * (invertOnThreads) without a copy.
 */
export class PostingTriples {
  readonly term: Int32Array[] = [];
  readonly doc: Int32Array[] = [];
  /** Term frequencies, up to MAX_TF. */
  readonly tf: Uint8Array[] = [];
  length = 0;
  /**
   * Postings of each term, counted by whoever pushes them (IndexBuilder counts them as they come,
   * beside each term's count in a paragraph), so inverting them needs no pass to count.
   */
  perTerm = new Int32Array(0);
  private at = 0;
  private size: number;

  constructor(capacity: number) {
    this.size = Math.max(1024, Math.ceil(capacity));
    this.addChunk();
  }

  push(term: number, doc: number, tf: number): void {
    if (this.at === this.size) {
      this.size = Math.max(this.size, Math.min(this.size * 2, MAX_POSTING_CHUNK));
      this.addChunk();
    }
    const c = this.term.length - 1;
    (this.term[c] as Int32Array)[this.at] = term;
    (this.doc[c] as Int32Array)[this.at] = doc;
    (this.tf[c] as Uint8Array)[this.at] = Math.min(tf, MAX_TF);
    this.at++;
    this.length++;
  }

  private addChunk(): void {
    this.term.push(new Int32Array(new SharedArrayBuffer(this.size * 4)));
    this.doc.push(new Int32Array(new SharedArrayBuffer(this.size * 4)));
    this.tf.push(new Uint8Array(new SharedArrayBuffer(this.size)));
    this.at = 0;
  }
}

/**
 * Terms of the words of the few articles a change indexes (an added one, a removed one counted
 * again, a merge), kept between changes: a builder's own cache starts empty and stems every word.
 */
export const changeTerms = new TermCache(100_000);

/** Builds the state of an index over every paragraph of `articles`, in their order. */
export function buildState(
  articles: readonly Article[],
  options: SearchIndexOptions,
  cache = new TermCache(),
): IndexState {
  let chars = 0;
  for (const a of articles) for (const p of a.paragraphs) chars += p.length;
  const builder = new IndexBuilder(options, chars, cache);
  for (const article of articles) builder.add(article);
  return builder.finish();
}

/** IndexBuilder.counts: Int32s a term id, and what each holds. */
const COUNTS_STRIDE = 2;
const TF_IN_PARAGRAPH = 0;
const POSTINGS_SO_FAR = 1;

/**
 * Indexes articles one at a time, in the order they will have in the corpus, so indexing can run
 * while later files are still being parsed. `finish` turns what was added into an IndexState.
 */
export class IndexBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  // A two-word name comes in as "jalal abad" (its span in the text) and is keyed without the space.
  private readonly words = new WordTable((word) => {
    const term = this.cache.term(word.includes(" ") ? word.replace(" ", "") : word);
    if (term === "") return -1;
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
    }
    return id;
  });
  private readonly postings: PostingTriples;
  private readonly docArticle: IntBuffer;
  private readonly docParagraph: IntBuffer;
  private readonly docLength: IntBuffer;
  private readonly chrome: number[] = [];
  // Two Int32s a term id, side by side: its count in the paragraph being scanned (TF_IN_PARAGRAPH)
  // and its postings so far (POSTINGS_SO_FAR). A posting is counted where its tf was just read: in
  // an array of their own, the counts missed the cache once a posting, a twentieth of indexing.
  // Grows with the term ids met (see count): a builder of one article needs little.
  private counts = new Int32Array(2 << 10);
  // Terms met in the paragraph being scanned, in the order met: a typed array kept from paragraph
  // to paragraph (emptying a JS array let its storage go, and regrowing it allocated about as much
  // as the rest of indexing).
  private readonly touched = new IntBuffer(0);
  private articleCount = 0;

  /** `expectedChars`: paragraph text to come, when known, to size buffers up front (about one distinct word per 8 characters). */
  constructor(
    private readonly options: SearchIndexOptions,
    expectedChars = 0,
    private readonly cache = new TermCache(),
  ) {
    this.postings = new PostingTriples(expectedChars / 8);
    this.docArticle = new IntBuffer(expectedChars / 250);
    this.docParagraph = new IntBuffer(expectedChars / 250);
    this.docLength = new IntBuffer(expectedChars / 250);
  }

  add(article: Article): void {
    const a = this.articleCount++;
    this.words.nextArticle();
    const paragraphs = article.paragraphs;
    for (let p = 0; p < paragraphs.length; p++) {
      const text = paragraphs[p] as string;
      this.text = text;
      this.length = 0;
      this.prevStart = -1;
      this.prevEnd = -2;
      scanWords(text, this.folded, this.plain);
      const doc = this.docArticle.length;
      const counts = this.counts;
      for (let k = 0; k < this.touched.length; k++) {
        const id = this.touched.data[k] as number;
        const at = id * COUNTS_STRIDE;
        this.postings.push(id, doc, counts[at + TF_IN_PARAGRAPH] as number);
        counts[at + TF_IN_PARAGRAPH] = 0;
        counts[at + POSTINGS_SO_FAR] = (counts[at + POSTINGS_SO_FAR] as number) + 1;
      }
      this.touched.length = 0;
      this.docArticle.push(a);
      this.docParagraph.push(p);
      this.docLength.push(this.length);
      this.chrome.push(looksLikeChrome(text) ? 1 : looksLikeCaption(text) ? 2 : 0);
    }
  }

  // The paragraph being scanned, and what scanning it has seen so far; the two callbacks of
  // scanWords are made once, not per paragraph.
  private text = "";
  private length = 0;
  // "Jalal Abad" also as "jalalabad", to meet "Jalalabad" and "Jalal-Abad".
  private prevStart = -1;
  private prevEnd = -2;

  private readonly folded = (
    word: string,
    _start: number,
    end: number,
    _capitalized: boolean,
    joined: boolean,
  ): void => {
    if (!joined) this.length++;
    this.count(this.words.id(word));
    this.prevStart = -1;
    this.prevEnd = end;
  };

  private readonly plain = (
    start: number,
    end: number,
    capitalized: boolean,
    punctuated: boolean,
  ): void => {
    this.length++;
    this.count(this.words.idAt(this.text, start, end));
    // A word a mark follows ("Smith,") pairs with neither neighbour, as a folded word does.
    if (punctuated) {
      this.prevStart = -1;
      this.prevEnd = end;
      return;
    }
    if (capitalized && this.prevStart >= 0 && start === this.prevEnd + 1)
      this.count(this.words.idAt(this.text, this.prevStart, end));
    this.prevStart = capitalized ? start : -1;
    this.prevEnd = end;
  };

  /** An IndexState of every article added. */
  finish(): IndexState {
    const input = this.invertInput();
    return this.complete(this.tables(input), invertPostings(input));
  }

  /**
   * finish(), with the posting lists made by `invert` (invertOnThreads makes them on several
   * threads), which calls `meanwhile` once while other threads make lists: the builder's other
   * tables are made then, not on one thread after every list is in.
   */
  async finishWith(
    invert: (input: InvertInput, meanwhile: () => void) => Promise<PostingLists>,
  ): Promise<IndexState> {
    const input = this.invertInput();
    let tables: Tables | undefined;
    const lists = await invert(input, () => {
      tables = this.tables(input);
    });
    return this.complete(tables ?? this.tables(input), lists);
  }

  private invertInput(): InvertInput {
    let total = 0;
    for (let d = 0; d < this.docLength.length; d++) total += this.docLength.data[d] as number;
    const perTerm = new Int32Array(this.terms.length);
    for (let t = 0, at = POSTINGS_SO_FAR; t < perTerm.length && at < this.counts.length; t++) {
      perTerm[t] = this.counts[at] as number;
      at += COUNTS_STRIDE;
    }
    this.postings.perTerm = perTerm;
    return {
      postings: this.postings,
      docLength: this.docLength.data,
      termCount: this.terms.length,
      avgLength: averageLength(total, this.docLength.length),
      options: this.options,
    };
  }

  /** What an IndexState holds besides the posting lists. */
  private tables({ avgLength }: InvertInput): Tables {
    // Words as written, so "resignaton" is compared with "resignation", not with its stem "resign".
    const surface = this.words.entries().filter(([w, id]) => id >= 0 && !w.includes(" "));
    return {
      surface: Vocabulary.build(surface.map(([w]) => w)).state,
      surfaceTerm: Int32Array.from(surface.map(([, id]) => id)),
      surfaceArticles: Int32Array.from(surface.map(([, , articles]) => articles)),
      options: this.options,
      vocabulary: Vocabulary.build(this.terms).state,
      avgLength,
      docLength: this.docLength.data.slice(0, this.docLength.length),
      docArticle: this.docArticle.data.slice(0, this.docArticle.length),
      docParagraph: this.docParagraph.data.slice(0, this.docParagraph.length),
      docChrome: Uint8Array.from(this.chrome),
    };
  }

  private complete(tables: Tables, lists: PostingLists): IndexState {
    // The fields in the order they had before the lists were made apart: whatever lists a state's
    // fields (a hash of it, say) lists them as before.
    const { docArticle, docParagraph, docChrome, ...before } = tables;
    return { ...before, ...lists, docArticle, docParagraph, docChrome };
  }

  private count(id: number): void {
    if (id < 0) return;
    const at = id * COUNTS_STRIDE;
    if (at >= this.counts.length) {
      const bigger = new Int32Array(Math.max(this.counts.length * 2, at + COUNTS_STRIDE));
      bigger.set(this.counts);
      this.counts = bigger;
    }
    if (this.counts[at + TF_IN_PARAGRAPH] === 0) this.touched.push(id);
    this.counts[at + TF_IN_PARAGRAPH] = (this.counts[at + TF_IN_PARAGRAPH] as number) + 1;
  }
}

/** Posting lists: those of term t are [termStart[t], termStart[t + 1]), highest impact first. */
export interface PostingLists {
  termStart: Int32Array;
  postDoc: Int32Array;
  postImpact: Uint8Array;
  postTf: Uint8Array;
}

/** An IndexState but its posting lists. */
type Tables = Omit<IndexState, keyof PostingLists>;

/** What invertPostings reads: the triples in document order, with their counts by term. */
export type Triples = Pick<PostingTriples, "term" | "doc" | "tf" | "length" | "perTerm">;

/** Where each term's list starts, from the postings counted by term, for `termCount` terms. */
export function termStarts(perTerm: Int32Array, termCount: number): Int32Array {
  const termStart = new Int32Array(termCount + 1);
  termStart.set(perTerm.subarray(0, termCount), 1);
  prefixSum(termStart);
  return termStart;
}

/** What a builder's posting lists are made from, once every article is in. */
export interface InvertInput {
  postings: Triples;
  /** Words in each paragraph (entries past the last paragraph are unused). */
  docLength: Int32Array;
  termCount: number;
  avgLength: number;
  options: SearchIndexOptions;
}

/**
 * Turns (term, doc, tf) triples, in document order, into per-term posting lists ordered by impact,
 * highest first, equal impacts in document order (see placeTerms).
 */
export function invertPostings({
  postings,
  docLength,
  termCount,
  avgLength,
  options,
}: InvertInput): PostingLists {
  const termStart = termStarts(postings.perTerm, termCount);
  const n = postings.length;
  const lists = { doc: new Int32Array(n), impact: new Uint8Array(n), tf: new Uint8Array(n) };
  placeTerms(postings, docLength, termStart, 0, termCount, new Impacts(avgLength, options), lists);
  return { termStart, postDoc: lists.doc, postImpact: lists.impact, postTf: lists.tf };
}

/** A run of posting lists, as placeTerms writes them. */
export interface ListRun {
  doc: Int32Array;
  impact: Uint8Array;
  tf: Uint8Array;
}

/**
 * Writes the posting lists of terms [lo, hi) to `out`, whose first entry is posting termStart[lo]:
 * the triples of those terms are placed by term in one pass (each term's postings stay in document
 * order), then each term's list is sorted by impact on its own. A list is contiguous, so the sort
 * reads and writes memory close together, where a sort of every posting by impact first jumped
 * across all of them (most of a large corpus's build time after parsing). Threads given disjoint
 * term ranges write exactly the parts of the lists one thread writes for them all.
 */
export function placeTerms(
  postings: Omit<Triples, "perTerm">,
  docLength: Int32Array,
  termStart: Int32Array,
  lo: number,
  hi: number,
  impacts: Impacts,
  out: ListRun,
): void {
  const base = termStart[lo] as number;
  const fill = termStart.slice(lo, hi);
  for (let t = 0; t < fill.length; t++) fill[t] = (fill[t] as number) - base;
  const span = hi - lo;
  const { doc: outDoc, impact: outImpact, tf: outTf } = out;
  let left = postings.length;
  postings.term.forEach((postTerm, c) => {
    const postDoc = postings.doc[c] as Int32Array;
    const postTf = postings.tf[c] as Uint8Array;
    const m = Math.min(postTerm.length, left);
    left -= m;
    for (let i = 0; i < m; i++) {
      // Unsigned, a term below lo is past span too: one comparison keeps the range's terms.
      const t = ((postTerm[i] as number) - lo) >>> 0;
      if (t >= span) continue;
      const at = fill[t] as number;
      fill[t] = at + 1;
      const doc = postDoc[i] as number;
      const f = postTf[i] as number;
      outDoc[at] = doc;
      outTf[at] = f;
      outImpact[at] = impacts.of(f, docLength[doc] as number);
    }
  });
  const scratch = new ImpactSort();
  for (let t = lo; t < hi; t++)
    scratch.sort(out, (termStart[t] as number) - base, (termStart[t + 1] as number) - base);
}

/** Lists up to this long are sorted by insertion; longer ones by counting impacts. */
const INSERTION_SORT_MAX = 48;

/** Sorts a posting list [from, to) by impact, highest first, stably; reuses its buffers from list to list. */
class ImpactSort {
  private doc = new Int32Array(0);
  private impact = new Uint8Array(0);
  private tf = new Uint8Array(0);
  private readonly start = new Int32Array(257);

  sort(
    lists: { doc: Int32Array; impact: Uint8Array; tf: Uint8Array },
    from: number,
    to: number,
  ): void {
    const { doc, impact, tf } = lists;
    if (to - from <= INSERTION_SORT_MAX) {
      for (let i = from + 1; i < to; i++) {
        const im = impact[i] as number;
        if ((impact[i - 1] as number) >= im) continue;
        const d = doc[i] as number;
        const f = tf[i] as number;
        let j = i;
        for (; j > from && (impact[j - 1] as number) < im; j--) {
          doc[j] = doc[j - 1] as number;
          impact[j] = impact[j - 1] as number;
          tf[j] = tf[j - 1] as number;
        }
        doc[j] = d;
        impact[j] = im;
        tf[j] = f;
      }
      return;
    }
    const length = to - from;
    if (this.doc.length < length) {
      this.doc = new Int32Array(length * 2);
      this.impact = new Uint8Array(length * 2);
      this.tf = new Uint8Array(length * 2);
    }
    const start = this.start;
    start.fill(0);
    for (let i = from; i < to; i++) (start[256 - (impact[i] as number)] as number)++;
    prefixSum(start);
    for (let i = from; i < to; i++) {
      const slot = 255 - (impact[i] as number);
      const at = start[slot] as number;
      start[slot] = at + 1;
      this.doc[at] = doc[i] as number;
      this.impact[at] = impact[i] as number;
      this.tf[at] = tf[i] as number;
    }
    doc.set(this.doc.subarray(0, length), from);
    impact.set(this.impact.subarray(0, length), from);
    tf.set(this.tf.subarray(0, length), from);
  }
}

function prefixSum(a: Int32Array): void {
  for (let i = 1; i < a.length; i++) a[i] = (a[i] as number) + (a[i - 1] as number);
}
