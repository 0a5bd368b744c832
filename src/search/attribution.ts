import { splitSentences } from "../corpus/sentences.js";
import { foldTokens } from "../text/fold.js";
import { remembered } from "../text/memo.js";
import { IRREGULAR } from "../text/terms.js";
import { isSpeechWord, lemmasOf } from "../text/wordnet.js";
import type { ParsedQuery } from "./query.js";
import { holdsQuotation } from "./question.js";

/**
 * The terms of the question's words that name who speaks (`QueryGroup.speaks`: "taco", "bell" in
 * "what did taco bell say about …"), as written, corrected or joined; a WordNet relative names
 * someone else.
 */
export function speakerTerms(query: ParsedQuery): Set<string> {
  const out = new Set<string>();
  for (const g of query.groups)
    if (g.speaks && !g.asked)
      for (const a of g.alternatives) if (a.source !== "related") out.add(a.term);
  return out;
}

/** Words at most between a speaker and its verb of saying: "Twitter, the company, said". */
const SUBJECT_REACH = 4;

/**
 * Whether `text` gives a speaker (`speakers`, terms; `term` gives a word's) words: a sentence
 * naming it holds a quotation ("Biden joked … “nobody likes …”"), or it is next to a verb of
 * saying as its speaker ("Twitter said", "Twitter, the company, said", "said Twitter"). A passage
 * that only ranks or lists it, even in a sentence where someone else speaks ("QSR published its
 * report … ranked: …, Taco Bell, and KFC"), gives it none.
 */
export function attributesWords(
  text: string,
  speakers: ReadonlySet<string>,
  term: (word: string) => string,
): boolean {
  const tokens = foldTokens(text);
  let t = 0;
  for (const s of splitSentences(text)) {
    const quoted = holdsQuotation(text.slice(s.start, s.end));
    let lastSpeaker = Number.NEGATIVE_INFINITY;
    let lastSaying = Number.NEGATIVE_INFINITY;
    for (let i = 0; t < tokens.length && (tokens[t]?.start as number) < s.end; t++, i++) {
      const word = (tokens[t] as { word: string }).word;
      if (speakers.has(term(word))) {
        if (quoted || i - lastSaying === 1) return true;
        lastSpeaker = i;
      } else if (isSayingVerb(word)) {
        if (i - lastSpeaker <= SUBJECT_REACH) return true;
        lastSaying = i;
      }
    }
  }
  return false;
}

/** Verdicts of `isSayingVerb`, kept across questions; cleared past this many words. */
const VERBS_KEPT = 100_000;
const sayingVerbs = new Map<string, boolean>();

/**
 * Whether a base form of `word` is a verb whose commonest WordNet sense is one of saying ("said",
 * "told", "announced"). Questions meet the same words again, so each is read once.
 */
function isSayingVerb(word: string): boolean {
  return remembered(
    sayingVerbs,
    word,
    () => lemmasOf(word, IRREGULAR).some((lemma) => isSpeechWord(lemma, "v", IRREGULAR)),
    VERBS_KEPT,
  );
}
