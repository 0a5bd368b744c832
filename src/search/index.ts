import { paragraphOf } from "../corpus/packed.js";
import type { Article } from "../corpus/types.js";
import { foldTokens } from "../text/fold.js";
import { FuzzyNames } from "../text/names.js";
import { STOPWORDS } from "../text/stopwords.js";
import { TermCache } from "../text/terms.js";
import { type TokenColumns, tokenColumns } from "../text/token-columns.js";
import { rankFactor } from "./alternatives.js";
import { attributesWords, speakerTerms } from "./attribution.js";
import { defaultSearchIndexOptions, type IndexState, type SearchIndexOptions } from "./build.js";
import {
  type Candidate,
  type DiversifyOptions,
  defaultDiversifyOptions,
  diversify,
} from "./diversify.js";
import { figureIn } from "./figures.js";
import { FirstPass, type PostingRun } from "./first-pass.js";
import { functionWordReading } from "./mend.js";
import {
  answers,
  defaultTopicOptions,
  heldKeyShare,
  holdsKeyName,
  type KeyWord,
  keyWords,
  missesYear,
  missingKeyWords,
  noMatchEvidence,
  type TopicCorpus,
  type TopicOptions,
  yearKeys,
} from "./no-match.js";
import {
  defaultPassageOptions,
  type PassageContext,
  type PassageOptions,
  type PassageTerms,
  passageTerms,
  scorePassage,
} from "./passage.js";
import {
  defaultQueryOptions,
  idf,
  type ParsedQuery,
  parseQuery,
  type QueryCorpus,
  type QueryOptions,
  withAcronyms,
  withoutUnreadShortWords,
} from "./query.js";
import { asksForFigure, type EvidenceWords, MATCHED } from "./question.js";
import { type Part, PostingList, Segment, SegmentView } from "./segments.js";
import { Speller } from "./spell.js";
import type { SearchAnswer, SearchOptions, SearchResult } from "./types.js";

export type { IndexState, SearchIndexOptions } from "./build.js";

/** Tuning of ranking at question time. */
export interface RankOptions {
  /** Paragraphs re-scored sentence by sentence after the first BM25 pass. Default 30. */
  candidates: number;
  /**
   * Postings read at most for one word: lists are stored highest impact first, so a very
   * common word only contributes its best paragraphs. Scaled down for weaker alternatives and for
   * words below `informativeWeight`. Default 20,000.
   */
  maxPostings: number;
  /** IDF from which a word gets the full postings budget; commoner words get a share. Default 4. */
  informativeWeight: number;
  /**
   * Share of the question's weight the best paragraph must hold, else "no match". A word the
   * corpus never uses weighs the most, so an off-topic question falls short. Default 0.5.
   */
  minCoverage: number;
  /**
   * Score bonus, as a share of the score, for a paragraph holding a quote whose speaker or role
   * a question asking for words names ("what did the governor say"). Default 0.2.
   */
  speakerBoost: number;
  /**
   * For a question asking for words, the paragraphs of the best candidates' articles holding a
   * quote by someone the question names join the candidates, from this many articles: the quote
   * often sits in a paragraph that names neither the event nor, beyond "she said", the speaker.
   * Default 5.
   */
  speakerArticles: number;
  /**
   * Score bonus, as a share of the score, for an article's first paragraph: news puts the answer
   * to "what happened" in its lead. Default 0.15 (chosen on fold 0, docs/retrieval.md).
   */
  leadBonus: number;
  /**
   * Score bonus, as a share of the score, for another outlet's passage holding the names and
   * figures of the best passage's quote that the question does not ("187", "Chocolate and Chip"),
   * in proportion to their IDF share: each outlet's own report of the same answer. Default 1 (chosen on fold 0, docs/retrieval.md).
   */
  echoBonus: number;
  query: QueryOptions;
  passage: PassageOptions;
  diversify: DiversifyOptions;
  /** Whether a passage is about the question's names, places and events at all. */
  topic: TopicOptions;
}

export const defaultRankOptions: RankOptions = {
  candidates: 30,
  maxPostings: 20_000,
  informativeWeight: 4,
  minCoverage: 0.5,
  speakerBoost: 0.2,
  speakerArticles: 5,
  leadBonus: 0.15,
  echoBonus: 1,
  query: defaultQueryOptions,
  passage: defaultPassageOptions,
  diversify: defaultDiversifyOptions,
  topic: defaultTopicOptions,
};

/**
 * What searches reuse: the term of each word met, and the scratch (made on first use so fromState
 * stays instant). Searches run one at a time (synchronously), so indexes may share one.
 */
interface Workspace {
  cache: TermCache;
  /** Whether the corpus writes a word as a name (`TopicCorpus.writtenAsName`): one article more or less seldom moves it. */
  names: Map<string, boolean>;
  pass: FirstPass | null;
  copies: PostingList;
  /** Which of a question's words each paragraph holds (`QueryCorpus.beside`), made on first use. */
  marks: ContextMarks | null;
}

/** Bits of the context words a paragraph holds, valid where its stamp is the question's generation. */
interface ContextMarks {
  bits: Uint32Array;
  stamp: Uint32Array;
  generation: number;
}

/** Context words a paragraph's bits hold. */
const CONTEXT_BITS = 32;

/** Scratch made for this many times the paragraphs, so adds do not make it again. */
const SCRATCH_ROOM = 1.05;

/**
 * Paragraph search over a corpus: BM25 candidates, then sentence-level re-ranking. Immutable: a
 * change makes a new index that shares every segment it does not touch.
 */
export class SearchIndex {
  private readonly speller: Speller;
  private outletNames: FuzzyNames | null = null;
  /** What questions read of the view: made once an index, not once a question. */
  private topicRead: TopicCorpus | null = null;
  private queryRead: QueryCorpus | null = null;
  rank: RankOptions = defaultRankOptions;

  private constructor(
    private readonly view: SegmentView,
    /** Shared by an index and those changes make of it: the first question after a change starts warm. */
    private readonly work: Workspace = {
      cache: new TermCache(),
      names: new Map(),
      pass: null,
      copies: new PostingList(),
      marks: null,
    },
  ) {
    this.speller = new Speller(view);
  }

  private get cache(): TermCache {
    return this.work.cache;
  }

  static build(
    articles: readonly Article[],
    options: Partial<SearchIndexOptions> = {},
  ): SearchIndex {
    return new SearchIndex(
      SegmentView.of(Segment.build(articles, { ...defaultSearchIndexOptions, ...options })),
    );
  }

  /** Cheap re-wrap on the receiving thread: no re-indexing. `articles` in the order indexed (corpus order). */
  static fromState(state: IndexState, articles: readonly Article[]): SearchIndex {
    return new SearchIndex(SegmentView.of(new Segment(state, articles)));
  }

  /** An index over `parts` (segments and what was removed from them), as saved by a previous run. */
  static fromParts(parts: readonly Part[]): SearchIndex {
    return new SearchIndex(new SegmentView(parts));
  }

  /** The segments, oldest (the base) first, and what was removed from each. */
  get parts(): readonly Part[] {
    return this.view.parts;
  }

  /**
   * This index with `added` (articles indexed on their own, see Segment.build) in, and the
   * articles with the ids in `removed` out; an added article replaces the one with its id.
   * Ranks exactly as an index built afresh over the articles it then holds.
   */
  withChanges(added: Segment | null, removed: Iterable<string> = []): SearchIndex {
    return this.with(this.view.withChanges(added, removed));
  }

  /** `withChanges`, pausing (yielding) whenever `due()` says so (SegmentView.changing). */
  *changing(
    added: Segment | null,
    removed: Iterable<string>,
    due: () => boolean,
  ): Generator<void, SearchIndex> {
    return this.with(yield* this.view.changing(added, removed, due));
  }

  /** This index with `merged` (the live articles of `replaced`, indexed as one) standing for `replaced`. */
  withMerged(replaced: readonly Segment[], merged: Segment): SearchIndex {
    return this.with(this.view.withMerged(replaced, merged));
  }

  private with(view: SegmentView): SearchIndex {
    const next = new SearchIndex(view, this.work);
    next.rank = this.rank;
    return next;
  }

  /** The segments, oldest (the base) first, with how many of their articles are still served. */
  get segments(): Array<{ segment: Segment; live: number }> {
    return this.view.parts.map((p) => ({
      segment: p.segment,
      live: p.segment.articles.length - p.deleted.count,
    }));
  }

  /** The articles served, in corpus order. */
  get articles(): readonly Article[] {
    return this.view.articles;
  }

  article(id: string): Article | undefined {
    return this.view.article(id);
  }

  /** Everything big in typed arrays so a worker thread can postMessage it with a transfer list (one segment only). */
  exportState(): { state: IndexState; transfer: ArrayBuffer[] } {
    const [only, ...more] = this.view.parts;
    if (!only || more.length > 0 || only.deleted.docs > 0)
      throw new Error("exportState: only a freshly built index (one segment) can be handed over");
    const s = only.segment.state;
    const arrays = [
      s.vocabulary.offsets,
      s.vocabulary.table,
      s.vocabulary.bucketTerms,
      s.vocabulary.bucketStart,
      s.termStart,
      s.postDoc,
      s.postImpact,
      s.postTf,
      s.docLength,
      s.docArticle,
      s.docParagraph,
      s.docChrome,
      s.surface.offsets,
      s.surface.table,
      s.surface.bucketTerms,
      s.surface.bucketStart,
      s.surfaceTerm,
      s.surfaceArticles,
    ];
    return { state: s, transfer: arrays.map((a) => a.buffer as ArrayBuffer) };
  }

  get paragraphCount(): number {
    return this.view.docs;
  }

  search(query: string, options: SearchOptions = {}): SearchAnswer {
    const answer = this.searchAs(query, this.parse(query), options);
    if (!answer.noMatch) return answer;
    // A word the corpus writes may still be a misspelt function word ("hat did …"): read as one
    // only when the question as typed finds nothing.
    const reading = functionWordReading(query);
    const read = reading === null ? answer : this.searchAs(query, this.parse(reading), options);
    if (!read.noMatch || this.rank.query.readSlips) return read;
    // Nor as read so far: a word as typed may be a slip for another the corpus writes beside the
    // question's other words ("toy" for Tony). Searched again only when some word was read as one:
    // otherwise the reading, and so the answer, is the one just given.
    const slipped = parseQuery(reading ?? query, this.queryCorpus(), this.cache, {
      ...this.rank.query,
      readSlips: true,
    });
    return slipped.slips ? this.searchAs(query, slipped, options) : read;
  }

  /** The answer to `query` read as `parsed`. */
  private searchAs(query: string, read: ParsedQuery, options: SearchOptions): SearchAnswer {
    const limit = options.limit ?? 5;
    const none: SearchAnswer = { query, noMatch: true, results: [], figures: [] };
    const allowed = options.outlet ? new Set(this.outlets().match(options.outlet, 3)) : null;
    if (allowed?.size === 0) return none;
    let parsed = read;
    if (parsed.groups.length === 0) return none;
    let docs = this.candidates(parsed, allowed);
    // Each candidate paragraph is tokenized once a question, however many steps read its words.
    const tokenized = new Map<number, TokenColumns>();
    const tokensOf = (d: number, text: string): TokenColumns => {
      let tokens = tokenized.get(d);
      if (tokens === undefined) {
        tokens = tokenColumns(text);
        tokenized.set(d, tokens);
      }
      return tokens;
    };
    // A word the corpus lacks may abbreviate a name the first pass's paragraphs write out.
    const spelled = withAcronyms(
      parsed,
      () =>
        docs.map((d) => {
          const { article, paragraph } = this.view.locate(d);
          return tokensOf(d, paragraphOf(article, paragraph) as string);
        }),
      this.queryCorpus(),
      this.cache,
      this.rank.query,
    );
    if (spelled) {
      parsed = spelled;
      docs = this.candidates(parsed, allowed);
    }
    parsed = withoutUnreadShortWords(parsed, this.rank.query) ?? parsed;
    if (parsed.kind === "quote") docs.push(...this.speakerQuotes(docs, parsed, allowed));
    const terms = passageTerms(parsed, this.cache, (term) => this.view.wordsOfTerm(term));
    const topic = this.topicCorpus();
    const keys = keyWords(parsed, topic, this.rank.topic);
    const years = yearKeys(keys);
    const named = holdsKeyName(parsed, topic, this.rank.topic, this.cache);
    // One context an article: the groups its title and lead lend are read once.
    const contexts = new Map<number, PassageContext>();
    const contextOf = (a: number, article: Article): PassageContext => {
      let context = contexts.get(a);
      if (context === undefined) {
        context = { title: article.title ?? "", lead: paragraphOf(article, 0) ?? "" };
        contexts.set(a, context);
      }
      return context;
    };
    const scored = docs.map((d) => {
      const { article, rank: a, paragraph: p, chrome } = this.view.locate(d);
      const text = paragraphOf(article, p) as string;
      // Whoever the question names and the paragraph quotes is named by the attribution.
      const speaker = parsed.kind === "quote" ? speakerGroups(article, p, parsed, this.cache) : [];
      const tokens = tokensOf(d, text);
      const match = scorePassage(
        text,
        parsed,
        terms,
        this.rank.passage,
        () => (p > 0 ? (paragraphOf(article, p - 1) ?? null) : null),
        p > 0 ? contextOf(a, article) : null,
        speaker,
        tokens,
      );
      if (speaker.length > 0) match.score *= 1 + this.rank.speakerBoost;
      if (p === 0) match.score *= 1 + this.rank.leadBonus;
      const offTopic =
        years.length > 0 && missesYear(years, text, topic.title(a), this.cache)
          ? 1
          : missingKeyWords(keys, a, topic, this.cache);
      const caption = chrome === 2;
      const tier = tierOf(caption, match.words);
      const quoted = speaker.length > 0;
      return { article, rank: a, p, text, tokens, match, offTopic, caption, tier, quoted };
    });
    const order = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
      a.tier - b.tier || b.match.score - a.match.score;
    scored.sort(order);
    const [best] = scored;
    if (best && this.rank.echoBonus > 0) {
      const answer = this.answerWords(
        best.text.slice(best.match.quoteStart, best.match.quoteEnd),
        terms,
      );
      if (answer.total > 0) {
        for (const s of scored.slice(1)) {
          if (s.article.outlet === best.article.outlet) continue;
          let held = 0;
          for (const [word, weight] of answer.words)
            if (s.match.words.word.includes(word)) held += weight;
          // It follows the best passage, never overtakes it.
          s.match.score = Math.min(
            best.match.score,
            s.match.score * (1 + (this.rank.echoBonus * held) / answer.total),
          );
        }
        scored.sort(order);
      }
    }
    // "No match" unless some passage holds enough of the question, or names its every key word,
    // in an article that names every key word of it (not another earthquake, another Super Bowl)
    // and its key name, however seldom articles repeat it (not another airline's plan).
    // Key words are the question's: a candidate's words are read in its table, not in the cache
    // of every word met, unless one (a year the corpus lacks) is not among its terms.
    const keyTerm = keys.every((k) => k.terms.every((t) => terms.groupsOf.has(t)))
      ? terms.indexed
      : (word: string) => this.cache.term(word);
    const evidence = noMatchEvidence(
      parsed,
      scored.map((s) => ({
        coverage: s.match.coverage,
        offTopic: s.offTopic,
        named() {
          return named.holds(s.rank);
        },
        answered: s.match.answered,
        // A method: tsx (esbuild, names kept) names an arrow bound to a key with a call each time.
        held() {
          return heldKeyShare(keys, s.tokens.word, parsed.totalWeight, keyTerm);
        },
      })),
      this.rank.topic,
      named.share,
    );
    options.explain?.(evidence);
    if (!answers(evidence, this.rank.minCoverage, this.rank.topic)) return none;
    // "What did X say" asks for X's words: no passage on topic giving X any, nothing answers it.
    if (this.rank.topic.speakerHeard && parsed.kind === "quote") {
      const speakers = speakerTerms(parsed);
      const heard = (s: (typeof scored)[number]) =>
        s.offTopic <= this.rank.topic.maxMissingKeyShare &&
        named.holds(s.rank) &&
        (s.quoted || attributesWords(s.text, speakers, (w) => this.cache.term(w)));
      if (speakers.size > 0 && !scored.some(heard)) return none;
    }
    const passageOf = new Map<SearchResult, (typeof scored)[number]>();
    const toCandidate = (passage: (typeof scored)[number]): Candidate => {
      const { article, p, text, match, caption } = passage;
      const quote = text.slice(match.quoteStart, match.quoteEnd);
      const result: SearchResult = {
        outlet: article.outlet,
        title: article.title,
        url: article.url,
        published: article.published,
        article: article.id,
        paragraphIndex: p,
        paragraph: text,
        quote,
        // Named below for the results kept only: finding it parses the article's quotes.
        speaker: null,
        score: Math.round(match.score * 1000) / 1000,
        highlights: match.highlights,
        alsoReportedBy: [],
        ...(caption ? { caption: true as const } : {}),
      };
      passageOf.set(result, passage);
      return new QuoteCandidate(result);
    };
    const results: SearchResult[] = [];
    for (const tier of TIERS)
      if (results.length < limit)
        results.push(
          ...diversify(
            scored.filter((s) => s.tier === tier).map(toCandidate),
            limit - results.length,
            this.rank.diversify,
          ),
        );
    for (const r of results) {
      const { article, p, text, match } = passageOf.get(r) as (typeof scored)[number];
      r.speaker = speakerOf(article, p, text, match.quoteStart, match.quoteEnd);
    }
    return {
      query,
      noMatch: false,
      results,
      figures: asksForFigure(parsed.kind) ? figures(results) : [],
    };
  }

  /**
   * Paragraphs, not yet among `docs`, of the articles of the best `speakerArticles` candidates that
   * hold a quote by someone the question names.
   */
  private speakerQuotes(
    docs: readonly number[],
    parsed: ParsedQuery,
    allowed: ReadonlySet<string> | null,
  ): number[] {
    const have = new Set(docs);
    const ranks = new Set<number>();
    const out: number[] = [];
    for (const d of docs) {
      if (ranks.size >= this.rank.speakerArticles) break;
      const { article, rank } = this.view.locate(d);
      if (ranks.has(rank) || (allowed && !allowed.has(article.outlet))) continue;
      ranks.add(rank);
      const paragraphs = new Set(article.quotes.map((q) => q.paragraph));
      for (const p of paragraphs) {
        const doc = this.view.docOf(rank, p);
        if (have.has(doc) || this.view.locate(doc).chrome === 1) continue;
        if (speakerGroups(article, p, parsed, this.cache).length === 0) continue;
        have.add(doc);
        out.push(doc);
      }
    }
    return out;
  }

  /**
   * The names and figures of a quote that are none of the question's words, each weighed by its
   * IDF: what the quote answers with.
   */
  private answerWords(
    quote: string,
    terms: PassageTerms,
  ): { words: Map<string, number>; total: number } {
    const words = new Map<string, number>();
    let total = 0;
    let sentenceStart = true;
    for (const t of foldTokens(quote)) {
      const opens = sentenceStart;
      sentenceStart = /[.!?]\s*$/.test(quote.slice(t.end, t.end + 2));
      if (t.joined || (!t.numeric && (!t.capitalized || opens)) || words.has(t.word)) continue;
      const term = this.cache.term(t.word);
      if (term === "" || terms.groupsOf.has(term)) continue;
      const id = this.view.id(term);
      if (id < 0) continue;
      const weight = idf(this.view.df(id), this.view.docs);
      words.set(t.word, weight);
      total += weight;
    }
    return { words, total };
  }

  private topicCorpus(): TopicCorpus {
    const view = this.view;
    this.topicRead ??= {
      postings: (id) => {
        const term = view.term(id);
        const stored = view.storedPostings(term, Number.POSITIVE_INFINITY);
        if (stored) return stored.docs;
        // A view of the shared list, read before the next look-up (no copy a key word).
        const live = view.livePostings(term, Number.POSITIVE_INFINITY);
        return live.gids.subarray(0, live.length);
      },
      postingCount: (id) => view.df(id),
      articleOf: (d) => view.rankOfDoc(d),
      title: (a) => `${view.articles[a]?.title ?? ""} ${view.articles[a]?.published ?? ""}`,
      wordsOf: this.writtenForms,
      paragraph: (d) => {
        const { article, paragraph } = view.locate(d);
        return paragraphOf(article, paragraph) ?? "";
      },
      writtenAsName: this.work.names,
    };
    return this.topicRead;
  }

  private outlets(): FuzzyNames {
    this.outletNames ??= new FuzzyNames([...new Set(this.view.articles.map((a) => a.outlet))]);
    return this.outletNames;
  }

  /** The question's key words, as the no-match decision reads them (exposed for the evaluation). */
  keyWords(query: string): KeyWord[] {
    return keyWords(this.parse(query), this.topicCorpus(), this.rank.topic);
  }

  /** The question as weighted word groups (exposed for the evaluation's diagnostics). */
  parse(query: string): ParsedQuery {
    return parseQuery(query, this.queryCorpus(), this.cache, this.rank.query);
  }

  private queryCorpus(): QueryCorpus {
    const view = this.view;
    this.queryRead ??= {
      vocabulary: view,
      speller: this.speller,
      df: (id) => view.df(id),
      docs: view.docs,
      wordsOf: this.writtenForms,
      together: (ids) => {
        // The rarest term's paragraphs, narrowed by each commoner one; the commonest is read only
        // up to the first paragraph they share.
        const postings = this.topicCorpus().postings;
        const [rarest, ...others] = [...ids].sort((a, b) => view.df(a) - view.df(b));
        const last = others.pop();
        if (rarest === undefined) return false;
        if (last === undefined) return view.df(rarest) > 0;
        let held = new Set(postings(rarest));
        for (const id of others) {
          const next = new Set<number>();
          for (const d of postings(id)) if (held.has(d)) next.add(d);
          held = next;
        }
        for (const d of postings(last)) if (held.has(d)) return true;
        return false;
      },
      beside: (others) => {
        // Each paragraph marked once with the bits of the context words it holds (a stamp per
        // question instead of clearing), so that each neighbour costs one pass over its postings;
        // marked when a neighbour is first counted, as most questions have none to count.
        const postings = this.topicCorpus().postings;
        let marks: ContextMarks | null = null;
        const marked = (): ContextMarks => {
          if (marks !== null) return marks;
          marks = this.contextMarks(view.docs);
          const { bits, stamp, generation } = marks;
          others.slice(0, CONTEXT_BITS).forEach((o, k) => {
            const docs = postings(o);
            for (let i = 0; i < docs.length; i++) {
              const d = docs[i] as number;
              if (stamp[d] !== generation) {
                stamp[d] = generation;
                bits[d] = 0;
              }
              bits[d] = (bits[d] as number) | (1 << k);
            }
          });
          return marks;
        };
        return (id) => {
          const { bits, stamp, generation } = marked();
          const counts = new Int32Array(others.length);
          const docs = postings(id);
          for (let i = 0; i < docs.length; i++) {
            const d = docs[i] as number;
            if (stamp[d] !== generation) continue;
            for (let b = bits[d] as number; b !== 0; b &= b - 1) {
              const k = 31 - Math.clz32(b & -b);
              counts[k] = (counts[k] as number) + 1;
            }
          }
          return Array.from(counts);
        };
      },
    };
    return this.queryRead;
  }

  /** Scratch marks for `docs` paragraphs under a fresh generation. */
  private contextMarks(docs: number): ContextMarks {
    let marks = this.work.marks;
    if (marks === null || marks.stamp.length < docs || marks.generation >= 0xffffffff) {
      const n = Math.ceil(docs * SCRATCH_ROOM);
      marks = { bits: new Uint32Array(n), stamp: new Uint32Array(n), generation: 0 };
      this.work.marks = marks;
    }
    marks.generation++;
    return marks;
  }

  /**
   * The forms a term's word is written in by a live article: neither the no-match decision nor a
   * correction may hang on a removed article's wording.
   */
  private readonly writtenForms = (term: string): string[] =>
    this.view.wordsOfTerm(term).filter((w) => this.view.writes(w));

  /** First pass: BM25 over every alternative of every word, best paragraphs first. */
  private candidates(parsed: ParsedQuery, allowed: ReadonlySet<string> | null): number[] {
    const n = this.view.docs;
    // Room for a few adds, so the indexes they make keep using it.
    let pass = this.work.pass;
    if (pass === null || pass.size < n) {
      pass = new FirstPass(Math.ceil(n * SCRATCH_ROOM));
      this.work.pass = pass;
    }
    const scale = ((this.view.parts[0]?.segment.state.options.k1 ?? 0) + 1) / 255;
    const { maxPostings, informativeWeight } = this.rank;
    const copies = this.work.copies.cleared();
    // The index's own arrays when it can lend them (page chrome is left out as they are read);
    // else the postings, without page chrome and other outlets' paragraphs, copied out.
    let chrome: Uint8Array | null = null;
    const read: Array<PostingRun | { from: number; to: number; weight: number }> = [];
    const keep = (d: number, impact: number, mark: number, article: Article | null) => {
      if (mark !== 1 && (allowed === null || allowed.has((article as Article).outlet)))
        copies.push(d, impact, 0);
    };
    for (const group of parsed.groups) {
      const budget = maxPostings * Math.min(1, group.weight / informativeWeight);
      for (const alt of group.alternatives) {
        const factor = rankFactor(alt);
        const weight = group.weight * factor * scale;
        // A weaker alternative (synonym, typo) or a commoner word reads fewer of its best postings.
        const limit = Math.ceil(budget * factor);
        const stored = allowed === null ? this.view.storedPostings(alt.term, limit) : null;
        if (stored) {
          chrome = stored.chrome;
          read.push({ docs: stored.docs, impacts: stored.impacts, weight });
          continue;
        }
        const from = copies.length;
        if (allowed !== null) this.view.postings(alt.term, limit, keep, true);
        else {
          const { gids, impacts, chromes, length } = this.view.livePostings(alt.term, limit);
          for (let k = 0; k < length; k++)
            if (chromes[k] !== 1) copies.push(gids[k] as number, impacts[k] as number, 0);
        }
        read.push({ from, to: copies.length, weight });
      }
    }
    // Copies are viewed once all are made: the buffers may have grown meanwhile.
    const runs = read.map((r) =>
      "docs" in r
        ? r
        : {
            docs: copies.gids.subarray(r.from, r.to),
            impacts: copies.impacts.subarray(r.from, r.to),
            weight: r.weight,
          },
    );
    return pass.best(runs, this.rank.candidates, chrome);
  }
}

/**
 * A result for diversify, the words of its quote read only for the candidates it takes up. A class:
 * a getter written in an object literal is a new accessor each time, and V8 then keeps what its
 * closure holds (the whole question) through every scavenge until a full collection.
 */
class QuoteCandidate implements Candidate {
  #words: Set<string> | null = null;
  constructor(readonly result: SearchResult) {}
  get words(): Set<string> {
    this.#words ??= contentWords(this.result.quote);
    return this.#words;
  }
}

/**
 * The speaker when the quoted sentences lie mostly inside one of the article's direct quotes, or
 * hold one whole: a sentence that says who spoke ("Kazinform quoted the governor as saying: “…”",
 * "Niemann also said, “…,” referring to …") is often longer than its quote.
 */
function speakerOf(
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
function speakerGroups(
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
 * Body text that adds to the question first, then paragraphs whose every informative word is the
 * question's (a quiz page restating it: they cannot hold the answer), then captions and teasers.
 */
const TIERS = [0, 1, 2] as const;

function tierOf(caption: boolean, words: EvidenceWords): (typeof TIERS)[number] {
  if (caption) return 2;
  for (let i = 0; i < words.length; i++)
    if (((words.flags[i] as number) & MATCHED) === 0 && !STOPWORDS.has(words.word[i] as string))
      return 0;
  return 1;
}

function contentWords(text: string): Set<string> {
  return new Set(
    foldTokens(text)
      .map((t) => t.word)
      .filter((w) => !STOPWORDS.has(w)),
  );
}

/** Each outlet's figure, when at least two outlets give one and they are not all the same. */
function figures(results: readonly SearchResult[]): SearchAnswer["figures"] {
  const byOutlet = new Map<string, { outlet: string; figure: string; article: string }>();
  for (const r of results) {
    if (byOutlet.has(r.outlet)) continue;
    const figure = figureIn(r.quote, r.highlights);
    if (figure) byOutlet.set(r.outlet, { outlet: r.outlet, figure, article: r.article });
  }
  const list = [...byOutlet.values()];
  const distinct = new Set(list.map((f) => f.figure.toLowerCase()));
  return list.length >= 2 && distinct.size >= 2 ? list : [];
}
