import type { Article, Quote } from "../corpus/types.js";
import { FuzzyNames, nameKey, phraseKey } from "../text/names.js";

/** One person as quoted across the corpus, every spelling of their name merged. */
interface Person {
  /** The spelling shown: the fullest, then most frequent, form. */
  name: string;
  spellings: Map<string, number>;
  quotes: Array<{ article: Article; quote: Quote }>;
}

/**
 * The name in a speaker string: the capitalised words after the last title word ("Kazakh
 * Foreign Minister Kanat Saudabayev" -> Kanat Saudabayev), else all its capitalised words.
 */
function nameWords(speaker: string): string[] {
  const words = speaker.split(/\s+/).map((w) => w.replace(/[,.;:]+$/, ""));
  const isTitle = (w: string) => TITLES.has(w.toLowerCase());
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (isTitle(w)) lastTitle = i;
  });
  const capitalized = (ws: string[]) => ws.filter((w) => /^\p{Lu}/u.test(w) && !isTitle(w));
  const after = capitalized(words.slice(lastTitle + 1));
  return after.length > 0 ? after : capitalized(words);
}

const TITLES = new Set(
  "mr mrs ms dr prof president prime minister secretary spokesman spokeswoman spokesperson governor mayor ambassador official chief head deputy chairman chairwoman general commander director leader minister's".split(
    " ",
  ),
);

/** Directory of quoted people: look-up by any spelling, typos included, and their quotes. */
export class SpeakerDirectory {
  private readonly people: Person[];
  private readonly byKey = new Map<string, Person>();
  private readonly fuzzy: FuzzyNames;

  private constructor(people: Person[]) {
    this.people = people.sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
    for (const p of this.people) for (const s of p.spellings.keys()) this.byKey.set(phraseKey(s), p);
    this.fuzzy = new FuzzyNames(this.people.flatMap((p) => [...p.spellings.keys()]));
  }

  static build(articles: readonly Article[]): SpeakerDirectory {
    const full = new Map<string, Person>();
    const short: Array<{ key: string; speaker: string; article: Article; quote: Quote }> = [];
    for (const article of articles) {
      for (const quote of article.quotes) {
        if (!quote.speaker) continue;
        const words = nameWords(quote.speaker);
        const speaker = words.length > 0 ? words.join(" ") : quote.speaker.trim();
        if (words.length === 1) {
          short.push({ key: nameKey(words[0] as string), speaker, article, quote });
          continue;
        }
        add(full, phraseKey(speaker), speaker, article, quote);
      }
    }
    // "Saudabaev" joins "Kanat Saudabayev" when exactly one quoted person has that surname.
    const bySurname = new Map<string, Person[]>();
    for (const [key, person] of full) {
      const surname = key.split(" ").pop() as string;
      bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
    }
    for (const s of short) {
      const owners = bySurname.get(s.key);
      if (owners?.length === 1) addTo(owners[0] as Person, s.speaker, s.article, s.quote);
      else add(full, s.key, s.speaker, s.article, s.quote);
    }
    for (const p of full.values()) p.name = displayName(p);
    return new SpeakerDirectory([...full.values()]);
  }

  /** Speakers matching text (name keys and fuse.js: "Bakiev" finds Bakiyev); empty text -> most quoted. */
  suggest(text: string, limit = 25): Array<{ name: string; count: number }> {
    const people =
      text.trim() === ""
        ? this.people.filter((p) => /\p{Lu}/u.test(p.name))
        : unique(this.fuzzy.match(text, limit * 2).map((s) => this.byKey.get(phraseKey(s))));
    return people.slice(0, limit).map((p) => ({ name: p.name, count: p.quotes.length }));
  }

  /** Direct quotes of one person across outlets, spelling variants merged. */
  quotesOf(name: string): Array<{ article: Article; quote: Quote }> {
    const exact = this.byKey.get(phraseKey(nameWords(name).join(" ") || name));
    if (exact) return exact.quotes;
    const [best] = this.fuzzy.match(name, 1);
    return best ? (this.byKey.get(phraseKey(best))?.quotes ?? []) : [];
  }
}

function add(map: Map<string, Person>, key: string, speaker: string, article: Article, quote: Quote): void {
  let person = map.get(key);
  if (!person) {
    person = { name: speaker, spellings: new Map(), quotes: [] };
    map.set(key, person);
  }
  addTo(person, speaker, article, quote);
}

function addTo(person: Person, speaker: string, article: Article, quote: Quote): void {
  person.spellings.set(speaker, (person.spellings.get(speaker) ?? 0) + 1);
  person.quotes.push({ article, quote });
}

function displayName(p: Person): string {
  return [...p.spellings].sort((a, b) => b[0].split(" ").length - a[0].split(" ").length || b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? p.name;
}

function unique(people: Array<Person | undefined>): Person[] {
  return [...new Set(people.filter((p): p is Person => p !== undefined))];
}
