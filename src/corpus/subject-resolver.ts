import { nounKinds } from "../text/noun-kinds.js";
import { nameContextWord } from "./capital-runs.js";
import { isSpaceCode } from "./chars.js";
import { findNames } from "./find-names.js";
import { type Organisation, Organisations } from "./mentions.js";
import { isAdjectiveOnly, isAdverbOnly } from "./name-classes.js";
import { partCount } from "./name-keys.js";
import { isRolePhrase } from "./name-roles.js";
import { DEFINITE, type Mention, readMention } from "./noun-phrase.js";
import { People } from "./people.js";
import type { Person } from "./person-registry.js";
import type { Position } from "./positions.js";
import { isSpeechVerb, RELATIVE, sentenceBefore, WINDOW } from "./quote-context.js";
import { lastQuoteParagraph } from "./quote-spans.js";
import { openingClauseEnd } from "./sentence-subjects.js";
import { periodInName, splitSentences } from "./sentences.js";
import {
  ADVERBS,
  cutRelative,
  describedPhrase,
  isAcronym,
  isNameStart,
  isNounPhrase,
  isPlaceAfterRole,
  isProperName,
  joinedNameStart,
  lowerDeterminer,
  modifiesNoun,
  namedIn,
  namesAfterNoun,
  publishedBy,
  trimPhrase,
} from "./subject-phrase.js";
import {
  FUNCTION_WORDS,
  PRONOUNS,
  ROLE_WORDS,
  type Token,
  tokenize,
  tokenizeLong,
} from "./words.js";

/** A clause set off by commas just before the speech verb: ", asked whether …," ", speaking in X,". */
// redos-bounded: attribution reads windows of at most WINDOW characters around a quote
const INSERTED_CLAUSE =
  /,\s*(?:(?:when|while|after|before|if|once)\s+)?\p{Ll}+(?:ed|ing)\b[^,]*,\s*$/u;

/** A participle's clause after a subject: " when contacted by Reuters", " while speaking to CNN". */
// redos-bounded: attribution reads windows of at most WINDOW characters around a quote
const PARTICIPLE_CLAUSE = /\s+(?:when|while|after|before|once|if)\s+\p{Ll}+(?:ed|ing)\b.*$/u;

/** A phrase that opens with an article: a role, not a name ("A White House security official"). */
const ROLE_OPENING = /^(?:a|an|the)\s/i;

/** A relative pronoun standing for a thing: the whole subject phrase before a verb of saying. */
const THING_RELATIVE = /^(?:which|that)$/i;

/** A part of an appositive that is joined to the one before ("and co-author of the study"). */
const COORDINATED = /^(?:and|or)\s/;

/** A comma, or a dash that sets off a clause as commas do ("Appearing to counter … -- the President"). */
const CLAUSE_BREAK = /,|\s[-\u2013\u2014]{1,2}\s/;

/** Quotation marks a quote may open with. */
const QUOTE_OPENERS = '"\u201c';

/** Longest phrase read after a verb of saying, characters. */
const MAX_PHRASE = 100;

/**
 * The phrase after a verb of saying up to a comma, a clause's or sentence's end or a quote mark, and
 * the one after its comma if one follows (", said Jane Doe, a spokeswoman."): each of 2 to
 * `MAX_PHRASE` characters. A period inside a name does not end it ("said Dr. Amesh Adalja").
 */
function phrasesAfter(rest: string): [string?, string?] {
  const phrase = (from: number, stops: string): [string | undefined, number] => {
    let i = from;
    while (i < rest.length && isSpaceCode(rest.charCodeAt(i))) i++;
    const start = i;
    const limit = Math.min(rest.length, start + MAX_PHRASE);
    for (; i < limit; i++) {
      const ch = rest.charAt(i);
      if (stops.includes(ch) || (ch === "." && !periodInName(rest, i))) break;
    }
    return [i - start >= 2 ? rest.slice(start, i) : undefined, i];
  };
  const [first, end] = phrase(0, ',;:!?"\u201c\u201d');
  if (first === undefined || rest.charAt(end) !== ",") return [first];
  // "said The Times, the gains had begun to seem “…”": a clause running into the quote is no role.
  const [second, secondEnd] = phrase(end + 1, ',;"\u201c\u201d');
  return QUOTE_OPENERS.includes(rest.charAt(secondEnd)) ? [first] : [first, second];
}

/** How many paragraphs back a "the spokesman" may find its "a spokesman for ...". */
const LOOKBACK_PARAGRAPHS = 30;

/**
 * After a name, words that attach it to where the person works or spoke ("X at Red State", "X of
 * Y", "X on Sky Sports", "X to the BBC").
 */
const AFFILIATION = /^\s+(?:at|of|from|with|for|in|on|to)\s/;

/**
 * A noun phrase up to a name in its complement: "the driver of the Subaru", "the National Weather
 * Service in Honolulu". Not "for" or "from": "a spokesperson for TikTok", "a report from Kotak"
 * speak for the name.
 */
// redos-bounded: attribution reads windows of at most WINDOW characters around a quote
const COMPLEMENT_BEFORE =
  /^(?:the|The|a|A|an|An|one|One)\s+[\p{L}\s-]+?\s(?:at|of|with|in|on|to|by)(?:\s+the)?\s+$/u;

const STATEMENT_HINT = /statement|letter|message|announcement|communique|release/i;
const STATEMENT_WORDS = new Set([
  "statement",
  "letter",
  "message",
  "announcement",
  "communique",
  "release",
]);

export interface Attribution {
  speaker: string | null;
  role: string | null;
  person?: Person;
  org?: Organisation;
}

/** How many words may stand before the verb in a sentence that reports speech ("The company also said"). */
const REPORTING_REACH = 4;

/** How many paragraphs back "the midfielder" may take the person last written about. */
const SALIENT_PARAGRAPHS = 2;

/** How many paragraphs back "the news site" may take the organisation that last spoke. */
const RECENT_ORG_PARAGRAPHS = 3;

/** Who a phrase written as a quote's speaker means, at its place in one article. */
export class SubjectResolver {
  private readonly people: People;
  private readonly orgs: Organisations;
  /** The last attribution made: "It said" and continued quotes refer back to it. */
  last: (Attribution & Position) | null = null;
  /** Where the quote being attributed opens, in its paragraph. */
  quoteOpen = 0;
  /** The words between the verb of saying and the quote ("told police that Ramsey"). */
  reported = "";

  constructor(private readonly masked: readonly string[]) {
    // Names written after the last quote can never name its speaker: they are not read.
    const read = masked.slice(0, lastQuoteParagraph(masked) + 2);
    const tokens = read.map((m) => tokenizeLong(m, nameContextWord));
    this.people = new People(read, tokens);
    this.orgs = new Organisations(read, tokens);
  }

  /** Notes who spoke at a place: "he", "the company" and a continued quote may refer back to them. */
  spoke(result: Attribution, para: number, pos: number): void {
    if (!result.speaker) return;
    const { speaker, role, person, org } = result;
    this.last = { speaker, role, person, org, para, pos };
    if (person) this.people.noteSpeaker(person, { para, pos });
    if (org) this.orgs.spoke(org, { para, pos });
  }

  /**
   * A paragraph that opens with a quote, with no verb of saying after it, following one that
   * reports speech ("Twitter said in its blog post that …") is that speaker's: the latest sentence
   * of the paragraph before that opens with a name and a verb of saying, or ends with one and a
   * name (", said Tom Hamilton on ESPN."). A role or a pronoun there ("The security official
   * said") is not read: it may stand for someone else. With `end`, only the sentence that ends
   * there is read: a quote that opens a sentence continues the speech the sentence before reported.
   */
  reportedBefore(para: number, end?: number): Attribution | null {
    // With `end`, a window before it holds the one sentence read: a paragraph of thousands of
    // quotes stays linear. A sentence longer than the window is not read.
    const from = end === undefined ? 0 : Math.max(0, end - WINDOW);
    const text = this.masked[para]?.slice(from, end);
    if (text === undefined) return null;
    const sentences = splitSentences(text);
    const last = end === undefined ? 0 : sentences.length - 1;
    for (let s = sentences.length - 1; s >= Math.max(0, last); s--) {
      const span = sentences[s] as { start: number; end: number };
      if (from > 0 && span.start === 0) break;
      const sentence = text.slice(span.start, span.end);
      const found =
        this.namedReporter(sentence, para, from + span.start) ??
        this.reporterAfter(sentence, para, from + span.start);
      if (found) return found.person || found.org ? found : null;
    }
    return null;
  }

  /** "Twitter said in its blog post that …": a name, then a verb of saying within a few words. */
  private namedReporter(
    sentence: string,
    para: number,
    at: number,
  ): Attribution | null | undefined {
    const tokens = tokenize(sentence, undefined, REPORTING_REACH + 1);
    const v = tokens.findIndex((_, i) => isSpeechVerb(tokens, i));
    if (v < 1 || v > REPORTING_REACH) return undefined;
    const subject = tokens.slice(0, v).filter((t) => !ADVERBS.has(t.lower));
    const named = subject.length > 0 && subject.every((t) => t.capital && !PRONOUNS.has(t.lower));
    if (!named) return undefined;
    return this.resolve(sentence.slice(0, (tokens[v] as Token).start), para, at) ?? null;
  }

  /** "There's something about this team, said Tom Hamilton on ESPN.": a comma, the verb, a name. */
  private reporterAfter(
    sentence: string,
    para: number,
    at: number,
  ): Attribution | null | undefined {
    const tokens = tokenize(sentence);
    const v = tokens.findIndex(
      (t, i) =>
        i > 0 &&
        isSpeechVerb(tokens, i) &&
        sentence.slice((tokens[i - 1] as Token).end, t.start).includes(",") &&
        isNameStart(tokens[i + 1]),
    );
    return v === -1 ? undefined : this.subjectAfter(para, sentence, tokens[v] as Token, at);
  }

  /** The subject written after `verb`: ", said Jane Doe, a spokeswoman". */
  subjectAfter(para: number, text: string, verb: Token, at: number): Attribution | null {
    const rest = text.slice(verb.end);
    const [first, second] = phrasesAfter(rest);
    if (first === undefined) return null;
    // "said The Times's science editor, Tom Whipple": the role, then the name.
    const role = first.trim();
    if (
      second &&
      (isRolePhrase(role) || readMention(role)) &&
      findNames(role).length === 0 &&
      findNames(second).length > 0
    )
      return this.named(second, role);
    const found = this.resolve(first, para, at + verb.end);
    if (found && !found.role && second && isRolePhrase(second.trim())) found.role = second.trim();
    return found;
  }

  /**
   * The organisation that reported speech in the paragraphs just before ("Twitter said in a tweet
   * that …"), for a later "the company said": a name of one word is known as an organisation only
   * once it speaks, and one no full name introduced may be one.
   */
  private reportingOrg(at: Position): Organisation | undefined {
    for (let para = at.para - 1; para >= 0 && at.para - para <= RECENT_ORG_PARAGRAPHS; para--) {
      const found = this.reportedBefore(para);
      if (found?.org) return found.org;
      // A word alone that no full name introduced ("Quillo said") may be a company as well.
      if (found?.person && partCount(found.person.name) === 1)
        return this.orgs.add(found.person.name);
    }
    return undefined;
  }

  /** Who a subject phrase names: a person (full name), a resolved pronoun or role, or the role itself. */
  resolve(subjectText: string, para: number, at: number): Attribution | null {
    const here: Position = { para, pos: at };
    // "The spokesman, asked whether …, said": the clause before the verb is not who spoke.
    const segments = CLAUSE_BREAK.test(subjectText)
      ? subjectText
          .replace(INSERTED_CLAUSE, ",")
          .split(CLAUSE_BREAK)
          .map((s) => s.trim())
      : [subjectText.trim()];
    // "… a banner in the square, which said": a thing's relative pronoun names no speaker.
    if (THING_RELATIVE.test(segments[segments.length - 1] ?? "")) return null;
    // "Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think
    // tank told …": a full name, then a role whose own words hold commas; the name opens the phrase.
    const opening = segments[0] as string;
    if (
      segments.length > 2 &&
      isRolePhrase(segments[1] as string) &&
      findNames(opening).some((run) => run.name === opening)
    ) {
      const described = this.named(
        opening,
        segments
          .slice(1)
          .filter((s) => s !== "")
          .join(", "),
      );
      if (described) return described;
    }
    // "Temir Sariev, the interim government's deputy prime minister," told ...: name, then role.
    const n = segments.length;
    const [before, name, role] = [segments[n - 4], segments[n - 3], segments[n - 2]];
    if (name !== undefined && role !== undefined && segments[n - 1] === "") {
      // "Dylan Nelson, a fellow at X in Munich, Germany, and co-author of the study,": a role
      // joined by "and" continues the first appositive, so the name opens the phrase.
      const joined =
        COORDINATED.test(role) && before !== undefined && isRolePhrase(segments[1] ?? "")
          ? this.named(segments[0] as string, segments.slice(1, n - 1).join(", "))
          : null;
      if (joined) return joined;
      // "John Payne, a retail worker from Newport, Wales,": the role's place has its own comma.
      const placed =
        before !== undefined && isPlaceAfterRole(name, role)
          ? this.named(before, `${name}, ${role}`)
          : null;
      if (placed) return placed;
      // "Fayetteville, Arkansas, news station KNWA," is a place after a place, then an outlet.
      const afterPlace = (before ?? "") !== "" && namesAfterNoun(role) && !isRolePhrase(role);
      // "Lee Gelernt, who argued the case,": a relative clause describes the name but is no role.
      const named = afterPlace ? null : this.named(name, RELATIVE.test(role) ? null : role);
      if (named) return named;
    }
    // "a WeWork spokesperson when contacted by Reuters": a participle's clause is not who spoke.
    const phrase = trimPhrase(
      // "A White House security official, who spoke anonymously to the Jan. 6 Committee,": a
      // relative clause describes the role before it and names no one who spoke.
      describedPhrase(
        segments.filter(
          (s, i) => s !== "" && !(RELATIVE.test(s) && ROLE_OPENING.test(segments[i - 1] ?? "")),
        ),
      ).replace(PARTICIPLE_CLAUSE, ""),
    );
    if (phrase.length === 0) return null;
    const tokens = tokenize(phrase);
    const first = tokens[0] as Token;
    if (tokens.length === 1 && PRONOUNS.has(first.lower)) return this.pronoun(first.lower, here);
    // "Lately though, said The New York Times": adverbs and function words alone name no one;
    // nor does an infinitive ("… to get hold of, said CNN") or a phrase ending in a lower-case
    // adjective ("released two highly critical reports": the "verb" is a noun; "The Athletic"
    // is a name).
    if (tokens.every((t) => isAdverbOnly(t) || (FUNCTION_WORDS.has(t.lower) && !isAcronym(t))))
      return null;
    const infinitive = first.text === "to" && !FUNCTION_WORDS.has(tokens[1]?.lower ?? "the");
    const last = tokens[tokens.length - 1] as Token;
    if (infinitive || (!last.capital && isAdjectiveOnly(last))) return null;
    const owner = tokens.findIndex(
      (t, i) => t.possessive && STATEMENT_WORDS.has(tokens[i + 1]?.lower ?? ""),
    );
    if (owner !== -1) return this.named(phrase.slice(0, (tokens[owner] as Token).end), null);
    // "the US Centers for Disease Control and Prevention": one proper name, no person in it.
    if (isProperName(tokens) && findNames(phrase).length === 0) return this.organisation(phrase);
    const mention = readMention(phrase, tokens);
    const referred = mention ? this.mention(mention, here) : null;
    if (referred) return referred;
    const named = this.named(phrase, null, tokens);
    if (named) return named;
    return this.role(phrase, tokens, here);
  }

  /** A named person in the phrase ("Kazakh Foreign Minister Kanat Saudabayev", "Mr Bakiyev"). */
  named(
    phrase: string,
    role: string | null,
    tokens: readonly Token[] = tokenize(phrase),
  ): Attribution | null {
    const runs = findNames(phrase, tokens, true);
    // "Brad Slager at conservative US blog Red State": the name before the preposition spoke.
    const first = runs[0];
    const run = first && AFFILIATION.test(phrase.slice(first.end)) ? first : runs[runs.length - 1];
    if (!run) return null;
    // "23-time Grand Slam champion", "the driver of the Subaru": a name that describes a noun
    // of the phrase, before it or in its complement, is not who spoke.
    if (modifiesNoun(phrase, run)) return null;
    if (COMPLEMENT_BEFORE.test(phrase.slice(0, run.start))) {
      // "a biography on the LVMH website": a text on the name's own text is the name's.
      if (!publishedBy(phrase, run)) return null;
      const known = this.orgs.find(run.name) ?? this.orgs.add(run.name);
      return { speaker: known.name, role: lowerDeterminer(phrase), org: known };
    }
    // "The Institute for Fiscal Studies": the run ends a longer name joined by a small word.
    const joined = joinedNameStart(phrase, run.start);
    if (joined !== -1) {
      const known = this.orgs.add(phrase.slice(joined, run.end));
      return { speaker: known.name, role, org: known };
    }
    // "the People's Daily": a possessive name and capitalised words after it name one body.
    const after = run.possessive ? tokenize(phrase.slice(run.end)) : [];
    if (after.length > 0 && after.every((t) => t.capital)) {
      const known = this.orgs.add(phrase.slice(run.start).trim());
      return { speaker: known.name, role, org: known };
    }
    // "the Independent", "the CDC": a name with an article is an organisation, not a person.
    const org = this.orgs.find(run.name);
    if (org || (!run.role && /^(?:the|The)\s+$/.test(phrase.slice(0, run.start)))) {
      const known = org ?? this.orgs.add(run.name);
      return { speaker: known.name, role: null, org: known };
    }
    // "Putin's press service told ...": the service spoke, not Putin.
    if (run.possessive && tokenize(phrase.slice(run.end)).length > 0) return null;
    // "ecologist Nurlan Bekov": lower-case words before the name are the role.
    const before = trimPhrase(phrase.slice(0, run.start));
    const written = run.role ?? role ?? (/^\p{Ll}/u.test(before) ? before : null);
    const person = this.people.find(run.name) ?? this.people.add(run.name, written);
    return { speaker: person.name, role: written ?? person.role, person };
  }

  private pronoun(word: string, at: Position): Attribution | null {
    if (word === "it") {
      const owner = this.statementOwner(at);
      if (owner) return owner;
      return this.last && at.para - this.last.para <= 2 ? { ...this.last } : null;
    }
    if (word !== "he" && word !== "she") return null;
    const person = this.reportedSpeaker(at) ?? this.people.pronoun(at, word);
    return person ? { speaker: person.name, role: person.role, person } : null;
  }

  /**
   * The person who speaks in the sentence just before the current quote ("…, Zhakupov told the
   * crowd."), even by surname alone: a "he said" right after refers to them. Full name from People.
   */
  private reportedSpeaker(at: Position): Person | undefined {
    const here = (this.masked[at.para] as string).slice(
      Math.max(0, this.quoteOpen - WINDOW),
      this.quoteOpen,
    );
    const text = here.trim() === "" ? (this.masked[at.para - 1] ?? "").slice(-WINDOW) : here;
    const sentences = splitSentences(text);
    const last = sentences[sentences.length - 1];
    if (!last) return undefined;
    const sentence = text.slice(last.start, last.end);
    const tokens = tokenize(sentence);
    // "After Petro claimed victory, Hernandez gave a speech": who speaks in the opening clause did not.
    const clause = openingClauseEnd(sentence, 0, sentence.length);
    for (let i = tokens.length - 2; i >= 0 && (tokens[i] as Token).start >= clause; i--) {
      const t = tokens[i] as Token;
      if (t.capital && !t.possessive && isSpeechVerb(tokens, i + 1))
        return this.people.find(t.text);
    }
    return undefined;
  }

  /** "It said" after "X's statement" or "X said in a statement": X. */
  private statementOwner(at: Position): Attribution | null {
    for (let para = at.para; para >= Math.max(0, at.para - 2); para--) {
      const masked = this.masked[para] as string;
      const end = para === at.para ? at.pos : masked.length;
      const text = masked.slice(Math.max(0, end - WINDOW), end);
      if (!STATEMENT_HINT.test(text)) continue;
      const tokens = tokenize(text);
      for (let i = tokens.length - 1; i >= 0; i--) {
        if (!STATEMENT_WORDS.has((tokens[i] as Token).lower)) continue;
        const prev = tokens[i - 1];
        if (prev?.possessive && prev.capital) return this.named(prev.text, null);
        const sentence = sentenceBefore(text, (tokens[i] as Token).start);
        const named = this.named(sentence.text, null);
        if (named) return named;
      }
    }
    return null;
  }

  /**
   * Who a definite mention stands for: "the Illinois Republican" -> the person whose roles say
   * so; "the midfielder" -> the person the last sentences were about; "the agency" -> the
   * organisation so described or, failing that, the last one that spoke; "the statement" -> its owner.
   */
  private mention(m: Mention, at: Position): Attribution | null {
    if (m.kind === "person") {
      // Proper modifiers identify ("the California Republican"); a capitalised common noun
      // does not ("the Star Tribune" is no star).
      const proper = m.proper.filter((w) => nounKinds(w).size === 0);
      const person = this.people.forRole(m.head, m.modifiers, at, proper, m.of);
      if (person) return { speaker: person.name, role: m.description, person };
      const earlier = this.indefinite(m.head, at);
      if (earlier) return { speaker: earlier, role: null };
      // "the Duchess of York" is a title; "the Independent" and "the Star Tribune" are names.
      if (m.capital && m.of.length === 0) return null;
      const salient = this.people.salient(at, SALIENT_PARAGRAPHS, this.last ?? undefined);
      // "The driver told police that Ramsey “…”": the person the words are about did not say them.
      if (salient && namedIn(this.reported, salient.name)) return null;
      return salient ? { speaker: salient.name, role: m.description, person: salient } : null;
    }
    if (m.capital) return null;
    if (m.kind === "document") {
      // "the city of Louisville's website": its owner; "the statement": whoever issued one just before.
      if (m.owner) return this.named(m.owner, null) ?? this.organisation(`the ${m.owner}`);
      // "the committee statement" names its own source; "the news site" does not.
      if (m.modifiers.some((w) => nounKinds(w).has("group") || nounKinds(w).has("person")))
        return null;
      if (STATEMENT_WORDS.has(m.head)) return this.statementOwner(at);
    }
    if (m.owner) return null;
    // "the agency" may be the organisation a sentence was about; "the newspaper" only one that spoke.
    const mentioned = m.kind === "organisation" && !nounKinds(m.head).has("communication");
    const org =
      this.orgs.resolve(m.head, m.modifiers, at, RECENT_ORG_PARAGRAPHS, mentioned) ??
      (m.kind === "organisation" ? this.reportingOrg(at) : undefined);
    return org ? { speaker: org.name, role: m.description, org } : null;
  }

  /**
   * An organisation speaking under its own name ("the Justice Department"); a lower-case phrase
   * ("the report") is kept as written and is no organisation later mentions can refer to.
   */
  private organisation(phrase: string): Attribution {
    const name = phrase.replace(/^(?:the|The)\s+/, "");
    // "the driver of the Subaru" is described, not named: no organisation later mentions can take.
    if (!/^\p{Lu}/u.test(name)) return { speaker: lowerDeterminer(phrase), role: null };
    return { speaker: lowerDeterminer(phrase), role: null, org: this.orgs.add(name) };
  }

  /** "the ousted President" -> the named president who fits; else the role as written. */
  private role(phrase: string, tokens: readonly Token[], at: Position): Attribution | null {
    if (!isNounPhrase(tokens)) return null;
    const head = tokens.findIndex((t) => ROLE_WORDS.has(t.lower) && !t.possessive);
    if (head === -1) {
      // An organisation or group ("the Kazakh Foreign Ministry"), if it is short enough to be one.
      return tokens.length <= 6 && !PRONOUNS.has((tokens[0] as Token).lower)
        ? this.organisation(phrase)
        : null;
    }
    const headWord = (tokens[head] as Token).lower;
    const determiner = (tokens[0] as Token).lower;
    if (DEFINITE.has(determiner)) {
      const modifiers = tokens.slice(1, head).map((t) => t.lower);
      const person = this.people.forRole(headWord, modifiers, at);
      if (person) return { speaker: person.name, role: person.role, person };
      const earlier = this.indefinite(headWord, at);
      if (earlier) return { speaker: earlier, role: null };
    }
    return { speaker: cutRelative(lowerDeterminer(phrase)), role: null };
  }

  /** The first "a spokesman for X" written before `at`, for a later "the spokesman". */
  private indefinite(head: string, at: Position): string | null {
    for (let para = Math.max(0, at.para - LOOKBACK_PARAGRAPHS); para <= at.para; para++) {
      const masked = this.masked[para] as string;
      const text =
        para === at.para
          ? masked.slice(Math.max(0, at.pos - WINDOW * 4), at.pos)
          : masked.slice(0, WINDOW * 4);
      if (!text.toLowerCase().includes(head)) continue;
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        if ((tokens[i] as Token).lower !== head) continue;
        const det = tokens
          .slice(Math.max(0, i - 3), i)
          .findIndex((t) => t.lower === "a" || t.lower === "an");
        if (det === -1) continue;
        const from = (tokens[Math.max(0, i - 3) + det] as Token).start;
        const phrase = /^[^,.;:"\u201c\u201d]{1,120}/.exec(text.slice(from))?.[0] ?? "";
        // "A doctor on the scene told Ruptly that …": the role ends where its verb of saying begins.
        const words = tokenize(phrase);
        const verb = words.findIndex((_, k) => isSpeechVerb(words, k));
        return cutRelative(
          (verb > 0 ? phrase.slice(0, (words[verb] as Token).start) : phrase).trim(),
        );
      }
    }
    return null;
  }
}
