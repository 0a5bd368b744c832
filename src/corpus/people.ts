/**
 * The people of one article as quote attribution asks about them: the person a name, a "he" or
 * "she", or a role ("the minister") refers to at a place in the article. Who is who is kept by
 * the registry; who each sentence is about is read only when first needed.
 */
import { givenNamePronoun } from "../text/given-names.js";
import { surnameKey } from "./name-keys.js";
import { type Person, PersonRegistry } from "./person-registry.js";
import { before, indexAfter, type Position } from "./positions.js";
import { type SubjectEvent, sentenceSubjects } from "./sentence-subjects.js";
import type { Token } from "./words.js";

/** How many mentions back a role ("the minister") looks for the person it means. */
const ROLE_LOOKBACK = 200;

/** How many paragraphs back a "he" or "she" may look for a person whose given name fits it. */
const PRONOUN_FIT_PARAGRAPHS = 1;

/** The people of one article: who they are, and who is the subject of each sentence. */
export class People {
  private readonly registry: PersonRegistry;
  /**
   * Sentence subjects and other mentions of the people the article names, read on first need:
   * most articles' quotes are attributed by name and never ask (see `events`).
   */
  private subjects: SubjectEvent[] | null = null;
  /** Speakers of quotes, in text order (quotes are attributed in order). */
  private readonly speakers: SubjectEvent[] = [];

  /** `masked` are the paragraphs with quoted words blanked out (same length), `tokens` their words. */
  constructor(
    private readonly masked: readonly string[],
    private readonly tokens: readonly (readonly Token[])[],
  ) {
    this.registry = new PersonRegistry(masked, tokens);
  }

  /** A person attribution names: the article's subjects are read first, without them (see `events`). */
  add(name: string, role: string | null): Person {
    if (!this.subjects && !this.registry.withSurname(surnameKey(name))) this.events();
    return this.registry.record(name, role);
  }

  /** The person a name refers to ("Saudabayev" -> "Kanat Saudabayev"). */
  find(name: string): Person | undefined {
    return this.registry.find(name);
  }

  /** Records that `person` spoke at `at`: a later "he" or "she" may refer back to them. */
  noteSpeaker(person: Person, at: Position): void {
    this.speakers.push({ para: at.para, pos: at.pos, person, subject: true });
  }

  /**
   * The person a "he"/"she" at `at` most likely refers to: the latest sentence subject or speaker
   * before it, unless their given name is the other pronoun's and someone close before has one
   * that fits `word`.
   */
  pronoun(at: Position, word?: "he" | "she"): Person | undefined {
    const subjects = this.events();
    let subject: SubjectEvent | undefined;
    const from = indexAfter(subjects, at) - 1;
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK && !subject; i--) {
      const event = subjects[i] as SubjectEvent;
      if (event.subject) subject = event;
    }
    const speaker = this.speakers[indexAfter(this.speakers, at) - 1];
    const chosen = !speaker
      ? subject?.person
      : !subject || before(subject, speaker)
        ? speaker.person
        : subject.person;
    if (!word || !chosen || (pronounOf(chosen) ?? word) === word) return chosen;
    // "she said" after "Charlie McDowell …" when Mary Steenburgen was named just before: the
    // latest person of this paragraph or the one before whose given name fits the pronoun. With
    // none, the choice stands: a list's given names may be wrong for one person (Frances Tiafoe).
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK; i--) {
      const event = subjects[i] as SubjectEvent;
      if (at.para - event.para > PRONOUN_FIT_PARAGRAPHS) break;
      if (pronounOf(event.person) === word) return event.person;
    }
    return chosen;
  }

  /**
   * The subject of the latest sentence before `at` that has one, within `paragraphs` paragraphs;
   * none when someone else spoke after it (`lastSpeech`): the story has moved on to them.
   */
  salient(
    at: Position,
    paragraphs: number,
    lastSpeech?: Position & { person?: Person },
  ): Person | undefined {
    const subjects = this.events();
    const from = indexAfter(subjects, at) - 1;
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK; i--) {
      const event = subjects[i] as SubjectEvent;
      if (at.para - event.para > paragraphs) return undefined;
      if (!event.subject) continue;
      const movedOn = lastSpeech && lastSpeech.person !== event.person && before(event, lastSpeech);
      return movedOn ? undefined : event.person;
    }
    return undefined;
  }

  /**
   * The named person who best fits a role ("the ousted President"), most recent mention first.
   * `proper` are the capitalised modifiers ("illinois" in "the Illinois Republican"): a person
   * whose roles have one fits even without the head word. `required` are the capitalised words
   * of the role's complement ("the Duchess of York"): a duchess of elsewhere does not fit.
   */
  forRole(
    head: string,
    modifiers: readonly string[],
    at: Position,
    proper: readonly string[] = [],
    required: readonly string[] = [],
  ): Person | undefined {
    let best: { person: Person; score: number } | undefined;
    const seen = new Set<Person>();
    const subjects = this.events();
    const from = indexAfter(subjects, at) - 1;
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK; i--) {
      const person = (subjects[i] as SubjectEvent).person;
      if (seen.has(person)) continue;
      // "the Illinois Republican": a proper modifier (place, party) identifies as well as the head.
      if (!person.roleWords.has(head) && !proper.some((m) => person.roleWords.has(m))) continue;
      if (required.length > 0 && !required.some((w) => person.roleWords.has(w))) continue;
      seen.add(person);
      const fits = modifiers.filter((m) => person.roleWords.has(m)).length;
      const score = (fits + (person.roleWords.has(head) ? 1 : 0)) * 100 - seen.size;
      if (!best || score > best.score) best = { person, score };
    }
    return best?.person;
  }

  /**
   * The subjects, read when first asked for, or before attribution adds a person: they are
   * mentions of the people the article names, as the parse has always read them.
   */
  private events(): SubjectEvent[] {
    this.subjects ??= sentenceSubjects(this.masked, this.tokens, this.registry);
    return this.subjects;
  }
}

/** What the lists of given names say a person's first name is: "he", "she" or not known. */
function pronounOf(person: Person): "he" | "she" | null {
  const first = person.name.split(" ")[0]?.toLowerCase() ?? "";
  return givenNamePronoun(first);
}
