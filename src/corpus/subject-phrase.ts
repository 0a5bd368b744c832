import { nounKinds } from "../text/noun-kinds.js";
import { namesPlace } from "./name-classes.js";
import { surnameKey } from "./name-keys.js";
import { isRolePhrase } from "./name-roles.js";
import { DEFINITE, INDEFINITE } from "./noun-phrase.js";
import { FUNCTION_WORDS, PRONOUNS, SPEECH_VERBS, type Token, tokenize } from "./words.js";

/** Words between a subject and its verb, or after it, that are not part of who spoke. */
export const ADVERBS = new Set(
  "also later earlier previously then further again repeatedly yesterday today recently once has had have was is were would will had and but while as so however meanwhile".split(
    " ",
  ),
);

/**
 * "The 40-year-old, 23-time Grand Slam champion": a phrase whose commas part its modifiers is one
 * noun phrase when its last part has no determiner and does not start with a name.
 */
export function describedPhrase(segments: readonly string[]): string {
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
export function modifiesNoun(
  phrase: string,
  run: { name: string; start: number; end: number },
): boolean {
  // "his Florida property", "its Covid response": after a possessive pronoun, a name modifies.
  if (POSSESSIVE_BEFORE.test(phrase.slice(0, run.start))) return true;
  const place = namesPlace(run.name);
  if (run.name === run.name.toUpperCase() && !place) return false;
  const end = run.end;
  const rest = tokenize(phrase.slice(end), undefined, 4);
  const last = rest[rest.length - 1];
  if (!last || rest.length > 3 || !/^\s/.test(phrase.slice(end))) return false;
  if (rest.some((t) => t.capital || FUNCTION_WORDS.has(t.lower) || ADVERBS.has(t.lower)))
    return false;
  // "the US news site": a place WordNet knows modifies any noun after it.
  if (place) return true;
  const written = nounKinds(last.lower);
  const kinds = written.size > 0 ? written : nounKinds(last.lower.replace(/s$/, ""));
  return kinds.has("person") || kinds.has("group");
}

/** A possessive pronoun just before a name. */
const POSSESSIVE_BEFORE = /(?:^|\s)(?:his|her|its|their|our|my|your)\s+$/i;

/**
 * Whether a document phrase holds a name that owns another document in its complement: "a
 * biography on the LVMH website" (both "biography" and "website" are only writings in WordNet).
 */
export function publishedBy(phrase: string, run: { start: number; end: number }): boolean {
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
export function isPlaceAfterRole(role: string | undefined, region: string): boolean {
  const roleWords = tokenize(role ?? "");
  if (!role || !isRolePhrase(role) || !roleWords[roleWords.length - 1]?.capital) return false;
  const words = tokenize(region);
  return words.length > 0 && words.length <= 3 && words.every((t) => t.capital);
}

/** "news station KNWA": lower-case words, then a name; a role phrase is read before this. */
export function namesAfterNoun(phrase: string): boolean {
  const tokens = tokenize(phrase);
  return !(tokens[0]?.capital ?? true) && (tokens[tokens.length - 1]?.capital ?? false);
}

/**
 * Whether words written as a speaker can be one: a name or a noun phrase, not a clause's
 * fragment ("though the company this year", "which", "a"): no opening word that is a function
 * word other than a determiner, and no verb of saying inside.
 */
export function isNounPhrase(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (!first) return false;
  if (FUNCTION_WORDS.has(first.lower) && !DETERMINERS.has(first.lower) && !isAcronym(first))
    return false;
  if (DETERMINERS.has(first.lower) && tokens.length < 2) return false;
  return !tokens.some((t, i) => i > 0 && !t.capital && SPEECH_VERBS.has(t.lower));
}

/** A word written in capitals: "WHO" is the organisation, not the function word. */
export function isAcronym(t: Token): boolean {
  return t.text.length > 1 && t.text === t.text.toUpperCase();
}

/** Words that open a noun phrase: the definite and indefinite ones, and quantifiers. */
const DETERMINERS = new Set([
  ...DEFINITE,
  ...INDEFINITE,
  ..."these those one another some many each every no".split(" "),
]);

/** Whether `text` names the person `name` by surname. */
export function namedIn(text: string, name: string): boolean {
  const surname = surnameKey(name);
  return tokenize(text).some((t) => t.capital && t.lower === surname);
}

/** Strips conjunctions and adverbs at either end of a subject ("He also" -> "He"). */
export function trimPhrase(phrase: string): string {
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

export function lowerDeterminer(phrase: string): string {
  return phrase.replace(/^(The|A|An|His|Her|Its|Their)\b/, (d) => d.toLowerCase());
}

/**
 * "a spokesman for the interim government that swept to power" -> up to "that"; "a senior
 * administration official on Thursday" -> without the day.
 */
export function cutRelative(phrase: string): string {
  // redos-bounded: attribution reads windows of at most WINDOW characters around a quote
  return phrase
    .replace(/\s+(?:that|who|which|whose|where|when)\b.*$/, "")
    .replace(TRAILING_DAY, "")
    .trim();
}

/** A day written after a role: "on Thursday", "early Tuesday", "Monday afternoon". */
// redos-bounded: attribution reads windows of at most WINDOW characters around a quote
const TRAILING_DAY =
  /\s+(?:(?:on|early|late|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?$/;

/** Words that join the parts of one name ("Fish and Wildlife Service", "Bank of America"). */
const NAME_JOINS = new Set(["and", "of", "for", "the", "&"]);

/** Small words that join the capitalised parts of one name ("Bank of England", "Institute for …"). */
const NAME_CONNECTORS = new Set(["of", "for", "&"]);

/**
 * Where a longer name starts when the words before `at` are capitalised words and a connector
 * ("The Institute for" before "Fiscal Studies", "the Central Council of" before "Jews"), else -1.
 */
export function joinedNameStart(phrase: string, at: number): number {
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

/** A capitalised word that is no function word: the start of a name ("Tom", not "The"). */
export function isNameStart(t: Token | undefined): boolean {
  return t?.capital === true && !FUNCTION_WORDS.has(t.lower) && !PRONOUNS.has(t.lower);
}

/** Capitalised words joined by "and" and the like, after an optional article. */
export function isProperName(tokens: readonly Token[]): boolean {
  const words = tokens[0]?.lower === "the" ? tokens.slice(1) : tokens;
  return (
    words.some((t) => t.lower === "and") &&
    words.every((t) => t.capital || NAME_JOINS.has(t.lower)) &&
    (words[0]?.capital ?? false)
  );
}
