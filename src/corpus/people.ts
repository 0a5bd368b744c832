import { describesPerson } from "./noun-phrase.js";
import { splitSentences } from "./sentences.js";
import {
  FUNCTION_WORDS,
  HONORIFICS,
  NON_PERSON_WORDS,
  PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  TITLE_ABBREVIATIONS,
  type Token,
  tokenize,
  WordSet,
} from "./words.js";

/** A person named in the article, with every role the article gives them. */
export interface Person {
  /** Full name as the article first gives it ("Kanat Saudabayev"). */
  name: string;
  role: string | null;
  roleWords: Set<string>;
  /** Every role phrase seen, so each is read once. */
  roles: Set<string>;
}

/** A name found in the text and the title written before or beside it. */
export interface NameRun {
  name: string;
  role: string | null;
  /** Offsets of the name itself in the text. */
  start: number;
  end: number;
  possessive: boolean;
}

/** A place in the article: paragraph index and character offset. */
export interface Position {
  para: number;
  pos: number;
}

const CONNECTORS = new Set([
  "of",
  "for",
  "the",
  "de",
  "da",
  "van",
  "von",
  "der",
  "al",
  "bin",
  "el",
  "la",
  "le",
]);

function isNameWord(t: Token): boolean {
  return (
    t.capital &&
    !/\d/.test(t.text) &&
    !NON_PERSON_WORDS.has(t.lower) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !ROLE_WORDS.has(t.lower) &&
    !HONORIFICS.has(t.lower) &&
    t.text.length > 1
  );
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (text[i] !== " " && text[i] !== "\u00a0" && text[i] !== ".") return false;
  return to - from <= 2;
}

const DOT = 46;

/** A word a period may follow inside a name: "Gov. Tate Reeves", "J. K. Rowling", "Mr. X". */
function isAbbreviation(t: Token): boolean {
  return t.text.length === 1 || HONORIFICS.has(t.lower) || TITLE_ABBREVIATIONS.has(t.lower);
}

/** Runs of capitalised words ("Kazakh Foreign Minister Kanat Saudabayev"), linked by "of", "for"... */
export function capitalRuns(text: string, tokens: readonly Token[]): Token[][] {
  const ranges = capitalRanges(text, tokens);
  const runs: Token[][] = [];
  for (let r = 0; r < ranges.length; r += 2) runs.push(tokens.slice(ranges[r], ranges[r + 1]));
  return runs;
}

/**
 * The runs of capitalRuns as [from, to) token ranges, one after the other (a run is always
 * consecutive tokens): findNames sets most runs, a single word, aside without making one.
 */
function capitalRanges(text: string, tokens: readonly Token[]): number[] {
  const ranges: number[] = [];
  // Where the current run started, or -1; a run always ends at the token before the one read.
  let from = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = from === -1 ? undefined : tokens[i - 1];
    const linked =
      prev !== undefined &&
      !prev.possessive &&
      onlySpaces(text, prev.end, t.start) &&
      (text.charCodeAt(prev.end) !== DOT || isAbbreviation(prev));
    const next = tokens[i + 1];
    const connector =
      !t.capital &&
      CONNECTORS.has(t.lower) &&
      next?.capital === true &&
      linked &&
      onlySpaces(text, t.end, next.start);
    if ((t.capital || connector) && (linked || from === -1)) {
      if (from === -1) from = i;
    } else {
      if (from !== -1) ranges.push(from, i);
      from = t.capital ? i : -1;
    }
  }
  if (from !== -1) ranges.push(from, tokens.length);
  return ranges;
}

/** A capitalised word joining two names by a hyphen: "Cheney-Harriet" in "Liz Cheney-Harriet Hageman". */
const NAME_PAIR = /^\p{Lu}[\p{L}'\u2019.]*-\p{Lu}[\p{L}'\u2019.]*$/u;

/**
 * "the Liz Cheney-Harriet Hageman race" names two people, each with a first name and a surname;
 * a hyphen in the last word is one double-barrelled surname ("Carrie Walton-Penner").
 */
function pairedNames(run: Token[]): Token[][] {
  const i = run.findIndex((t, k) => k > 0 && k < run.length - 1 && NAME_PAIR.test(t.text));
  const t = run[i];
  if (!t) return [run];
  const cut = t.text.indexOf("-");
  const left = t.text.slice(0, cut);
  const right = t.text.slice(cut + 1);
  const part = (text: string, start: number): Token => ({
    ...t,
    text,
    lower: text.toLowerCase(),
    start,
    end: start + text.length,
    possessive: false,
  });
  return [
    [...run.slice(0, i), part(left, t.start)],
    [part(right, t.start + cut + 1), ...run.slice(i + 1)],
  ];
}

/** The role words written just before a run: "Kyrgyzstan's ousted" in "Kyrgyzstan's ousted President X". */
function rolePrefix(text: string, tokens: readonly Token[], index: number): string {
  const runStart = (tokens[index] as Token).start;
  let i = index - 1;
  let from = runStart;
  for (let n = 0; i >= 0 && n < 4; i--, n++) {
    const t = tokens[i] as Token;
    if (!onlySpaces(text, t.end, from)) break;
    const roleish =
      ROLE_MODIFIERS.has(t.lower) || ROLE_WORDS.has(t.lower) || (t.capital && t.possessive);
    if (!roleish || FUNCTION_WORDS.has(t.lower)) break;
    from = t.start;
  }
  return text.slice(from, runStart).trim();
}

const COMMA = 44;

/** "X, the chief of staff of Y," -> "the chief of staff of Y" when it names a role. */
function appositive(text: string, end: number): string | null {
  // redos-bounded: a slice of 130 characters
  const m = /^,\s+([^,.;:"\u201c\u201d\s][^,.;:"\u201c\u201d]{1,119})(?=,|\.|;|$)/.exec(
    text.slice(end, end + 130),
  );
  const phrase = m?.[1]?.trim();
  if (!phrase) return null;
  return isRolePhrase(phrase) ? phrase : null;
}

/** "the head of the ILO's mission", "a hydrologist at X", "spokesman for the ministry". */
export function isRolePhrase(phrase: string): boolean {
  const words = tokenize(phrase);
  if (words.length === 0 || words.length > 14) return false;
  return (
    /^(?:a|an|the|his|her|its|their)$/.test(words[0]?.text ?? "") ||
    words.slice(0, 8).some((w) => ROLE_WORDS.has(w.lower))
  );
}

/** "Head of the interim government, X," -> "Head of the interim government". */
function roleBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 100), start);
  // What the pattern needs at the end, read first: it would be tried at every position.
  if (!before.trimEnd().endsWith(",")) return null;
  const m = /(?:^|[.;:,]\s|\bthat\s)([^,.;:"\u201c\u201d]{2,90}),\s*$/.exec(before);
  const phrase = m?.[1]?.trim();
  if (!phrase) return null;
  const words = tokenize(phrase);
  const last = words[words.length - 1];
  return words.length <= 10 && words.some((w) => ROLE_WORDS.has(w.lower)) && !last?.capital
    ? phrase
    : words.length <= 6 && last !== undefined && ROLE_WORDS.has(last.lower)
      ? phrase
      : null;
}

/** Where a title word ends, its abbreviation period included ("Gov."). */
function periodEnd(text: string, t: Token | undefined): number | undefined {
  if (!t) return undefined;
  return text.charCodeAt(t.end) === DOT && isAbbreviation(t) ? t.end + 1 : t.end;
}

/** Names of people in `text` with their roles. `loose` accepts a lone surname ("Baisalov"). */
export function findNames(
  text: string,
  tokens: readonly Token[] = tokenize(text),
  loose = false,
): NameRun[] {
  const found: NameRun[] = [];
  const ranges = capitalRanges(text, tokens);
  for (let r = 0; r < ranges.length; r += 2) {
    const from = ranges[r] as number;
    const to = ranges[r + 1] as number;
    // One word names someone only untitled and with an appositive after it (see addName); most
    // capitalised words are one alone, a sentence's first, so this is decided before any array.
    if (to - from === 1 && !loose) {
      const t = tokens[from] as Token;
      if (text.charCodeAt(t.end) !== COMMA || isTitleWord(t)) continue;
    }
    const whole = tokens.slice(from, to);
    // Only a word with a word on either side can join two names (see pairedNames).
    for (const run of whole.length < 3 ? [whole] : pairedNames(whole))
      addName(text, tokens, run, loose, found);
  }
  return found;
}

/** The name a capitalised run gives, if any, pushed onto `found` (see findNames). */
function addName(
  text: string,
  tokens: readonly Token[],
  run: readonly Token[],
  loose: boolean,
  found: NameRun[],
): void {
  let k = -1;
  let honorific = false;
  for (let i = 0; i < run.length; i++) {
    const t = run[i] as Token;
    if (isTitleWord(t)) k = i;
    if (HONORIFICS.has(t.lower)) honorific = true;
  }
  // "Rep. Kevin McCarthy of California": the name stops at "of"; the rest describes the role.
  const of =
    k === -1 ? -1 : run.findIndex((t, i) => i > k && (t.lower === "of" || t.lower === "for"));
  let nameTokens = run.slice(k + 1, of === -1 ? undefined : of);
  // In a speaker phrase, "On 5 October Diamond tweeted": the date before the name is no name.
  if (loose && k === -1)
    nameTokens = nameTokens.slice(Math.max(0, nameTokens.findIndex(isNameWord)));
  const after =
    of === -1 ? "" : text.slice((run[of] as Token).start, (run[run.length - 1] as Token).end);
  const first = nameTokens[0];
  const last = nameTokens[nameTokens.length - 1];
  if (!first || !last || nameTokens.length > 4) return;
  if (!nameTokens.every(isNameWord) || nameTokens.slice(0, -1).some((t) => t.possessive)) return;
  const titled = k >= 0;
  // A lone surname is a person when an appositive says so: "Kinzinger, the other Republican …,".
  const described = text.charCodeAt(last.end) === COMMA ? appositive(text, last.end) : null;
  const lone = loose || (described !== null && describesPerson(described));
  if (!titled && nameTokens.length < 2 && !lone) return;
  const titleWords = honorific
    ? []
    : run.slice(0, k + 1).filter((t) => !FUNCTION_WORDS.has(t.lower));
  const title =
    titleWords.length > 0
      ? text.slice(titleWords[0]?.start, periodEnd(text, titleWords[titleWords.length - 1]))
      : "";
  const prefix = titleWords.length > 0 ? rolePrefix(text, tokens, titleWords[0]?.index ?? 0) : "";
  const role =
    [prefix, title, after].filter((s) => s !== "").join(" ") ||
    appositive(text, last.end) ||
    roleBefore(text, first.start) ||
    null;
  found.push({
    name: text.slice(first.start, last.end).replace(/['\u2019]s?$/, ""),
    role,
    start: first.start,
    end: last.end,
    possessive: last.possessive,
  });
}

/**
 * A role word or an honorific, which the name follows. A token never ends with a period
 * (words.ts), so its lower form is the honorific's key as written.
 */
function isTitleWord(t: Token): boolean {
  return (ROLE_WORDS.has(t.lower) && !t.possessive) || HONORIFICS.has(t.lower);
}

function surnameKey(name: string): string {
  const parts = name.toLowerCase().split(/\s+/);
  return (parts[parts.length - 1] ?? "").replace(/['\u2019]s?$/, "");
}

/** The words of a role, abbreviated titles spelt out ("Gov." -> "gov", "governor"). */
function roleWordsOf(role: string | null): string[] {
  if (!role) return [];
  return tokenize(role).flatMap((t) => {
    const full = TITLE_ABBREVIATIONS.get(t.lower);
    return full ? [t.lower, full] : [t.lower];
  });
}

/** How far into its sentence (characters) a name may be and still be the sentence's subject. */
const SUBJECT_REACH = 70;

/** Lower-case words that matter to names: links inside them and role words before them. */
export const nameContextWord = new WordSet([
  ...CONNECTORS,
  ...ROLE_MODIFIERS,
  ...ROLE_WORDS,
]).test();

/** How many mentions back a role ("the minister") looks for the person it means. */
const ROLE_LOOKBACK = 200;

export function before(a: Position, b: Position): boolean {
  return a.para < b.para || (a.para === b.para && a.pos < b.pos);
}

/** Index of the first event at or after `at` in a list sorted by position. */
export function indexAfter(events: readonly Position[], at: Position): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(events[mid] as Position, at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface SubjectEvent extends Position {
  person: Person;
  /** The subject of its sentence (or a speaker), not just a mention. */
  subject: boolean;
}

/** The people of one article: who they are, and who is the subject of each sentence. */
export class People {
  private readonly bySurname = new Map<string, Person>();
  private readonly subjects: SubjectEvent[] = [];
  /** Speakers of quotes, in text order (quotes are attributed in order). */
  private readonly speakers: SubjectEvent[] = [];

  /** `masked` are the paragraphs with quoted words blanked out (same length), `tokens` their words. */
  constructor(masked: readonly string[], tokens: readonly (readonly Token[])[]) {
    masked.forEach((text, para) => {
      for (const run of findNames(text, tokens[para])) this.add(run.name, run.role);
    });
    masked.forEach((text, para) => {
      this.collectSubjects(text, tokens[para] ?? [], para);
    });
  }

  add(name: string, role: string | null): Person {
    const key = surnameKey(name);
    let person = this.bySurname.get(key);
    if (!person) {
      person = { name, role, roleWords: new Set(), roles: new Set() };
      this.bySurname.set(key, person);
    } else if (name.split(/\s+/).length > person.name.split(/\s+/).length) person.name = name;
    if (role && !person.role) person.role = role;
    if (role && !person.roles.has(role)) {
      person.roles.add(role);
      for (const w of roleWordsOf(role)) person.roleWords.add(w);
    }
    return person;
  }

  /** The person a name refers to ("Saudabayev" -> "Kanat Saudabayev"). */
  find(name: string): Person | undefined {
    return this.bySurname.get(surnameKey(name));
  }

  /** Records that `person` spoke at `at`: a later "he" or "she" may refer back to them. */
  noteSpeaker(person: Person, at: Position): void {
    this.speakers.push({ para: at.para, pos: at.pos, person, subject: true });
  }

  /** The person a "he"/"she" at `at` most likely refers to: the latest sentence subject before it. */
  pronoun(at: Position): Person | undefined {
    let subject: SubjectEvent | undefined;
    const from = indexAfter(this.subjects, at) - 1;
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK && !subject; i--) {
      const event = this.subjects[i] as SubjectEvent;
      if (event.subject) subject = event;
    }
    const speaker = this.speakers[indexAfter(this.speakers, at) - 1];
    if (!speaker) return subject?.person;
    return !subject || before(subject, speaker) ? speaker.person : subject.person;
  }

  /** The subject of the latest sentence before `at` that has one, within `paragraphs` paragraphs. */
  salient(at: Position, paragraphs: number): Person | undefined {
    const from = indexAfter(this.subjects, at) - 1;
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK; i--) {
      const event = this.subjects[i] as SubjectEvent;
      if (at.para - event.para > paragraphs) return undefined;
      if (event.subject) return event.person;
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
    const from = indexAfter(this.subjects, at) - 1;
    for (let i = from; i >= 0 && i > from - ROLE_LOOKBACK; i--) {
      const person = (this.subjects[i] as SubjectEvent).person;
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
   * Every sentence's subject person: its first mention of a known person among its first words
   * (not a possessive "Mr X's departure"). Other mentions count too, after the subject.
   */
  private collectSubjects(text: string, tokens: readonly Token[], para: number): void {
    let k = 0;
    for (const span of splitSentences(text)) {
      let subjectTaken = false;
      for (; k < tokens.length && (tokens[k] as Token).start < span.end; k++) {
        const t = tokens[k] as Token;
        if (!t.capital || PRONOUNS.has(t.lower)) continue;
        const person = this.bySurname.get(t.lower);
        const next = tokens[k + 1];
        // Only the last word of a name counts ("Kurmanbek Bakiyev" is one mention).
        const nameGoesOn =
          next?.capital && onlySpaces(text, t.end, next.start) && this.bySurname.has(next.lower);
        if (!person || nameGoesOn) continue;
        const isSubject = !subjectTaken && !t.possessive && t.start - span.start < SUBJECT_REACH;
        if (isSubject) subjectTaken = true;
        this.subjects.push({ para, pos: t.start, person, subject: isSubject });
      }
    }
  }
}
