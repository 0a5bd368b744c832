/**
 * Who is who across one article: each person its names refer to, kept by surname, or by full name
 * when someone named earlier has the same surname ("Constant Tiafoe" after "Frances Tiafoe"), with
 * every role the article gives them. A name whose last word is a place or a body is no one.
 */
import { capitalRanges } from "./capital-runs.js";
import { findNames } from "./find-names.js";
import { endsInPlace } from "./name-classes.js";
import { partCount, surnameKey } from "./name-keys.js";
import { TITLE_ABBREVIATIONS, type Token, tokenize } from "./words.js";

/** A person named in the article, with every role the article gives them. */
export interface Person {
  /** Full name as the article first gives it ("Kanat Saudabayev"). */
  name: string;
  role: string | null;
  roleWords: ReadonlySet<string>;
  /** Every role phrase seen, so each is read once. */
  roles: ReadonlySet<string>;
}

/** The roles of a person the article gives none (most): one set shared by all of them. */
const NO_ROLES: ReadonlySet<string> = new Set();

/** The people an article names, by surname and, when two share one, by full name. */
export class PersonRegistry {
  private readonly bySurname = new Map<string, Person>();
  /**
   * People who share a surname with someone named earlier under another first name ("Constant
   * Tiafoe", the father of "Frances Tiafoe"), by full name in lower case: the surname stays the
   * first one's.
   */
  private readonly byFullName = new Map<string, Person>();

  /** The capitalised words the article writes alone ("Truss said"), read on first need. */
  private wordsAlone: Set<string> | null = null;

  /** `masked` are the paragraphs with quoted words blanked out (same length), `tokens` their words. */
  constructor(
    private readonly masked: readonly string[],
    private readonly tokens: readonly (readonly Token[])[],
  ) {
    // The fewest words each name is written with: a person's is shortened ("Truss said").
    const shortest = new Map<string, number>();
    masked.forEach((text, para) => {
      for (const run of findNames(text, tokens[para])) {
        const key = surnameKey(this.record(run.name, run.role).name);
        shortest.set(key, Math.min(shortest.get(key) ?? Infinity, partCount(run.name)));
      }
    });
    this.dropPlaces(shortest);
  }

  /**
   * Forgets the names whose last word is first of all, in WordNet, a building, a place or a body
   * ("Arthur Ashe Stadium", "Bexar County"), unless the article also writes the name
   * shorter, as it does a person's ("Trump", "Truss said", "Parlow Cone" for "Cindy Parlow Cone"):
   * a stadium is no "he".
   */
  private dropPlaces(shortest: ReadonlyMap<string, number>): void {
    for (const [key, person] of this.bySurname) {
      if (!endsInPlace(key)) continue;
      const fewest = this.alone().has(key) ? 1 : (shortest.get(key) ?? 1);
      if (fewest >= partCount(person.name)) this.bySurname.delete(key);
    }
  }

  /** The capitalised words the article writes alone, as names of one word. */
  private alone(): Set<string> {
    if (!this.wordsAlone) {
      const alone = new Set<string>();
      this.masked.forEach((text, para) => {
        addWordsAlone(text, this.tokens[para] ?? [], alone);
      });
      this.wordsAlone = alone;
    }
    return this.wordsAlone;
  }

  /** Notes a name and its role: a person of its surname, new, the same or a namesake. */
  record(name: string, role: string | null): Person {
    const key = surnameKey(name);
    let person = this.bySurname.get(key);
    if (person && namesAnother(person.name, name)) {
      const full = name.toLowerCase();
      person = this.byFullName.get(full);
      if (!person) {
        person = { name, role, roleWords: NO_ROLES, roles: NO_ROLES };
        this.byFullName.set(full, person);
      }
    } else if (!person) {
      person = { name, role, roleWords: NO_ROLES, roles: NO_ROLES };
      this.bySurname.set(key, person);
    } else if (partCount(name) > partCount(person.name)) person.name = name;
    if (role && !person.role) person.role = role;
    if (role && !person.roles.has(role)) {
      person.roles = new Set(person.roles).add(role);
      person.roleWords = new Set([...person.roleWords, ...roleWordsOf(role)]);
    }
    return person;
  }

  /**
   * The person a name refers to ("Saudabayev" -> "Kanat Saudabayev"; "Wei" -> "Wei Fenghe", see
   * `familyNameFirst`).
   */
  find(name: string): Person | undefined {
    const lower = name.toLowerCase();
    const known = this.byFullName.get(lower) ?? this.bySurname.get(surnameKey(name));
    // A word in capitals is initials ("NASA"), no one's name.
    const oneName = partCount(name) === 1 && name !== name.toUpperCase();
    return known ?? (oneName ? this.familyNameFirst(lower) : undefined);
  }

  /**
   * The one person whose full name opens with `word` and whose last word the article never writes
   * alone: it shortens the name to its first word, as it does a name written family name first
   * ("Wei Fenghe", then "Wei said"). None when two people's names open with it.
   */
  private familyNameFirst(word: string): Person | undefined {
    let found: Person | undefined;
    for (const people of [this.bySurname, this.byFullName])
      for (const person of people.values()) {
        if (partCount(person.name) < 2 || firstWord(person.name) !== word) continue;
        if (found && found !== person) return undefined;
        found = person;
      }
    return found && !this.alone().has(surnameKey(found.name)) ? found : undefined;
  }

  /** The person known by a surname key (lower case, no possessive; see surnameKey). */
  withSurname(key: string): Person | undefined {
    return this.bySurname.get(key);
  }

  /** The person known by a full name in lower case, when a namesake holds the surname. */
  withFullName(lower: string): Person | undefined {
    return this.byFullName.get(lower);
  }
}

/**
 * Whether two full names of one surname are two people: each has a first name, they differ, and
 * neither ends with the other ("Constant Tiafoe" and "Frances Tiafoe"; "Hillary Rodham Clinton"
 * is "Hillary Clinton", "Cindy Parlow Cone" is "Parlow Cone").
 */
function namesAnother(known: string, name: string): boolean {
  if (partCount(known) < 2 || partCount(name) < 2) return false;
  const a = known.toLowerCase().split(/\s+/);
  const b = name.toLowerCase().split(/\s+/);
  const endsWith = (x: string[], y: string[]) =>
    y.every((w, i) => x[x.length - y.length + i] === w);
  return a[0] !== b[0] && !endsWith(a, b) && !endsWith(b, a);
}

/** The words of a role, abbreviated titles spelt out ("Gov." -> "gov", "governor"). */
function roleWordsOf(role: string | null): string[] {
  if (!role) return [];
  return tokenize(role).flatMap((t) => {
    const full = TITLE_ABBREVIATIONS.get(t.lower);
    return full ? [t.lower, full] : [t.lower];
  });
}

/** Notes the capitalised words written alone ("Truss said"), in lower case. */
function addWordsAlone(text: string, tokens: readonly Token[], alone: Set<string>): void {
  const ranges = capitalRanges(text, tokens);
  for (let r = 0; r < ranges.length; r += 2) {
    const from = ranges[r] as number;
    if ((ranges[r + 1] as number) - from === 1) alone.add((tokens[from] as Token).lower);
  }
}

/** A name's first word in lower case. */
function firstWord(name: string): string {
  const lower = name.toLowerCase();
  const space = lower.search(/\s/);
  return space === -1 ? lower : lower.slice(0, space);
}
