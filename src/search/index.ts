import { paragraphCount, paragraphOf } from "../corpus/packed.js";
import type { Article } from "../corpus/types.js";
import { FuzzyNames } from "../text/names.js";
import { asksInThePast } from "../text/tense.js";
import { TermCache } from "../text/terms.js";
import { type TokenColumns, tokenColumns } from "../text/token-columns.js";
import { answerWords } from "./answer-words.js";
import { articleParagraphs } from "./article-paragraphs.js";
import { attributesWords, speakerTerms } from "./attribution.js";
import { readsBetter, type Searched } from "./better-reading.js";
import { defaultSearchIndexOptions, type IndexState, type SearchIndexOptions } from "./build.js";
import { candidates } from "./candidates.js";
import type { Part } from "./deletions.js";
import { type Candidate, diversify } from "./diversify.js";
import { outletFigures } from "./figures.js";
import { FirstPass } from "./first-pass.js";
import { functionWordReading } from "./mend.js";
import {
  answers,
  heldKeyShare,
  holdsKeyName,
  type KeyWord,
  keyWords,
  latestYear,
  missesYear,
  missingKeyWords,
  type NoMatchEvidence,
  noMatchEvidence,
  publishedBefore,
  type TopicCorpus,
  yearKeys,
} from "./no-match.js";
import { scorePassage } from "./passage.js";
import { type PassageContext, passageTerms } from "./passage-terms.js";
import { PostingList } from "./posting-list.js";
import {
  type ParsedQuery,
  parseQuery,
  type QueryCorpus,
  withAcronyms,
  withoutUnknownEdgeWords,
  withoutUnreadShortWords,
} from "./query.js";
import {
  answeredByFigure,
  asksForFigure,
  holdsQuotation,
  mostlyQuoted,
  namesAnother,
  writesFigure,
} from "./question.js";
import { type ContextMarks, queryCorpusOf, topicCorpusOf } from "./question-corpora.js";
import { QuoteCandidate } from "./quote-candidate.js";
import { speakerGroups, speakerOf, speakerQuotes } from "./quote-speakers.js";
import { defaultRankOptions, type RankOptions } from "./rank-options.js";
import { resultPlace } from "./result-place.js";
import { TIERS, tierOf } from "./result-tiers.js";
import { passageContext } from "./section-context.js";
import { Segment } from "./segment.js";
import { SegmentView } from "./segment-view.js";
import { Speller } from "./spell.js";
import type { SearchAnswer, SearchOptions, SearchResult } from "./types.js";

export type { IndexState, SearchIndexOptions } from "./build.js";

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

  /**
   * The passages that best answer `query`, each outlet's first, or "no match" when no passage is
   * about what it asks (`noMatch`, no results).
   *
   * @example
   * const answer = SearchIndex.build(articles).search("who mediated the departure");
   * answer.noMatch ? "no match" : `${answer.results[0]?.outlet}: ${answer.results[0]?.quote}`;
   */
  search(query: string, options: SearchOptions = {}): SearchAnswer {
    // A word the corpus writes may still be a misspelt function word ("hat did …"): read both
    // ways, the reading whose best passage holds more of its question answers (`readsBetter`).
    const reading = functionWordReading(query);
    const asTyped = this.parse(query);
    const asRead = reading === null ? null : this.parse(reading);
    const typed = this.searchRead(query, asTyped, options);
    const mended = asRead === null ? null : this.searchRead(query, asRead, options);
    const chosen =
      mended !== null &&
      !mended.answer.noMatch &&
      (typed.answer.noMatch || readsBetter(mended, typed))
        ? mended
        : typed;
    if (chosen.evidence !== undefined) options.explain?.(chosen.evidence);
    const read = chosen.answer;
    if (!read.noMatch || this.rank.query.readSlips) return read;
    // Nor as read so far: a word as typed may be a slip for another the corpus writes beside the
    // question's other words ("toy" for Tony). Searched again only when some word was read as one:
    // otherwise the reading, and so the answer, is the one just given.
    const slipped = parseQuery(reading ?? query, this.queryCorpus(), this.cache, {
      ...this.rank.query,
      readSlips: true,
    });
    const slips = slipped.slips ? this.searchAs(query, slipped, options) : read;
    if (!slips.noMatch) return slips;
    // Nor so: a short word nothing reads at its edge may be chat shorthand ("… tbh").
    const edgeless = withoutUnknownEdgeWords(reading ?? query, asRead ?? asTyped);
    return edgeless === null ? slips : this.searchAs(query, edgeless, options);
  }

  /** The answer to `query` read as `parsed`, with the evidence of its no-match decision when it got that far. */
  private searchRead(query: string, parsed: ParsedQuery, options: SearchOptions): Searched {
    const read: { evidence?: NoMatchEvidence } = {};
    const answer = this.searchAs(query, parsed, {
      ...options,
      explain: (e) => {
        read.evidence = e;
      },
    });
    return { answer, ...read };
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
    if (parsed.kind === "quote")
      docs.push(
        ...speakerQuotes(this.view, docs, parsed, allowed, this.rank.speakerArticles, this.cache),
      );
    // A how-many question's verb commoner than an informative word ("get", "go") binds no count.
    const terms = passageTerms(
      parsed,
      this.cache,
      (term) => this.view.wordsOfTerm(term),
      this.rank.informativeWeight,
    );
    // Asked for a figure or an age: the paragraphs of the best candidates' articles writing a
    // figure and a question word, which BM25 may rank below every paragraph naming the story. They
    // rank, but do not decide "no match": they answer questions on the story's other people too
    // ("how much money did Hoyer raise" meets "She raised $1.25 billion").
    const rankedOnly = new Set(
      answeredByFigure(parsed.kind)
        ? articleParagraphs(
            this.view,
            docs,
            allowed,
            this.rank.figureArticles,
            (article) => Array(paragraphCount(article)).keys(),
            (article, p, d) => {
              const text = paragraphOf(article, p) as string;
              return (
                writesFigure(text) && tokensOf(d, text).word.some((w) => terms.indexed(w) !== "")
              );
            },
          )
        : [],
    );
    docs.push(...rankedOnly);
    const topic = this.topicCorpus();
    const keys = keyWords(parsed, topic, this.rank.topic);
    const years = yearKeys(keys);
    // What happened in a year, asked of an article published before it: it cannot report it.
    const pastYear = years.length > 0 && asksInThePast(query) ? latestYear(years) : null;
    const named = holdsKeyName(parsed, topic, this.rank.topic, this.cache);
    // One context an article's section: the groups its title and lead lend are read once.
    const contexts = new Map<string, PassageContext>();
    const contextOf = (a: number, article: Article, p: number): PassageContext => {
      const { key, context } = passageContext(article, p);
      const id = `${a}:${key}`;
      let lent = contexts.get(id);
      if (lent === undefined) {
        lent = context();
        contexts.set(id, lent);
      }
      return lent;
    };
    // Who the question asks to hear from, when it asks for someone's words.
    const speakers = parsed.kind === "quote" ? speakerTerms(parsed) : new Set<string>();
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
        p > 0 ? contextOf(a, article, p) : null,
        speaker,
        tokens,
      );
      if (speaker.length > 0) match.score *= 1 + this.rank.speakerBoost;
      else if (
        speakers.size > 0 &&
        this.rank.silentSpeakerFactor !== 1 &&
        // A report of what they said ("Twitter said it is testing …") is no words of theirs.
        !(holdsQuotation(text) && attributesWords(text, speakers, (w) => this.cache.term(w)))
      )
        match.score *= this.rank.silentSpeakerFactor;
      // A lead answers "what happened", not "how many" unless it counts what is asked: a count
      // beside the question's counting verb ("displaced 300 people" does not say how many died).
      if (p === 0 && (parsed.kind !== "number" || match.counted))
        match.score *= 1 + this.rank.leadBonus;
      // Past the lead the facts still come first: the bonus fades with the paragraph's place.
      if (p > 0) match.score *= 1 + this.rank.positionBonus / (1 + Math.log(1 + p));
      // Asked for a count, a date or a name, the narrative that tells the fact answers before a
      // quotation of someone talking about it.
      if (
        parsed.kind !== null &&
        parsed.kind !== "quote" &&
        mostlyQuoted(text.slice(match.quoteStart, match.quoteEnd))
      )
        match.score *= 1 - this.rank.quotationPenalty;
      const offTopic =
        (years.length > 0 &&
          missesYear(years, text, headingOf(topic.title(a), article, p), this.cache)) ||
        publishedBefore(article.published, pastYear)
          ? 1
          : missingKeyWords(keys, a, topic, this.cache);
      match.score *= 1 - this.rank.offTopicPenalty * offTopic;
      const caption = chrome === 2;
      const tier = tierOf(caption, match.words);
      const quoted = speaker.length > 0;
      const decides = !rankedOnly.has(d);
      return { article, rank: a, p, text, tokens, match, offTopic, caption, tier, quoted, decides };
    });
    const figure = this.rank.figureTie && asksForFigure(parsed.kind);
    const order = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
      a.tier - b.tier ||
      b.match.score - a.match.score ||
      (figure ? Number(b.match.answered) - Number(a.match.answered) : 0);
    scored.sort(order);
    const [best] = scored;
    if (best && this.rank.echoBonus > 0) {
      const answer = answerWords(
        this.view,
        best.text.slice(best.match.quoteStart, best.match.quoteEnd),
        terms,
        this.cache,
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
    const total = parsed.totalWeight || 1;
    const evidence = noMatchEvidence(
      parsed,
      scored
        .filter((s) => s.decides)
        .map((s) => ({
          coverage: s.match.coverage,
          offTopic: s.offTopic,
          named() {
            return named.holds(s.rank);
          },
          answered: s.match.answered,
          namesAnother() {
            return namesAnother(s.match.words);
          },
          heldOf(g: number) {
            return s.match.groupsHeld[g] ?? 0;
          },
          // A method: tsx (esbuild, names kept) names an arrow bound to a key with a call each time.
          held() {
            return heldKeyShare(keys, s.tokens.word, parsed.totalWeight, keyTerm);
          },
        })),
      this.rank.topic,
      {
        name: named.share,
        nameGroup: named.group,
        key: keys.reduce((m, k) => Math.max(m, k.weight), 0) / total,
        year: years.reduce((s, k) => s + k.weight, 0) / total,
      },
    );
    options.explain?.(evidence);
    if (!answers(evidence, this.rank.minCoverage, this.rank.topic)) return none;
    // "What did X say" asks for X's words: no passage on topic giving X any, nothing answers it.
    if (this.rank.topic.speakerHeard && parsed.kind === "quote") {
      const heard = (s: (typeof scored)[number]) =>
        s.offTopic <= this.rank.topic.maxMissingKeyShare &&
        named.holds(s.rank) &&
        (s.quoted || attributesWords(s.text, speakers, (w) => this.cache.term(w)));
      if (speakers.size > 0 && !scored.some(heard)) return none;
    }
    const passageOf = new Map<SearchResult, (typeof scored)[number]>();
    const toCandidate = (passage: (typeof scored)[number]): Candidate => {
      const { article, p, text, match, caption } = passage;
      const result: SearchResult = {
        ...resultPlace(article, p),
        paragraph: text,
        quote: text.slice(match.shownStart, match.shownEnd),
        // Named below for the results kept only: finding it parses the article's quotes.
        speaker: null,
        score: Math.round(match.score * 1000) / 1000,
        highlights: match.highlights,
        alsoReportedBy: [],
        ...(caption ? { caption: true as const } : {}),
      };
      passageOf.set(result, passage);
      // Outlets are told apart by the answer's own window, not the neighbour shown with it.
      return new QuoteCandidate(result, text.slice(match.quoteStart, match.quoteEnd));
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
      figures: asksForFigure(parsed.kind) ? outletFigures(results) : [],
    };
  }

  private outlets(): FuzzyNames {
    this.outletNames ??= new FuzzyNames([...new Set(this.view.articles.map((a) => a.outlet))]);
    return this.outletNames;
  }

  private topicCorpus(): TopicCorpus {
    this.topicRead ??= topicCorpusOf(this.view, this.writtenForms, this.work.names);
    return this.topicRead;
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
    this.queryRead ??= queryCorpusOf(
      this.view,
      this.speller,
      this.writtenForms,
      () => this.topicCorpus(),
      (docs) => this.contextMarks(docs),
    );
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
    return candidates(this.view, pass, this.work.copies, this.rank, parsed, allowed);
  }
}

/**
 * What a passage's year is read in besides its own text: its article's title and date, and the
 * paragraph before it, since a timeline's entry follows the line naming its year ("January 2017:
 * More layoffs"). Read only for a question naming a year.
 */
function headingOf(title: string, article: Article, p: number): string {
  return p > 0 ? `${title} ${paragraphOf(article, p - 1) ?? ""}` : title;
}
