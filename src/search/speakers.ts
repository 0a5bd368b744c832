import type { Article, Quote } from "../corpus/types.js";
import { FuzzyNames, phraseKey } from "../text/names.js";
import { complete, never } from "../text/steps.js";
import { compareFiles } from "./corpus-order.js";
import { LayeredMap } from "./layered-map.js";
import { sortInSteps } from "./sort-in-steps.js";
import { type QuoteRef, quotesUnder, SpeakerQuotes, type Written } from "./speaker-quotes.js";
import { nameWords, type Reading, reading, spellingKey, surname } from "./speaker-readings.js";

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
