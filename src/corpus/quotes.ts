import { nounKinds } from "../text/noun-kinds.js";
import { nameContextWord } from "./capital-runs.js";
import { hasWords, isDigitCode, NextMark } from "./chars.js";
import { findNames } from "./find-names.js";
import { type Organisation, Organisations } from "./mentions.js";
import { partCount, surnameKey } from "./name-keys.js";
import { isRolePhrase } from "./name-roles.js";
import { DEFINITE, INDEFINITE, type Mention, readMention } from "./noun-phrase.js";
import { People } from "./people.js";
import type { Person } from "./person-registry.js";
import type { Position } from "./positions.js";
import { openingClauseEnd } from "./sentence-subjects.js";
import { splitSentences } from "./sentences.js";
import type { Quote } from "./types.js";
import {
  FUNCTION_WORDS,
  PRONOUNS,
  ROLE_WORDS,
  SPEECH_VERBS,
  type Token,
  tokenize,
} from "./words.js";

/** A quoted stretch of a paragraph: marks at `open` and `end` (end = text length when unclosed). */
interface Span {
  open: number;
  end: number;
}

/** A clause set off by commas just before the speech verb: ", asked whether …," ", speaking in X,". */
// redos-bounded: attribution reads windows of at most WINDOW characters around a quote
const INSERTED_CLAUSE =
  /,\s*(?:(?:when|while|after|before|if|once)\s+)?\p{Ll}+(?:ed|ing)\b[^,]*,\s*$/u;

/** A part of an appositive that is joined to the one before ("and co-author of the study"). */
const COORDINATED = /^(?:and|or)\s/;

/** A relative clause's opening word. */
const RELATIVE = /^(?:who|which)\b/;

/** A comma, or a dash that sets off a clause as commas do ("Appearing to counter … -- the President"). */
const CLAUSE_BREAK = /,|\s[-\u2013\u2014]{1,2}\s/;

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

/** Quotes shorter than this are scare quotes or terms ("deportation"), not statements. */
const MIN_QUOTE_WORDS = 4;

/** Words between a subject and its verb, or after it, that are not part of who spoke. */
const ADVERBS = new Set(
  "also later earlier previously then further again repeatedly yesterday today recently once has had have was is were would will had and but while as so however meanwhile".split(
    " ",
  ),
);
const STATEMENT_HINT = /statement|letter|message|announcement|communique|release/i;
const STATEMENT_WORDS = new Set([
  "statement",
  "letter",
  "message",
  "announcement",
  "communique",
  "release",
]);

const STRAIGHT_QUOTE = 34;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;
const QUOTE_MARKS = ['"', "\u201c", "\u201d"];

/**
 * Quoted stretches: curly quotes pair “ with ”, straight quotes alternate. A quote left open runs
 * to the end of the paragraph (a quote that continues in the next paragraph is written that way).
 */
function quoteSpans(p: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  // From mark to mark: the text between them is never read.
  const marks = new NextMark(p, QUOTE_MARKS);
  for (let i = marks.next(0); i < p.length; i = marks.next(i + 1)) {
    const ch = p.charCodeAt(i);
    if (ch === STRAIGHT_QUOTE) {
      if (open === -1) open = i;
      else {
        spans.push({ open, end: i });
        open = -1;
      }
    } else if (ch === LEFT_QUOTE) open = i;
    else if (ch === RIGHT_QUOTE && open !== -1) {
      spans.push({ open, end: i });
      open = -1;
    }
  }
  if (open !== -1 && open < p.length - 1) spans.push({ open, end: p.length });
  return spans;
}

/**
 * The paragraph with quoted words blanked. Built with join, not `+=`: a string concatenated
 * thousands of times is a deep rope, and reading it character by character gets quadratic.
 */
function mask(p: string, spans: readonly Span[]): string {
  if (spans.length === 0) return p;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(p.slice(at, s.open + 1), " ".repeat(Math.max(0, s.end - s.open - 1)));
    at = s.end;
  }
  parts.push(p.slice(at));
  return parts.join("");
}

/** The quoted words without the marks and without a trailing comma ("legitimacy,"). */
function quoteText(p: string, span: Span): string {
  let end = span.end;
  while (end > span.open + 1 && ",;: \t\n\u00a0".includes(p[end - 1] as string)) end--;
  return p.slice(span.open + 1, end).trim();
}

interface Attribution {
  speaker: string | null;
  role: string | null;
  person?: Person;
  org?: Organisation;
}

/** How many words may stand before the verb in a sentence that reports speech ("The company also said"). */
const REPORTING_REACH = 4;

/** Text that ends a sentence: a quote after it opens the next one. */
const SENTENCE_END = /[.!?]\s*$/;

/** How many paragraphs back "the midfielder" may take the person last written about. */
const SALIENT_PARAGRAPHS = 2;

/** How many paragraphs back "the news site" may take the organisation that last spoke. */
const RECENT_ORG_PARAGRAPHS = 3;

/** Works out who said each quote in one article. */
class Attributor {
  private readonly people: People;
  private readonly orgs: Organisations;
  /** The last attribution made: "It said" and continued quotes refer back to it. */
  private last: (Attribution & Position) | null = null;
  /** Where the quote being attributed opens, in its paragraph. */
  private quoteOpen = 0;
  /** The words between the verb of saying and the quote ("told police that Ramsey"). */
  private reported = "";

  constructor(private readonly masked: readonly string[]) {
    // Names written after the last quote can never name its speaker: they are not read.
    const read = masked.slice(0, lastQuoteParagraph(masked) + 2);
    const tokens = read.map((m) => tokenizeLong(m, nameContextWord));
    this.people = new People(read, tokens);
    this.orgs = new Organisations(read, tokens);
  }

  attribute(para: number, span: Span, previousInParagraph: Attribution | null): Attribution {
    this.quoteOpen = span.open;
    this.reported = "";
    const m = this.masked[para] as string;
    // The words after the quote first ('," she said'), then those before ('She said: "').
    const after = firstSentence(m, Math.min(m.length, span.end + 1));
    const found =
      (after.text !== "" ? this.fromAfter(para, after.text, after.at) : null) ??
      this.fromBefore(para, sentenceBefore(m, span.open)) ??
      previousInParagraph ??
      (m.search(/\S/) >= span.open
        ? (this.continued(para) ?? (saysAfter(after.text) ? null : this.reportedBefore(para - 1)))
        : saysAfter(after.text) || !SENTENCE_END.test(m.slice(0, span.open))
          ? null
          : this.reportedBefore(para, span.open));
    const result = found ?? { speaker: null, role: null };
    if (result.speaker) {
      const { speaker, role, person, org } = result;
      this.last = { speaker, role, person, org, para, pos: span.open };
      if (person) this.people.noteSpeaker(person, { para, pos: span.open });
      if (org) this.orgs.spoke(org, { para, pos: span.open });
    }
    return result;
  }

  /** A paragraph that opens with a quote and names no one continues the previous speaker. */
  private continued(para: number): Attribution | null {
    return this.last && this.last.para === para - 1 ? this.last : null;
  }

  /**
   * A paragraph that opens with a quote, with no verb of saying after it, following one that
   * reports speech ("Twitter said in its blog post that …") is that speaker's: the latest sentence
   * of the paragraph before that opens with a name and a verb of saying, or ends with one and a
   * name (", said Tom Hamilton on ESPN."). A role or a pronoun there ("The security official
   * said") is not read: it may stand for someone else. With `end`, only the sentence that ends
   * there is read: a quote that opens a sentence continues the speech the sentence before reported.
   */
  private reportedBefore(para: number, end?: number): Attribution | null {
    const text = this.masked[para]?.slice(0, end);
    if (text === undefined) return null;
    const sentences = splitSentences(text);
    const last = end === undefined ? 0 : sentences.length - 1;
    for (let s = sentences.length - 1; s >= Math.max(0, last); s--) {
      const span = sentences[s] as { start: number; end: number };
      const sentence = text.slice(span.start, span.end);
      const found =
        this.namedReporter(sentence, para, span.start) ??
        this.reporterAfter(sentence, para, span.start);
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

  /** `," X said`, `, said X`, `, according to X`, `X was quoted as saying`. */
  private fromAfter(para: number, text: string, at: number): Attribution | null {
    const tokens = tokenize(text, undefined, 24);
    // "X, who argued the case, said": the relative clause's verb is not the one that reports.
    const v = tokens.findIndex((_, i) => isSpeechVerb(tokens, i) && !inRelative(text, tokens, i));
    if (v === -1 || v > 16) return null;
    const verb = tokens[v] as Token;
    if (verb.lower === "according")
      return this.subjectAfter(para, text, tokens[v + 1] as Token, at);
    let subjectEnd = verb.start;
    const prev = tokens[v - 1];
    if (verb.lower === "quoted" && prev && ["was", "is", "were", "being"].includes(prev.lower))
      subjectEnd = prev.start;
    else if (verb.lower === "quoted") {
      // ‘," the statement quoted X as saying’: X spoke, not the statement.
      const quoted = this.quotedAsSaying(para, text, tokens, v, at);
      if (quoted) return quoted;
    }
    const subject = text.slice(0, subjectEnd);
    if (/^[\s,\-\u2013\u2014]*$/.test(subject)) return this.subjectAfter(para, text, verb, at);
    return this.resolve(subject, para, at);
  }

  /**
   * `X said: "`, `X told reporters that "`, `quoted X as saying, "`, `According to X, "`: read
   * only when the words after the quote name no one, as most quotes' do.
   */
  private fromBefore(para: number, { text, at }: { text: string; at: number }): Attribution | null {
    const tokens = tokenize(text);
    for (let v = tokens.length - 1; v >= 0; v--) {
      if (!isSpeechVerb(tokens, v)) continue;
      const verb = tokens[v] as Token;
      if (verb.lower === "according")
        return this.subjectAfter(para, text, tokens[v + 1] as Token, at);
      if (verb.lower === "quoted") {
        const quoted = this.quotedAsSaying(para, text, tokens, v, at);
        if (quoted) return quoted;
      }
      if (verb.lower === "saying" || verb.lower === "quoted") continue;
      const subject = text.slice(0, verb.start);
      this.reported = text.slice(verb.end);
      // ‘“momentous event”, said X. “…”’: the verb comes first, X after it.
      if (/^[\s,\-\u2013\u2014]*$/.test(subject)) return this.subjectAfter(para, text, verb, at);
      return this.resolve(subject, para, at);
    }
    return null;
  }

  /** "quoted X as saying": X, the words between the verb at `v` and "as saying". */
  private quotedAsSaying(
    para: number,
    text: string,
    tokens: readonly Token[],
    v: number,
    at: number,
  ): Attribution | null {
    const as = tokens.findIndex(
      (t, i) => i > v && t.lower === "as" && tokens[i + 1]?.lower === "saying",
    );
    if (as <= v + 1) return null;
    const verb = tokens[v] as Token;
    return this.resolve(text.slice(verb.end, (tokens[as] as Token).start), para, at + verb.end);
  }

  /** The subject written after `verb`: ", said Jane Doe, a spokeswoman". */
  private subjectAfter(para: number, text: string, verb: Token, at: number): Attribution | null {
    const rest = text.slice(verb.end);
    const m = /^\s*([^,.;:!?"\u201c\u201d]{2,100})(?:,\s*([^,.;"\u201c\u201d]{2,100}))?/.exec(rest);
    if (!m?.[1]) return null;
    // "said The Times's science editor, Tom Whipple": the role, then the name.
    const role = m[1].trim();
    if (m[2] && (isRolePhrase(role) || readMention(role)) && findNames(m[2]).length > 0)
      return this.named(m[2], role);
    const found = this.resolve(m[1], para, at + verb.end);
    if (found && !found.role && m[2] && isRolePhrase(m[2].trim())) found.role = m[2].trim();
    return found;
  }

  /** Who a subject phrase names: a person (full name), a resolved pronoun or role, or the role itself. */
  private resolve(subjectText: string, para: number, at: number): Attribution | null {
    const here: Position = { para, pos: at };
    // "The spokesman, asked whether …, said": the clause before the verb is not who spoke.
    const segments = CLAUSE_BREAK.test(subjectText)
      ? subjectText
          .replace(INSERTED_CLAUSE, ",")
          .split(CLAUSE_BREAK)
          .map((s) => s.trim())
      : [subjectText.trim()];
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
    const phrase = trimPhrase(describedPhrase(segments.filter((s) => s !== "")));
    if (phrase.length === 0) return null;
    const tokens = tokenize(phrase);
    const first = tokens[0] as Token;
    if (tokens.length === 1 && PRONOUNS.has(first.lower)) return this.pronoun(first.lower, here);
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
  private named(
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
    const person = this.reportedSpeaker(at) ?? this.people.pronoun(at);
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
        return cutRelative(phrase.trim());
      }
    }
    return null;
  }
}

/**
 * "The 40-year-old, 23-time Grand Slam champion": a phrase whose commas part its modifiers is one
 * noun phrase when its last part has no determiner and does not start with a name.
 */
function describedPhrase(segments: readonly string[]): string {
  const last = segments[segments.length - 1] ?? "";
  const before = segments[segments.length - 2];
  if (!before || !DESCRIBED_START.test(before) || !/^[\p{Ll}\p{N}]/u.test(last)) return last;
  const lastFirst = tokenize(last, undefined, 1)[0];
  if (!lastFirst || FUNCTION_WORDS.has(lastFirst.lower) || ADVERBS.has(lastFirst.lower))
    return last;
  return `${before} ${last}`;
}

/** A part that opens a definite noun phrase ("The 40-year-old"). */
const DESCRIBED_START = /^(?:the|The|his|His|her|Her|its|Its|their|Their)\s/;

/**
 * Whether the words after a name, to the end of the phrase, are lower-case and end in a noun
 * WordNet knows for a person or a body: "Grand Slam champion", "Honolulu office". A document
 * ("the Minnesota Lottery release") is the name's own, and so is what follows an acronym ("the
 * ISNA news agency", "the DBS analysts"): an acronym is an organisation's name.
 */
function modifiesNoun(phrase: string, run: { name: string; end: number }): boolean {
  if (run.name === run.name.toUpperCase()) return false;
  const end = run.end;
  const rest = tokenize(phrase.slice(end), undefined, 4);
  const last = rest[rest.length - 1];
  if (!last || rest.length > 3 || !/^\s/.test(phrase.slice(end))) return false;
  if (rest.some((t) => t.capital || FUNCTION_WORDS.has(t.lower) || ADVERBS.has(t.lower)))
    return false;
  const written = nounKinds(last.lower);
  const kinds = written.size > 0 ? written : nounKinds(last.lower.replace(/s$/, ""));
  return kinds.has("person") || kinds.has("group");
}

/**
 * Whether a document phrase holds a name that owns another document in its complement: "a
 * biography on the LVMH website" (both "biography" and "website" are only writings in WordNet).
 */
function publishedBy(phrase: string, run: { start: number; end: number }): boolean {
  const before = tokenize(phrase.slice(0, run.start));
  const after = tokenize(phrase.slice(run.end));
  // The word before the preposition, itself before an optional "the".
  const head = before[before.length - (before[before.length - 1]?.lower === "the" ? 3 : 2)];
  const owned = after.length === 1 ? after[0] : undefined;
  return isOnlyWriting(head) && isOnlyWriting(owned) && !owned?.capital;
}

/** A word WordNet files as a writing and as no person or body. */
function isOnlyWriting(t: Token | undefined): boolean {
  const kinds = t ? nounKinds(t.lower) : new Set<string>();
  return kinds.has("communication") && !kinds.has("person") && !kinds.has("group");
}

/** "a retail worker from Newport", "Wales": a role ending in a place, then the place's region. */
function isPlaceAfterRole(role: string | undefined, region: string): boolean {
  const roleWords = tokenize(role ?? "");
  if (!role || !isRolePhrase(role) || !roleWords[roleWords.length - 1]?.capital) return false;
  const words = tokenize(region);
  return words.length > 0 && words.length <= 3 && words.every((t) => t.capital);
}

/** "news station KNWA": lower-case words, then a name; a role phrase is read before this. */
function namesAfterNoun(phrase: string): boolean {
  const tokens = tokenize(phrase);
  return !(tokens[0]?.capital ?? true) && (tokens[tokens.length - 1]?.capital ?? false);
}

/**
 * Whether words written as a speaker can be one: a name or a noun phrase, not a clause's
 * fragment ("though the company this year", "which", "a"): no opening word that is a function
 * word other than a determiner, and no verb of saying inside.
 */
function isNounPhrase(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (!first) return false;
  // "WHO" in capitals is an acronym, not the function word.
  const acronym = first.text.length > 1 && first.text === first.text.toUpperCase();
  if (FUNCTION_WORDS.has(first.lower) && !DETERMINERS.has(first.lower) && !acronym) return false;
  if (DETERMINERS.has(first.lower) && tokens.length < 2) return false;
  return !tokens.some((t, i) => i > 0 && !t.capital && SPEECH_VERBS.has(t.lower));
}

/** Words that open a noun phrase: the definite and indefinite ones, and quantifiers. */
const DETERMINERS = new Set([
  ...DEFINITE,
  ...INDEFINITE,
  ..."these those one another some many each every no".split(" "),
]);

/** Whether `text` names the person `name` by surname. */
function namedIn(text: string, name: string): boolean {
  const surname = surnameKey(name);
  return tokenize(text).some((t) => t.capital && t.lower === surname);
}

/** Whether the words after a quote have a verb of saying ("," a news release from the city said"). */
function saysAfter(text: string): boolean {
  const tokens = tokenize(text, undefined, 24);
  return tokens.some((_, i) => isSpeechVerb(tokens, i));
}

/** Whether the word at `i` is in a clause that opens with "who" or "which" ("X, who argued the case,"). */
function inRelative(text: string, tokens: readonly Token[], i: number): boolean {
  const before = text.slice(0, (tokens[i] as Token).start);
  return RELATIVE.test(before.slice(before.lastIndexOf(",") + 1).trimStart());
}

/** A capitalised word that is no function word: the start of a name ("Tom", not "The"). */
function isNameStart(t: Token | undefined): boolean {
  return t?.capital === true && !FUNCTION_WORDS.has(t.lower) && !PRONOUNS.has(t.lower);
}

function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.lower === "according") return tokens[i + 1]?.lower === "to";
  if (t.lower === "quoted") return true;
  return SPEECH_VERBS.has(t.lower) && !t.capital;
}

/** How far around a quote attribution is looked for, in characters: keeps long paragraphs linear. */
const WINDOW = 600;

/** The text from `from` to the end of its sentence (or to the next quote mark). */
function firstSentence(text: string, from: number): { text: string; at: number } {
  let rest = text.slice(from, from + WINDOW);
  const nextQuote = rest.search(/["\u201c]/);
  if (nextQuote !== -1) rest = rest.slice(0, nextQuote);
  const first = splitSentences(rest, 1)[0];
  return { text: first ? rest.slice(0, first.end) : "", at: from };
}

/** The part of the sentence containing `pos` that comes before it. */
function sentenceBefore(text: string, pos: number): { text: string; at: number } {
  const from = Math.max(0, pos - WINDOW);
  let start = from;
  for (const s of splitSentences(text.slice(from, pos))) start = from + s.start;
  // Not past the end of an earlier quote in the same sentence.
  for (let i = pos - 1; i >= start; i--) {
    const ch = text[i];
    if (ch === '"' || ch === "\u201d") {
      start = i + 1;
      break;
    }
  }
  return { text: text.slice(start, pos), at: start };
}

/** Strips conjunctions and adverbs at either end of a subject ("He also" -> "He"). */
function trimPhrase(phrase: string): string {
  const tokens = tokenize(phrase);
  let a = 0;
  let b = tokens.length;
  while (a < b && ADVERBS.has((tokens[a] as Token).lower)) a++;
  while (b > a && ADVERBS.has((tokens[b - 1] as Token).lower)) b--;
  if (a >= b) return "";
  return phrase
    .slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end)
    .replace(/^[^\p{L}\p{N}]+/u, "");
}

function lowerDeterminer(phrase: string): string {
  return phrase.replace(/^(The|A|An|His|Her|Its|Their)\b/, (d) => d.toLowerCase());
}

/** "a spokesman for the interim government that swept to power" -> up to "that". */
function cutRelative(phrase: string): string {
  // redos-bounded: attribution reads windows of at most WINDOW characters around a quote
  return phrase.replace(/\s+(?:that|who|which|whose|where|when)\b.*$/, "").trim();
}

/** Words that join the parts of one name ("Fish and Wildlife Service", "Bank of America"). */
const NAME_JOINS = new Set(["and", "of", "for", "the", "&"]);

/** Small words that join the capitalised parts of one name ("Bank of England", "Institute for …"). */
const NAME_CONNECTORS = new Set(["of", "for", "&"]);

/**
 * Where a longer name starts when the words before `at` are capitalised words and a connector
 * ("The Institute for" before "Fiscal Studies", "the Central Council of" before "Jews"), else -1.
 */
function joinedNameStart(phrase: string, at: number): number {
  const before = tokenize(phrase.slice(0, at));
  let i = before.length - 1;
  const last = before[i];
  if (!last || phrase.slice(last.end, at).trim() !== "") return -1;
  let start = -1;
  while (i >= 1 && NAME_CONNECTORS.has((before[i] as Token).lower)) {
    let k = i - 1;
    while (
      k >= 0 &&
      (before[k] as Token).capital &&
      !FUNCTION_WORDS.has((before[k] as Token).lower)
    )
      k--;
    if (k === i - 1) break;
    start = (before[k + 1] as Token).start;
    i = k;
  }
  return start;
}

/** Capitalised words joined by "and" and the like, after an optional article. */
function isProperName(tokens: readonly Token[]): boolean {
  const words = tokens[0]?.lower === "the" ? tokens.slice(1) : tokens;
  return (
    words.some((t) => t.lower === "and") &&
    words.every((t) => t.capital || NAME_JOINS.has(t.lower)) &&
    (words[0]?.capital ?? false)
  );
}

/** How long a piece of one paragraph is tokenized at once (huge pasted paragraphs stay linear). */
const CHUNK = 4000;

/** Tokenizes a paragraph in pieces cut at spaces, with offsets into the whole paragraph. */
function tokenizeLong(text: string, keepLower: (word: string) => boolean): Token[] {
  if (text.length <= CHUNK) return tokenize(text, keepLower);
  const tokens: Token[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + CHUNK);
    const space = text.lastIndexOf(" ", to);
    if (to < text.length && space > from) to = space;
    for (const t of tokenize(text.slice(from, to), keepLower))
      tokens.push({ ...t, start: t.start + from, end: t.end + from, index: tokens.length });
    from = to;
  }
  return tokens;
}

function lastQuoteParagraph(masked: readonly string[]): number {
  for (let i = masked.length - 1; i >= 0; i--)
    if (/["\u201c\u201d]/.test(masked[i] as string)) return i;
  return -1;
}

/** Words that may stay lower-case inside a title ("Leave It to Beaver", "After the Fire is Gone"). */
const TITLE_MINOR = new Set(
  "a an the and or but nor of in on at to for up with by as from into is are was be vs via".split(
    " ",
  ),
);

/** A name given to something, not words someone said: "dubbed “…”", "known as “…”", "so-called “…”". */
const NAMING = /\b(?:dubbed|nicknamed|known as|so-called|titled|entitled)(?:\s+(?:the|an?))?\s*$/i;

/**
 * Quotation marks around a title or a name rather than speech: every word capitalised but the
 * small ones ("Coal Miner’s Daughter", "Trump of the Tropics"), or introduced as a name.
 */
function isNotSpoken(p: string, span: Span, text: string): boolean {
  if (NAMING.test(p.slice(Math.max(0, span.open - 20), span.open))) return true;
  // Most quotes are told by their first two words ("We will …"): the rest is read only after them.
  if (!tokenize(text, undefined, 2).every(isTitleWord)) return false;
  const words = tokenize(text, undefined, MAX_TITLE_WORDS + 1);
  if (words.length > MAX_TITLE_WORDS || /[,;]\s/.test(text)) return false;
  return words.every(isTitleWord);
}

/** A word a title may have at position `i`: capitalised, a number, or a small word after the first. */
function isTitleWord(w: Token, i: number): boolean {
  return w.capital || isDigitCode(w.text.charCodeAt(0)) || (i > 0 && TITLE_MINOR.has(w.lower));
}

/** Titles of works are short; a longer run of capitalised words is a sentence in capitals. */
const MAX_TITLE_WORDS = 12;

/** Extracts direct quotes with their speakers from an article's paragraphs. */
export function extractQuotes(paragraphs: readonly string[]): Quote[] {
  const spans = paragraphs.map((p) =>
    quoteSpans(p).filter((s) => hasWords(p, s.open + 1, s.end, MIN_QUOTE_WORDS)),
  );
  if (spans.every((s) => s.length === 0)) return [];
  const masked = paragraphs.map((p, i) => mask(p, spans[i] ?? []));
  const attributor = new Attributor(masked);
  const quotes: Quote[] = [];
  paragraphs.forEach((p, paragraph) => {
    let previous: Attribution | null = null;
    for (const span of spans[paragraph] ?? []) {
      const text = quoteText(p, span);
      if (isNotSpoken(p, span, text)) {
        quotes.push({ text, speaker: null, role: null, paragraph });
        continue;
      }
      const found = attributor.attribute(paragraph, span, previous);
      if (found.speaker) previous = found;
      quotes.push({ text, speaker: found.speaker, role: found.role, paragraph });
    }
  });
  return quotes;
}
