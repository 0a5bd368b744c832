import type { Article, Quote } from "../corpus/types.js";
import { complete, never } from "../text/steps.js";
import { compareFiles } from "./corpus-order.js";
import { LayeredMap } from "./layered-map.js";
import { sortInSteps } from "./sort-in-steps.js";

/** A quote and the article holding it. */
export type QuoteRef = { article: Article; quote: Quote };

/** The articles quoting one speaker string as written. */
export interface Written {
  /** Articles quoting under this string, with how many quotes each. */
  articles: ReadonlyMap<Article, number>;
  /** Quotes under this string, in every article. */
  count: number;
  /** Its article first in corpus order: the string is met there first. */
  first: Article;
  /** Index of its first quote in `first`: a directory orders strings without reading quotes again. */
  at: number;
}

/**
 * Who is quoted where, by speaker string as written: what a directory is put together from. A
 * change makes a new one from the articles added and removed, sharing everything else, so a
 * directory after a change costs the distinct speaker strings, not every quote of the corpus.
 */
export class SpeakerQuotes {
  /**
   * The quotes this was made from by one change, and the strings that change touched; dropped
   * once this one's directory is made (SpeakerDirectory.steps), so a chain of changes is not held.
   */
  #previous: { quotes: SpeakerQuotes; changed: readonly string[] } | null;

  private constructor(
    /** By speaker string; shared with the quotes this was made from, but for what changed. */
    private readonly written: LayeredMap<Written>,
    previous: { quotes: SpeakerQuotes; changed: readonly string[] } | null = null,
  ) {
    this.#previous = previous;
  }

  static readonly empty = new SpeakerQuotes(new LayeredMap());

  /**
   * The speaker strings added, removed or changed since `quotes`, when this was made from it by
   * one change; else null. Asked once: forgotten after, as the quotes it was made from are.
   */
  changedSince(quotes: SpeakerQuotes | null): readonly string[] | null {
    const previous = this.#previous;
    this.#previous = null;
    return previous?.quotes === quotes ? previous.changed : null;
  }

  /** Every quote of `articles` (which must have distinct files). */
  static of(articles: readonly Article[]): SpeakerQuotes {
    return SpeakerQuotes.empty.withChanges(articles, []);
  }

  /** These quotes without those of `removed` and with those of `added` (articles, not ids: a replaced article is in both). */
  withChanges(added: readonly Article[], removed: readonly Article[]): SpeakerQuotes {
    const change = this.change();
    for (const article of removed) change.remove(article);
    for (const article of added) change.add(article);
    return change.finish();
  }

  /** A change made an article at a time (to spread a large one over several turns of the event loop). */
  change(): SpeakerQuotesChange {
    return new SpeakerQuotesChange(
      this.written,
      (written, changed) => new SpeakerQuotes(written, { quotes: this, changed }),
    );
  }

  /** Calls `visit` with every speaker string quoted and its articles, in no particular order. */
  forEach(visit: (w: Written, raw: string) => void): void {
    this.written.forEach(visit);
  }

  /**
   * Speaker strings in the order a walk through the corpus meets them, with their articles; pauses
   * (yields) whenever `due()` says so, to be spread over several turns of the event loop.
   */
  *inOrder(due: () => boolean = never): Generator<void, Array<[string, Written]>> {
    // Grouped by their first article, each group in the order its article quotes them.
    const byFirst = new Map<Article, Array<[number, string, Written]>>();
    const written: Array<[string, Written]> = [];
    this.forEach((w, raw) => {
      written.push([raw, w]);
    });
    for (const [raw, w] of written) {
      const group = byFirst.get(w.first) ?? [];
      group.push([w.at, raw, w]);
      byFirst.set(w.first, group);
      if (due()) yield;
    }
    // With "/" as the lowest character, plain string order is corpus order (compareFiles), and faster.
    const firsts: Array<readonly [string, Article]> = [];
    for (const a of byFirst.keys()) {
      firsts.push([a.file.replaceAll("/", "\u0000"), a]);
      if (due()) yield;
    }
    const sorted = yield* sortInSteps(firsts, ([x], [y]) => (x < y ? -1 : x > y ? 1 : 0), due);
    const order: Array<[string, Written]> = [];
    for (const [, a] of sorted) {
      const group = (byFirst.get(a) ?? []).sort((x, y) => x[0] - y[0]);
      for (const [, raw, w] of group) order.push([raw, w]);
      if (due()) yield;
    }
    return order;
  }
}

/** Articles added to and removed from a SpeakerQuotes, which it leaves as it is. */
export class SpeakerQuotesChange {
  /** What this change makes of each string it touched (null: no longer quoted). */
  readonly #changes = new Map<string, Written | null>();
  /** Entries copied for this change, so each is copied once. */
  readonly #copied = new Map<string, Map<Article, number>>();
  /** For each string, the first in corpus order of the articles this change adds quoting it, and where. */
  readonly #firstAdded = new Map<string, { article: Article; at: number }>();

  constructor(
    private readonly written: LayeredMap<Written>,
    private readonly make: (written: LayeredMap<Written>, changed: string[]) => SpeakerQuotes,
  ) {}

  add(article: Article): void {
    this.#count(article, 1);
  }

  remove(article: Article): void {
    this.#count(article, -1);
  }

  finish(): SpeakerQuotes {
    return complete(this.finishing());
  }

  /**
   * `finish`, pausing (yielding) whenever `due()` says so: ending a pass over every article's
   * quotes reads every (string, article) pair, tens of milliseconds at 20,000 articles.
   */
  *finishing(due: () => boolean = never): Generator<void, SpeakerQuotes> {
    const changed = [...this.#copied.keys()];
    for (const [raw, articles] of this.#copied) {
      if (due()) yield;
      if (articles.size === 0) {
        this.#changes.set(raw, null);
        continue;
      }
      let count = 0;
      let first: Article | null = null;
      for (const [article, n] of articles) {
        count += n;
        if (first === null || compareFiles(article.file, first.file) < 0) first = article;
      }
      if (first === null) continue;
      const before = this.written.get(raw);
      // Read again only when the string's first article was removed and one already served is first now.
      const added = this.#firstAdded.get(raw);
      const at =
        added?.article === first
          ? added.at
          : before?.first === first
            ? before.at
            : first.quotes.findIndex((q) => q.speaker === raw);
      this.#changes.set(raw, { articles, count, first, at });
    }
    this.#copied.clear();
    this.#firstAdded.clear();
    return this.make(this.written.with(this.#changes), changed);
  }

  #count(article: Article, change: number): void {
    const quotes = article.quotes;
    for (let i = 0; i < quotes.length; i++) {
      const quote = quotes[i] as Quote;
      if (!quote.speaker) continue;
      if (change > 0) {
        const known = this.#firstAdded.get(quote.speaker);
        if (
          known === undefined ||
          (known.article !== article && compareFiles(article.file, known.article.file) < 0)
        )
          this.#firstAdded.set(quote.speaker, { article, at: i });
      }
      let articles = this.#copied.get(quote.speaker);
      if (!articles) {
        articles = new Map(this.written.get(quote.speaker)?.articles);
        this.#copied.set(quote.speaker, articles);
      }
      const n = (articles.get(article) ?? 0) + change;
      if (n > 0) articles.set(article, n);
      else articles.delete(article);
    }
  }
}

/** Quotes under the strings `written` (in the order given), in corpus order. */
export function quotesUnder(written: ReadonlyArray<[string, Written]>): QuoteRef[] {
  const refs: QuoteRef[] = [];
  for (const [raw, w] of written) {
    const articles = [...w.articles.keys()].sort((a, b) => compareFiles(a.file, b.file));
    for (const article of articles)
      for (const quote of article.quotes) if (quote.speaker === raw) refs.push({ article, quote });
  }
  // Stable: quotes of one paragraph keep the order of their strings, then of the text.
  return refs.sort(
    (a, b) => compareFiles(a.article.file, b.article.file) || a.quote.paragraph - b.quote.paragraph,
  );
}
