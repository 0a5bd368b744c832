import { findNames } from "./find-names.js";
import {
  firstSentence,
  inRelative,
  isSpeechVerb,
  saysAfter,
  sentenceBefore,
} from "./quote-context.js";
import type { Span } from "./quote-spans.js";
import { trimEnd } from "./sentences.js";
import { type Attribution, SubjectResolver } from "./subject-resolver.js";
import { PRONOUNS, type Token, tokenize } from "./words.js";

/** Verbs of saying followed by who heard it ("told CNN"), never by the speaker. */
const HEARD_AFTER = new Set(["told", "tells", "asked"]);

/**
 * How far into its sentence (characters) a name may open and still be the subject a participle
 * reports for: past it, a one-word surname the name finder does not read ("On Monday, Carlsen
 * accused … Hans Niemann of cheating, saying …") may be the subject instead.
 */
const OPENING_REACH = 30;

/** Participles that report speech after a comma: "…, saying: “", "…, adding, “". */
const PARTICIPLES = new Set(["saying", "adding"]);

/**
 * Whether the text before `pos` ends a sentence, so a quote at `pos` opens the next one. Reads back
 * from `pos` only: a paragraph of thousands of quotes stays linear.
 */
function endsSentence(text: string, pos: number): boolean {
  const end = trimEnd(text, pos);
  return end > 0 && ".!?".includes(text.charAt(end - 1));
}

/** Works out who said each quote in one article: reads the phrase that names the speaker around the quote. */
export class Attributor {
  /** Who a phrase means. */
  private readonly who: SubjectResolver;

  constructor(private readonly masked: readonly string[]) {
    this.who = new SubjectResolver(masked);
  }

  attribute(para: number, span: Span, previousInParagraph: Attribution | null): Attribution {
    this.who.quoteOpen = span.open;
    this.who.reported = "";
    const m = this.masked[para] as string;
    // The words after the quote first ('," she said'), then those before ('She said: "').
    const after = firstSentence(m, Math.min(m.length, span.end + 1));
    const found =
      (after.text !== "" ? this.fromAfter(para, after.text, after.at) : null) ??
      this.fromBefore(para, sentenceBefore(m, span.open)) ??
      previousInParagraph ??
      (m.search(/\S/) >= span.open
        ? (this.continued(para) ??
          (saysAfter(after.text) ? null : this.who.reportedBefore(para - 1)))
        : saysAfter(after.text) || !endsSentence(m, span.open)
          ? null
          : this.who.reportedBefore(para, span.open));
    const result = found ?? { speaker: null, role: null };
    this.who.spoke(result, para, span.open);
    return result;
  }

  /** A paragraph that opens with a quote and names no one continues the previous speaker. */
  private continued(para: number): Attribution | null {
    const last = this.who.last;
    return last && last.para === para - 1 ? last : null;
  }

  /** `," X said`, `, said X`, `, according to X`, `X was quoted as saying`. */
  private fromAfter(para: number, text: string, at: number): Attribution | null {
    const tokens = tokenize(text, undefined, 24);
    // "X, who argued the case, said": the relative clause's verb is not the one that reports.
    const v = tokens.findIndex((_, i) => isSpeechVerb(tokens, i) && !inRelative(text, tokens, i));
    if (v === -1 || v > 16) return null;
    const verb = tokens[v] as Token;
    if (verb.lower === "according")
      return this.who.subjectAfter(para, text, tokens[v + 1] as Token, at);
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
    if (/^[\s,\-\u2013\u2014]*$/.test(subject)) return this.who.subjectAfter(para, text, verb, at);
    return this.who.resolve(subject, para, at) ?? this.speakerAfterClause(para, text, verb, at);
  }

  /**
   * `X said: "`, `X told reporters that "`, `quoted X as saying, "`, `According to X, "`: read
   * only when the words after the quote name no one, as most quotes' do.
   */
  private fromBefore(para: number, { text, at }: { text: string; at: number }): Attribution | null {
    const tokens = tokenize(text);
    // "He called for an agreement, saying, “…”": the participle's speaker is the sentence's subject.
    let participle = false;
    for (let v = tokens.length - 1; v >= 0; v--) {
      const t = tokens[v] as Token;
      if (PARTICIPLES.has(t.lower) && text.slice(0, t.start).trimEnd().endsWith(","))
        participle = true;
      if (!isSpeechVerb(tokens, v)) continue;
      const verb = tokens[v] as Token;
      if (verb.lower === "according") {
        // "Harding wrote in a post, according to the New York Times": the writer speaks, the
        // paper reports it.
        if (tokens.some((_, i) => i < v && isSpeechVerb(tokens, i))) continue;
        return this.who.subjectAfter(para, text, tokens[v + 1] as Token, at);
      }
      if (verb.lower === "quoted") {
        const quoted = this.quotedAsSaying(para, text, tokens, v, at);
        if (quoted) return quoted;
      }
      if (verb.lower === "saying" || verb.lower === "quoted") continue;
      const subject = text.slice(0, verb.start);
      this.who.reported = text.slice(verb.end);
      // ‘“momentous event”, said X. “…”’: the verb comes first, X after it.
      if (/^[\s,\-\u2013\u2014]*$/.test(subject))
        return this.who.subjectAfter(para, text, verb, at);
      // "…, said Carolyn Becker, a spokesperson …, adding, “", "…, said The Guardian, but “": the
      // verb's speaker goes on in the same sentence (not "…, said the coach. “"); not after
      // "told", whose name is who heard it ("One passenger … told CNN the …").
      return (
        this.who.resolve(subject, para, at) ??
        ((participle || !endsSentence(text, text.length)) && !HEARD_AFTER.has(verb.lower)
          ? this.speakerAfterClause(para, text, verb, at)
          : null)
      );
    }
    return participle ? this.openingSubject(para, text, tokens, at) : null;
  }

  /**
   * The sentence's own subject: a pronoun that opens it, or the first name among its first words
   * ("Oppositions leader Netanyahu welcomed …", "London (CNN) Liz Truss became …").
   */
  private openingSubject(
    para: number,
    text: string,
    tokens: readonly Token[],
    at: number,
  ): Attribution | null {
    const first = tokens[0];
    if (first && PRONOUNS.has(first.lower)) return this.who.resolve(first.text, para, at);
    const name = findNames(text, tokens)[0];
    return name && name.start < OPENING_REACH ? this.who.resolve(name.name, para, at) : null;
  }

  /** '”, and concerns linger about …, said X': a clause naming no one, a comma, then the verb and its speaker. */
  private speakerAfterClause(
    para: number,
    text: string,
    verb: Token,
    at: number,
  ): Attribution | null {
    return /,\s*$/.test(text.slice(0, verb.start))
      ? this.who.subjectAfter(para, text, verb, at)
      : null;
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
    return this.who.resolve(text.slice(verb.end, (tokens[as] as Token).start), para, at + verb.end);
  }
}
