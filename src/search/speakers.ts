import type { Article, Quote } from "../corpus/types.js";
import { FuzzyNames, nameKey, phraseKey } from "../text/names.js";
import { trimEndChars } from "../text/trim.js";

type QuoteRef = { article: Article; quote: Quote };

/** One person as quoted across the corpus, every spelling of their name merged. */
class Speaker {
  /** The spelling shown: the fullest, then most frequent, form. */
  name: string;
  readonly spellings = new Map<string, number>();
  private list: QuoteRef[];

  constructor(
    name: string,
    /** Known by a name, not only by a role ("the spokesman"). */
    readonly named: boolean,
    /** Quotes handed over from another thread are only materialised when asked for. */
    private readonly load: (() => QuoteRef[]) | null = null,
    private readonly size = 0,
  ) {
    this.name = name;
    this.list = [];
  }

  get count(): number {
    return this.load ? this.size : this.list.length;
  }

  get quotes(): QuoteRef[] {
    if (this.load && this.list.length === 0 && this.size > 0) this.list = this.load();
    return this.list;
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

/** The directory as plain data, to build it in a worker thread and hand it over. */
export interface SpeakerState {
  people: Array<{ name: string; named: boolean; spellings: Array<[string, number]> }>;
  /** Speaker p's quotes are pairs (article index, quote index) in refs[2 * refStart[p], 2 * refStart[p + 1]). */
  refStart: Int32Array;
  refs: Int32Array;
}

/** Directory of quoted people: look-up by any spelling, typos included, and their quotes. */
export class SpeakerDirectory {
  private readonly people: Speaker[];
  private readonly byKey = new Map<string, Speaker>();
  /** Built on first use: a reload hands the directory over without this cost. */
  private fuzzyNames: FuzzyNames | null = null;

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
    return new SpeakerDirectory(people);
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

  private constructor(people: Speaker[]) {
    this.people = people.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    for (const p of this.people)
      for (const s of p.spellings.keys()) this.byKey.set(phraseKey(s), p);
  }

  private get fuzzy(): FuzzyNames {
    this.fuzzyNames ??= new FuzzyNames(this.people.flatMap((p) => [...p.spellings.keys()]));
    return this.fuzzyNames;
  }

  static build(articles: readonly Article[]): SpeakerDirectory {
    // Speakers repeat across thousands of quotes: group by the exact string, read each once.
    const bySpeaker = new Map<string, QuoteRef[]>();
    for (const article of articles) {
      for (const quote of article.quotes) {
        if (!quote.speaker) continue;
        const list = bySpeaker.get(quote.speaker);
        if (list) list.push({ article, quote });
        else bySpeaker.set(quote.speaker, [{ article, quote }]);
      }
    }
    const full = new Map<string, Speaker>();
    const short: Array<{ key: string; speaker: string; refs: QuoteRef[] }> = [];
    // "Centers for Disease Control and Prevention (CDC)": the acronym names it too.
    const acronyms: Array<[string, string]> = [];
    for (const [raw, refs] of bySpeaker) {
      const acronym = ACRONYM.exec(raw.trimEnd());
      const words = nameWords(acronym ? raw.slice(0, acronym.index).trimEnd() : raw);
      const speaker = words.length > 0 ? words.join(" ") : raw.trim();
      if (acronym) acronyms.push([acronym[1] as string, phraseKey(speaker)]);
      if (words.length === 1) short.push({ key: nameKey(words[0] as string), speaker, refs });
      else add(full, phraseKey(speaker), speaker, refs, words.length > 0);
    }
    // "Saudabaev" joins "Kanat Saudabayev" when exactly one quoted person has that surname.
    const bySurname = new Map<string, Speaker[]>();
    const own = (key: string, person: Speaker) =>
      bySurname.set(key, [...new Set([...(bySurname.get(key) ?? []), person])]);
    for (const [key, person] of full) {
      if (person.named) own(key.split(" ").pop() as string, person);
    }
    for (const [acronym, key] of acronyms) {
      const org = full.get(key);
      if (!org) continue;
      own(nameKey(acronym), org);
      // A spelling with no quotes of its own: look-ups and suggestions find it by the acronym.
      org.spellings.set(acronym, org.spellings.get(acronym) ?? 0);
    }
    for (const s of short) {
      const owners = bySurname.get(s.key);
      if (owners?.length === 1) addTo(owners[0] as Speaker, s.speaker, s.refs);
      else add(full, s.key, s.speaker, s.refs, true);
    }
    // Quotes in corpus order, whichever spelling brought them in.
    const order = new Map(articles.map((a, i) => [a, i]));
    const rank = (r: QuoteRef) => (order.get(r.article) ?? 0) * 1e6 + r.quote.paragraph;
    for (const p of full.values()) {
      p.name = displayName(p);
      p.quotes.sort((a, b) => rank(a) - rank(b));
    }
    return new SpeakerDirectory([...full.values()]);
  }

  /** Speakers matching text (name keys and fuse.js: "Bakiev" finds Bakiyev); empty text -> most quoted. */
  suggest(text: string, limit = 25): Array<{ name: string; count: number }> {
    const people =
      text.trim() === ""
        ? this.people.filter((p) => p.named)
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

function add(
  map: Map<string, Speaker>,
  key: string,
  speaker: string,
  refs: QuoteRef[],
  named: boolean,
): void {
  let person = map.get(key);
  if (!person) {
    person = new Speaker(speaker, named);
    map.set(key, person);
  }
  addTo(person, speaker, refs);
}

function addTo(person: Speaker, speaker: string, refs: QuoteRef[]): void {
  person.spellings.set(speaker, (person.spellings.get(speaker) ?? 0) + refs.length);
  for (const r of refs) person.quotes.push(r);
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
