/**
 * The role written around a name: a title before it ("Gov."), role words before the title
 * ("Kyrgyzstan's ousted"), an appositive after it (", the chief of staff of Y,") or a phrase
 * before it ("Head of the interim government, X").
 */
import { adjoins } from "./capital-runs.js";
import {
  FUNCTION_WORDS,
  HONORIFICS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  type Token,
  tokenize,
} from "./words.js";

/** The role words written just before a run: "Kyrgyzstan's ousted" in "Kyrgyzstan's ousted President X". */
export function rolePrefix(text: string, tokens: readonly Token[], index: number): string {
  const runStart = (tokens[index] as Token).start;
  let next = tokens[index] as Token;
  for (let i = index - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const t = tokens[i] as Token;
    if (!adjoins(text, t, next)) break;
    const roleish =
      ROLE_MODIFIERS.has(t.lower) || ROLE_WORDS.has(t.lower) || (t.capital && t.possessive);
    if (!roleish || FUNCTION_WORDS.has(t.lower)) break;
    next = t;
  }
  return text.slice(next.start, runStart).trim();
}

/** "X, the chief of staff of Y," -> "the chief of staff of Y" when it names a role. */
export function appositive(text: string, end: number): string | null {
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
export function roleBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 100), start);
  // What the pattern needs at the end, read first: it would be tried at every position.
  if (!before.trimEnd().endsWith(",")) return null;
  const m = /(?:^|[.;:,]\s|\bthat\s)([^,.;:"\u201c\u201d]{2,90}),\s*$/.exec(before);
  const clause = m?.[1]?.trim();
  if (!clause) return null;
  // "Kazinform quoted the regional governor, X,": the role is what follows the verb of saying.
  const all = tokenize(clause);
  const verb = all.findLastIndex(
    (t) => !t.capital && (SPEECH_VERBS.has(t.lower) || t.lower === "quoted"),
  );
  const phrase = verb === -1 ? clause : clause.slice((all[verb] as Token).end).trim();
  const words = verb === -1 ? all : all.slice(verb + 1);
  const last = words[words.length - 1];
  return words.length <= 10 && words.some((w) => ROLE_WORDS.has(w.lower)) && !last?.capital
    ? phrase
    : words.length <= 6 && last !== undefined && ROLE_WORDS.has(last.lower)
      ? phrase
      : null;
}

/**
 * A role word or an honorific, which the name follows. A token never ends with a period
 * (words.ts), so its lower form is the honorific's key as written.
 */
export function isTitleWord(t: Token): boolean {
  if (HONORIFICS.has(t.lower)) return true;
  // A compound title's head is its last part: "Director-General", "Attorney-General".
  const hyphen = t.lower.lastIndexOf("-");
  return ROLE_WORDS.has(hyphen === -1 ? t.lower : t.lower.slice(hyphen + 1)) && !t.possessive;
}
