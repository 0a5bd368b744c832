/**
 * Who each sentence of an article is about: its subject, the first known person among its first
 * words (after an opening clause, "After Petro claimed victory, Hernandez …"), and every later
 * mention. A "he" or "the minister" looks back along these to the person it means.
 */
import { adjoins } from "./capital-runs.js";
import type { Person, PersonRegistry } from "./person-registry.js";
import type { Position } from "./positions.js";
import { splitSentences } from "./sentences.js";
import { PRONOUNS, type Token } from "./words.js";

/** Conjunctions that open a clause before the subject: "After Petro claimed victory, Hernandez …". */
const SUBORDINATORS = new Set(
  "after before when while although though as since once until because if unless whereas".split(
    " ",
  ),
);

/**
 * Where the subject part of a sentence starts when the sentence opens with a subordinate clause
 * (a conjunction among its first two words, "After …," "Shortly after …,"): just after the
 * clause's comma. -1 when it opens with no such clause.
 */
export function openingClauseEnd(text: string, start: number, end: number): number {
  // redos-bounded: a slice of 40 characters
  const opening = /^(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(start, start + 40));
  const words = [opening?.[1], opening?.[2]].map((w) => w?.toLowerCase() ?? "");
  if (!words.some((w) => SUBORDINATORS.has(w))) return -1;
  const comma = text.indexOf(",", start);
  return comma === -1 || comma >= end ? -1 : comma + 1;
}

/** How far into its sentence (characters) a name may be and still be the sentence's subject. */
const SUBJECT_REACH = 70;

/** A mention of a known person at a place in the article. */
export interface SubjectEvent extends Position {
  person: Person;
  /** The subject of its sentence (or a speaker), not just a mention. */
  subject: boolean;
}

/** Every sentence's subject and every other mention of a known person, in text order. */
export function sentenceSubjects(
  masked: readonly string[],
  tokens: readonly (readonly Token[])[],
  people: PersonRegistry,
): SubjectEvent[] {
  const subjects: SubjectEvent[] = [];
  masked.forEach((text, para) => {
    collectSubjects(text, tokens[para] ?? [], para, people, subjects);
  });
  return subjects;
}

/**
 * Every sentence's subject person: its first mention of a known person among its first words
 * (not a possessive "Mr X's departure"). Other mentions count too, after the subject.
 */
function collectSubjects(
  text: string,
  tokens: readonly Token[],
  para: number,
  people: PersonRegistry,
  subjects: SubjectEvent[],
): void {
  let k = 0;
  for (const span of splitSentences(text)) {
    let subjectTaken = false;
    // "Shortly after Petro claimed victory, rival Hernandez gave a speech": Hernandez is the subject.
    const clause = openingClauseEnd(text, span.start, span.end);
    // The first name of a sentence opening with a clause: its subject if none follows the clause.
    let first = -1;
    for (; k < tokens.length && (tokens[k] as Token).start < span.end; k++) {
      const t = tokens[k] as Token;
      if (!t.capital || PRONOUNS.has(t.lower)) continue;
      const prev = tokens[k - 1];
      // "Constant Tiafoe" is his own person, not "Frances Tiafoe", named first.
      const fullName =
        prev?.capital && adjoins(text, prev, t)
          ? people.withFullName(`${prev.lower} ${t.lower}`)
          : undefined;
      const person = fullName ?? people.withSurname(t.lower);
      const next = tokens[k + 1];
      // Only the last word of a name counts ("Kurmanbek Bakiyev" is one mention).
      const nameGoesOn =
        next?.capital && adjoins(text, t, next) && people.withSurname(next.lower) !== undefined;
      if (!person || nameGoesOn) continue;
      const reaches = (from: number) =>
        !t.possessive && t.start >= from && t.start - from < SUBJECT_REACH;
      if (clause !== -1 && first === -1 && reaches(span.start)) first = subjects.length;
      const isSubject = !subjectTaken && reaches(clause === -1 ? span.start : clause);
      if (isSubject) subjectTaken = true;
      subjects.push({ para, pos: t.start, person, subject: isSubject });
    }
    // "When Biden arrived, he said": no name after the clause, so the clause's name is the subject.
    if (!subjectTaken && first !== -1) (subjects[first] as SubjectEvent).subject = true;
  }
}
