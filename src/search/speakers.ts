import type { Article, Quote } from "../corpus/types.js";
import { FuzzyNames, nameKey, phraseKey } from "../text/names.js";
import { complete, never } from "../text/steps.js";
import { trimEndChars } from "../text/trim.js";
import { compareFiles } from "./corpus-order.js";
import { LayeredMap } from "./layered-map.js";

type QuoteRef = { article: Article; quote: Quote };

/** One person as quoted across the corpus, every spelling of their name merged. */
class Speaker {
  /** The spelling shown: the fullest, then most frequent, form. */
  name: string;
  readonly spellings = new Map<string, number>();
  /** The speaker strings that name this person, in the order met, when made from SpeakerQuotes. */
  readonly strings: Array<[string, Written]> = [];
  #quotes: QuoteRef[] | null = null;

  constructor(
    name: string,
    /** Known by a name, not only by a role ("the spokesman"). */
    readonly named: boolean,
    /** Quotes are only put together (in corpus order) when asked for. */
    private readonly load: () => QuoteRef[],
    /** How many quotes `load` gives. */
    public count = 0,
    /**
     * The string that made this person and whether it was a short one (a lone surname), or null
     * (a directory from exported state): people equally quoted under one name keep this order.
     */
    readonly made: { short: boolean; written: Written } | null = null,
  ) {
    this.name = name;
  }

  get quotes(): QuoteRef[] {
    this.#quotes ??= this.load();
    return this.#quotes;
  }
}

/**
 * The name in a speaker string: the capitalised words after the last title word ("Kazakh
 * Foreign Minister Kanat Saudabayev" -> Kanat Saudabayev), else all its capitalised words.
 */
function nameWords(speaker: string): string[] {
  const words = speaker.split(/\s+/).map((w) => trimEndChars(w, ",.;:"));
  const isTitle = (w: string) => TITLES.has(w.toLowerCase());
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (isTitle(w)) lastTitle = i;
  });
  // "Putin's press service" is not Putin.
  const isName = (w: string) => /^\p{Lu}/u.test(w) && !isTitle(w) && !/['\u2019]s$/.test(w);
  // Words joining a name inside it stay: "Centers for Disease Control and Prevention".
  const capitalized = (ws: string[]) => {
    const first = ws.findIndex(isName);
    const last = ws.findLastIndex(isName);
    return ws.slice(first, last + 1).filter((w) => isName(w) || NAME_JOINS.has(w));
  };
  const after = capitalized(words.slice(lastTitle + 1));
  return after.length > 0 ? after : capitalized(words);
}

const NAME_JOINS = new Set(["of", "for", "and", "&"]);

/** An acronym in brackets at the end of an organisation's name. */
const ACRONYM = /\(([A-Z][A-Z0-9&]{1,9})\)$/;

const TITLES = new Set(
  "mr mrs ms dr prof president prime minister secretary spokesman spokeswoman spokesperson governor mayor ambassador official chief head deputy chairman chairwoman general commander director leader minister's".split(
    " ",
  ),
);

/** The articles quoting one speaker string as written. */
interface Written {
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

/** Merged at a time before the merge sort pauses to ask `due()`. */
const SORT_RUN = 512;

/**
 * `items` in the order Array.prototype.sort gives them (stable), by a merge sort that pauses
 * (yields) whenever `due()` says so: sorting every speaker at once held the event loop for tens
 * of milliseconds at 20,000 articles.
 */
function* sortInSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  due: () => boolean,
): Generator<void, T[]> {
  const n = items.length;
  let from: T[] = [];
  for (let lo = 0; lo < n; lo += SORT_RUN) {
    for (const item of items.slice(lo, lo + SORT_RUN).sort(compare)) from.push(item);
    if (due()) yield;
  }
  let to = new Array<T>(n);
  for (let width = SORT_RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // The left one on a tie, as a stable sort keeps them.
      while (i < mid && j < hi) {
        to[k++] = compare(from[j] as T, from[i] as T) < 0 ? (from[j++] as T) : (from[i++] as T);
        if (k % SORT_RUN === 0 && due()) yield;
      }
      while (i < mid) to[k++] = from[i++] as T;
      while (j < hi) to[k++] = from[j++] as T;
    }
    [from, to] = [to, from];
  }
  return from;
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
function quotesUnder(written: ReadonlyArray<[string, Written]>): QuoteRef[] {
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

/** What a speaker string says of who speaks; strings repeat, so each is read once. */
interface Reading {
  speaker: string;
  words: string[];
  acronym: string | null;
  /** The key of the person: nameKey of a one-word name, else phraseKey of the name. */
  key: string;
  /** phraseKey of the name, under which a spelling is looked up. */
  spellingKey: string;
  /** nameKey of the acronym, or "". */
  acronymKey: string;
  /**
   * Every key under which the directory looks this string's person up or files it ("p" person
   * keys, "s" surname and acronym owners): strings sharing none are never merged, so a change
   * makes again only the people of the strings linked to the ones it touched.
   */
  links: string[];
}

const readings = new Map<string, Reading>();
/** Strings kept read before the cache starts afresh, so a long-running process stays bounded. */
const READINGS_KEPT = 200_000;

function reading(raw: string): Reading {
  let known = readings.get(raw);
  if (!known) {
    const acronym = ACRONYM.exec(raw.trimEnd());
    const words = nameWords(acronym ? raw.slice(0, acronym.index).trimEnd() : raw);
    const speaker = words.length > 0 ? words.join(" ") : raw.trim();
    const spellingKey = phraseKey(speaker);
    const key = words.length === 1 ? nameKey(words[0] as string) : spellingKey;
    const acronymKey = acronym ? nameKey(acronym[1] as string) : "";
    const links = [`p${key}`, `s${words.length === 1 ? key : surname(key)}`];
    if (acronym) links.push(`p${spellingKey}`, `s${acronymKey}`);
    known = {
      speaker,
      words,
      acronym: acronym ? (acronym[1] as string) : null,
      key,
      spellingKey,
      acronymKey,
      links,
    };
    if (readings.size >= READINGS_KEPT) readings.clear();
    readings.set(raw, known);
  }
  return known;
}

/** The last word of a person's key, under which a lone surname finds them. */
function surname(key: string): string {
  return key.split(" ").pop() as string;
}

const spellingKeys = new Map<string, string>();

/** phraseKey of a spelling, kept: every directory files every spelling under it. */
function spellingKey(spelling: string): string {
  let key = spellingKeys.get(spelling);
  if (key === undefined) {
    key = phraseKey(spelling);
    if (spellingKeys.size >= READINGS_KEPT) spellingKeys.clear();
    spellingKeys.set(spelling, key);
  }
  return key;
}

/** The directory as plain data, to build it in a worker thread and hand it over. */
export interface SpeakerState {
  people: Array<{ name: string; named: boolean; spellings: Array<[string, number]> }>;
  /** Speaker p's quotes are pairs (article index, quote index) in refs[2 * refStart[p], 2 * refStart[p + 1]). */
  refStart: Int32Array;
  refs: Int32Array;
}

/** String.localeCompare as it orders by default, without making a collator per call. */
const byName = new Intl.Collator().compare;

/** Most quoted first, then by name. */
const mostQuoted = (a: Speaker, b: Speaker) => b.count - a.count || byName(a.name, b.name);

/** The person of each spelling's key, in `people`'s order (a later person with the same key wins). */
function* keyed(
  people: readonly Speaker[],
  keyOf: (spelling: string) => string,
  due: () => boolean,
): Generator<void, Map<string, Speaker>> {
  const byKey = new Map<string, Speaker>();
  for (const p of people) {
    for (const s of p.spellings.keys()) byKey.set(keyOf(s), p);
    if (due()) yield;
  }
  return byKey;
}

/**
 * `byKey` with the keys of `affected` looked up again in `people` (a later person with the same
 * key wins, as in `keyed`); pauses (yields) whenever `due()` says so.
 */
function* rekeyed(
  byKey: LayeredMap<Speaker>,
  affected: ReadonlySet<string>,
  people: readonly Speaker[],
  due: () => boolean,
): Generator<void, LayeredMap<Speaker>> {
  const changes = new Map<string, Speaker | null>();
  for (const key of affected) changes.set(key, null);
  for (const p of people) {
    for (const s of p.spellings.keys()) {
      const key = spellingKey(s);
      if (affected.has(key)) changes.set(key, p);
    }
    if (due()) yield;
  }
  return byKey.with(changes);
}

/** Directory of quoted people: look-up by any spelling, typos included, and their quotes. */
export class SpeakerDirectory {
  /** Built on first use: a reload hands the directory over without this cost. */
  private fuzzyNames: FuzzyNames | null = null;
  /** The named people, most quoted first: every answer's summary asks for them. */
  private namedPeople: Speaker[] | null = null;

  private get named(): Speaker[] {
    this.namedPeople ??= this.people.filter((p) => p.named);
    return this.namedPeople;
  }

  /** Directory from exported state; `articles` must be the same, in the same order. */
  static fromState(state: SpeakerState, articles: readonly Article[]): SpeakerDirectory {
    const people = state.people.map((p, i) => {
      const from = state.refStart[i] as number;
      const to = state.refStart[i + 1] as number;
      const load = () => {
        const quotes: QuoteRef[] = [];
        for (let k = from; k < to; k++) {
          const article = articles[state.refs[2 * k] as number] as Article;
          quotes.push({ article, quote: article.quotes[state.refs[2 * k + 1] as number] as Quote });
        }
        return quotes;
      };
      const person = new Speaker(p.name, p.named, load, to - from);
      for (const [spelling, n] of p.spellings) person.spellings.set(spelling, n);
      return person;
    });
    const sorted = people.sort(mostQuoted);
    return new SpeakerDirectory(
      sorted,
      new LayeredMap(complete(keyed(sorted, spellingKey, never))),
    );
  }

  /** Everything as plain data and typed arrays, for postMessage with a transfer list. */
  exportState(articles: readonly Article[]): { state: SpeakerState; transfer: ArrayBuffer[] } {
    const articleIndex = new Map(articles.map((a, i) => [a, i]));
    const refStart = new Int32Array(this.people.length + 1);
    const total = this.people.reduce((n, p) => n + p.count, 0);
    const refs = new Int32Array(2 * total);
    let k = 0;
    this.people.forEach((p, i) => {
      refStart[i] = k;
      for (const { article, quote } of p.quotes) {
        refs[2 * k] = articleIndex.get(article) ?? -1;
        refs[2 * k + 1] = article.quotes.indexOf(quote);
        k++;
      }
    });
    refStart[this.people.length] = k;
    const people = this.people.map((p) => ({
      name: p.name,
      named: p.named,
      spellings: [...p.spellings],
    }));
    return { state: { people, refStart, refs }, transfer: [refStart.buffer, refs.buffer] };
  }

  /** `people` sorted (mostQuoted); `byKey` every spelling's key, the later of two people with one key winning. */
  private constructor(
    private readonly people: Speaker[],
    private readonly byKey: LayeredMap<Speaker>,
    /** The quotes it was made from; null when it came from exported state. */
    private readonly from: SpeakerQuotes | null = null,
  ) {}

  private get fuzzy(): FuzzyNames {
    this.fuzzyNames ??= new FuzzyNames(this.people.flatMap((p) => [...p.spellings.keys()]));
    return this.fuzzyNames;
  }

  static build(articles: readonly Article[]): SpeakerDirectory {
    return SpeakerDirectory.of(SpeakerQuotes.of(articles));
  }

  /** The directory of `quoted`: the same whether it was made at once or change by change. */
  static of(quoted: SpeakerQuotes): SpeakerDirectory {
    return complete(SpeakerDirectory.steps(quoted));
  }

  /**
   * `of`, pausing (yielding) whenever `due()` says so: a caller drives it a slice at a time, so a
   * change's directory is ready before it serves without holding the event loop. Given the
   * directory of the quotes `quoted` was made from by one change, only the people of the speaker
   * strings linked to those the change touched are made again (see Reading.links); the others
   * are shared with it, so a change costs what it touched, not the corpus.
   */
  static *steps(
    quoted: SpeakerQuotes,
    due: () => boolean = never,
    previous: SpeakerDirectory | null = null,
  ): Generator<void, SpeakerDirectory> {
    const changed = quoted.changedSince(previous?.from ?? null);
    if (previous && changed) return yield* SpeakerDirectory.after(previous, quoted, changed, due);
    const full = yield* peopleOf(yield* quoted.inOrder(due), due);
    const people = yield* sortInSteps([...full.values()], mostQuoted, due);
    const byKey = yield* keyed(people, spellingKey, due);
    return new SpeakerDirectory(people, new LayeredMap(byKey), quoted);
  }

  /** `previous` brought up to `quoted`, which one change touching the strings `changed` made from previous's quotes. */
  private static *after(
    previous: SpeakerDirectory,
    quoted: SpeakerQuotes,
    changed: readonly string[],
    due: () => boolean,
  ): Generator<void, SpeakerDirectory> {
    // The links of the strings changed, then of every string sharing one, until none is added.
    const links = new Set<string>();
    for (const raw of changed) for (const link of reading(raw).links) links.add(link);
    const linked = (raw: string) => {
      for (const link of reading(raw).links) if (links.has(link)) return true;
      return false;
    };
    const touched = new Map<string, Written>();
    for (let grew = true; grew; ) {
      grew = false;
      quoted.forEach((w, raw) => {
        if (touched.has(raw) || !linked(raw)) return;
        touched.set(raw, w);
        for (const link of reading(raw).links) links.add(link);
        grew = true;
      });
      if (due()) yield;
    }
    const order = [...touched].sort(([, x], [, y]) => byFirst(x, y));
    const made = [...(yield* peopleOf(order, due)).values()].sort(inDirectoryOrder);
    // The others' strings link to none of those: they are the people they were.
    const affected = new Set<string>();
    const filed = (p: Speaker) => {
      for (const s of p.spellings.keys()) affected.add(spellingKey(s));
    };
    const kept = previous.people.filter((p) => {
      for (const [raw] of p.strings)
        if (linked(raw)) {
          filed(p);
          return false;
        }
      return true;
    });
    for (const p of made) filed(p);
    const people: Speaker[] = [];
    let k = 0;
    for (const p of made) {
      while (k < kept.length && inDirectoryOrder(kept[k] as Speaker, p) < 0)
        people.push(kept[k++] as Speaker);
      people.push(p);
    }
    while (k < kept.length) people.push(kept[k++] as Speaker);
    if (due()) yield;
    const byKey = yield* rekeyed(previous.byKey, affected, people, due);
    return new SpeakerDirectory(people, byKey, quoted);
  }

  /** Speakers matching text (name keys and fuse.js: "Bakiev" finds Bakiyev); empty text -> most quoted. */
  suggest(text: string, limit = 25): Array<{ name: string; count: number }> {
    const people =
      text.trim() === ""
        ? this.named
        : unique(this.fuzzy.match(text, limit * 2).map((s) => this.byKey.get(phraseKey(s))));
    return people.slice(0, limit).map((p) => ({ name: p.name, count: p.count }));
  }

  /** Direct quotes of one person across outlets, spelling variants merged. */
  quotesOf(name: string): QuoteRef[] {
    const exact = this.byKey.get(phraseKey(nameWords(name).join(" ") || name));
    if (exact) return exact.quotes;
    const [best] = this.fuzzy.match(name, 1);
    return best ? (this.byKey.get(phraseKey(best))?.quotes ?? []) : [];
  }
}

/**
 * The people quoted under the speaker strings `order` (in corpus order), named, by key, in the
 * order they were made: each person's strings and spellings depend only on the strings linked
 * to theirs (Reading.links), so the people of some strings are made from those strings alone.
 */
function* peopleOf(
  order: ReadonlyArray<[string, Written]>,
  due: () => boolean,
): Generator<void, Map<string, Speaker>> {
  const full = new Map<string, Speaker>();
  const short: Array<{ key: string; speaker: string; raw: [string, Written] }> = [];
  // "Centers for Disease Control and Prevention (CDC)": the acronym names it too.
  const acronyms: Reading[] = [];
  for (const raw of order) {
    const read = reading(raw[0]);
    const { speaker, words, key } = read;
    if (read.acronym) acronyms.push(read);
    if (words.length === 1) short.push({ key, speaker, raw });
    else add(full, key, speaker, raw, words.length > 0, false);
    if (due()) yield;
  }
  // "Saudabaev" joins "Kanat Saudabayev" when exactly one quoted person has that surname (null: several).
  const bySurname = new Map<string, Speaker | null>();
  const own = (key: string, person: Speaker) => {
    const owner = bySurname.get(key);
    bySurname.set(key, owner === undefined || owner === person ? person : null);
  };
  for (const [key, person] of full) {
    if (person.named) own(surname(key), person);
    if (due()) yield;
  }
  for (const { acronym, acronymKey, spellingKey } of acronyms) {
    const org = full.get(spellingKey);
    if (!org || acronym === null) continue;
    own(acronymKey, org);
    // A spelling with no quotes of its own: look-ups and suggestions find it by the acronym.
    org.spellings.set(acronym, org.spellings.get(acronym) ?? 0);
  }
  for (const s of short) {
    const owner = bySurname.get(s.key);
    if (owner) addTo(owner, s.speaker, s.raw);
    else add(full, s.key, s.speaker, s.raw, true, true);
    if (due()) yield;
  }
  for (const p of full.values()) {
    p.name = displayName(p);
    if (due()) yield;
  }
  return full;
}

/** Corpus order of two speaker strings: that of their first articles, then of their first quotes there. */
function byFirst(x: Written, y: Written): number {
  return compareFiles(x.first.file, y.first.file) || x.at - y.at;
}

/**
 * The order of a directory's people: most quoted first, then by name, then in the order a
 * whole build makes them (people of lone surnames after the others, each as its string comes).
 */
function inDirectoryOrder(a: Speaker, b: Speaker): number {
  const x = a.made as NonNullable<Speaker["made"]>;
  const y = b.made as NonNullable<Speaker["made"]>;
  return mostQuoted(a, b) || Number(x.short) - Number(y.short) || byFirst(x.written, y.written);
}

function add(
  map: Map<string, Speaker>,
  key: string,
  speaker: string,
  raw: [string, Written],
  named: boolean,
  short: boolean,
): void {
  let person = map.get(key);
  if (!person) {
    const made: Speaker = new Speaker(speaker, named, () => quotesUnder(made.strings), 0, {
      short,
      written: raw[1],
    });
    person = made;
    map.set(key, person);
  }
  addTo(person, speaker, raw);
}

function addTo(person: Speaker, speaker: string, raw: [string, Written]): void {
  const { count } = raw[1];
  person.spellings.set(speaker, (person.spellings.get(speaker) ?? 0) + count);
  person.count += count;
  person.strings.push(raw);
}

/** The fullest spelling, then the most used, then the first met (the sort is stable). */
function displayName(p: Speaker): string {
  const words = (s: string) => s.split(" ").length;
  return (
    [...p.spellings].sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1])[0]?.[0] ?? p.name
  );
}

function unique(people: Array<Speaker | undefined>): Speaker[] {
  return [...new Set(people.filter((p): p is Speaker => p !== undefined))];
}
