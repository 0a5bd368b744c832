import { quoteSpans } from "../corpus/quote-spans.js";
import { isGivenName } from "../text/given-names.js";
import { isOrdinal, isYear } from "../text/markers.js";
import { IRREGULAR } from "../text/terms.js";
import { CAPITALIZED, NUMERIC } from "../text/token-columns.js";
import { isPossessionVerb, isSpeechWord } from "../text/wordnet.js";

/** What kind of answer a question asks for, read from its question words. */
export type AnswerKind =
  | "person"
  | "number"
  | "money"
  | "distance"
  | "length"
  | "place"
  | "time"
  | "reason"
  | "quote"
  | "percent"
  | "age";

/** Whether the kind asks for a figure: a count, an amount of money, a distance, a length of time or way, a percentage. */
export function asksForFigure(kind: AnswerKind | null): boolean {
  return (
    kind === "number" ||
    kind === "money" ||
    kind === "distance" ||
    kind === "length" ||
    kind === "percent"
  );
}

/** Whether a figure gives the answer the kind asks for: one `asksForFigure` asks for, or an age. */
export function answeredByFigure(kind: AnswerKind | null): boolean {
  return asksForFigure(kind) || kind === "age";
}

/** Words a "how much" question uses for money: an amount of money in a passage answers them. */
const MONEY_WORDS = new Set(
  "money cost costs pay paid payment payments compensation worth price spend spent funding budget".split(
    " ",
  ),
);

const KINDS: ReadonlyArray<[RegExp, AnswerKind]> = [
  [/\bhow old\b|\bwhat age\b/, "age"],
  [new RegExp(`\\bhow much\\b.*\\b(${[...MONEY_WORDS].join("|")})\\b`), "money"],
  [/\bhow (far|deep)\b|\bdistance\b|\bdepth\b/, "distance"],
  // "how long" asks for a time as often as for a distance: "45 days" or "300 km".
  [/\bhow long(?! ago)\b/, "length"],
  [/\bhow (many|much|big|large|tall|high)\b|\bnumber of\b|\btoll\b/, "number"],
  [/\b(who|whom|whose)\b/, "person"],
  [/\bwhere\b/, "place"],
  [/\bwhen\b|\bwhat (time|date|day|year)\b|\bhow long ago\b/, "time"],
  [/\bwhy\b|\breason\b/, "reason"],
];

/** "what percent", "what % of", "what share of", "by what percentage". */
const PERCENT_ASKED = /\bwhat\s+(?:percent|percentage|share|proportion)\b|\bwhat\s*%/;
const SMALL_NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|\\d+";
/** A percentage or a ratio: "50.48%", "40 percent", "2 per cent", "one in five", "3 out of every 10". */
const PERCENT_AMOUNT = new RegExp(
  `\\d\\s?(?:%|percent\\b|per cent\\b)|\\b(?:${SMALL_NUMBER}) (?:in|out of) (?:every )?(?:${SMALL_NUMBER}|hundred)\\b`,
  "i",
);

/** Words asked for ("what did X say", "how did X react"), not a report of what was said ("which airline said it will …"). */
const ASKS = /\b(what|how)\b/;
const SAYING = /\b(say|said|says|tell|told|react|reacted|respond|responded)\b/;
const WORDS_NOUNS = /\b(comment|comments|statement|quote|quotes)\b/;

/** "what jokes did …": the thing asked for, named before the auxiliary. */
const ASKED_NOUN = /\bwhat\s+([a-z]+)\s+(?:did|does|do|will|would|has|have|had)\b/;
/** "what did the governor promise …": the verb follows the auxiliary and its subject. */
const ASKED_VERB = /\bwhat\s+(?:did|does|do|will|would|has|have|had)\s/g;

/**
 * Where the verb of saying starts in a question asking for words ("say" in "what did Liz Cheney
 * say after …"): the words before it name who speaks. -1 when it has none. Besides the common
 * verbs (`SAYING`), the first word after "what did" whose commonest WordNet sense is one of saying
 * ("promise", "warn", "announce").
 */
export function sayingAt(question: string): number {
  const q = question.toLowerCase();
  const common = q.search(SAYING);
  if (common >= 0) return common;
  ASKED_VERB.lastIndex = 0;
  if (!ASKED_VERB.exec(q)) return -1;
  const words = [...q.slice(ASKED_VERB.lastIndex).matchAll(/[a-z]+/g)];
  // The first word, and a word after a determiner, belong to the subject ("the report").
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as RegExpMatchArray;
    if (
      !DETERMINERS.has((words[i - 1] as RegExpMatchArray)[0]) &&
      isSpeechWord(w[0], "v", IRREGULAR)
    )
      return ASKED_VERB.lastIndex + (w.index ?? 0);
  }
  return -1;
}

const DETERMINERS = new Set("the a an his her their its this that these those".split(" "));

/**
 * With `askedFirst`, the question word must come before the verb of saying: "Netflix says it lost
 * how many subscribers" reports what was said and asks for a count.
 */
function asksForWords(q: string, askedFirst: boolean): boolean {
  const noun = ASKED_NOUN.exec(q)?.[1];
  const asks = q.search(ASKS);
  const saying = asks < 0 ? -1 : sayingAt(q);
  return (
    (saying >= 0 && (!askedFirst || asks < saying)) ||
    WORDS_NOUNS.test(q) ||
    (noun !== undefined && isSpeechWord(noun, "n", IRREGULAR))
  );
}

/** "how much" and an auxiliary: what is measured is not named right after "how much". */
const HOW_MUCH_AUX =
  /\bhow much\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|could|can|should)\s/;

/**
 * Whether a "how much" question asks what changes hands, so for money: a verb of having or handing
 * over (`isPossessionVerb`) after "how much" and its auxiliary ("how much did lvmh pay", "how much
 * did the first edition sell for", "how much is the city paying"). "how much rain did orlando get"
 * names what it measures first, and asks for an amount of rain.
 */
function asksWhatChangesHands(q: string): boolean {
  const opening = HOW_MUCH_AUX.exec(q);
  if (!opening) return false;
  const rest = q.slice(opening.index + opening[0].length);
  return rest.match(/[a-z]+/g)?.some((w) => isPossessionVerb(w, IRREGULAR)) ?? false;
}

/** A question word (not an auxiliary): the first one the question types opens what it asks. */
const FIRST_QUESTION_WORD = /\b(?:who|whom|whose|what|when|where|why|how|which)\b/;

/** The kind of answer `question` asks for; `askedFirst` as in `QueryOptions.askedBeforeSaying`. */
export function answerKind(question: string, askedFirst = true): AnswerKind | null {
  const q = question.toLowerCase();
  // "what did X say when …", "what jokes did X make when …": the opening asks, not the clause;
  // it is the first question word, after any chat before it ("ok so what jokes did …").
  const opensWithWhat = FIRST_QUESTION_WORD.exec(q)?.[0] === "what";
  if (opensWithWhat && asksForWords(q, askedFirst)) return "quote";
  if (PERCENT_ASKED.test(q)) return "percent";
  if (asksWhatChangesHands(q)) return "money";
  for (const [pattern, kind] of KINDS) if (pattern.test(q)) return kind;
  // A question opening with "what" was read for words above already.
  return !opensWithWhat && asksForWords(q, askedFirst) ? "quote" : null;
}

const NUMBER_WORDS = new Set(
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion dozen dozens score scores".split(
    " ",
  ),
);
/** A figure written in digits or in words ("eight million"), found without tokenizing. */
const WRITTEN_FIGURE = new RegExp(`\\d|\\b(?:${[...NUMBER_WORDS].join("|")})\\b`, "i");

/** Whether `text` writes a figure at all: a paragraph a figure question's answer may be in. */
export function writesFigure(text: string): boolean {
  return WRITTEN_FIGURE.test(text);
}

const UNITS = new Set(
  "km kilometers kilometres kilometer kilometre miles mile meters metres meter metre m ft feet foot yards".split(
    " ",
  ),
);
const TIME_UNITS = new Set(
  "seconds second minutes minute hours hour days day weeks week months month years year decades decade".split(
    " ",
  ),
);
const MONTHS_AND_DAYS = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight gmt ago morning evening night week weekend".split(
    " ",
  ),
);
const REASON_WORDS = new Set("because since due reason aimed amid order so after".split(" "));
const PLACE_NOUNS = new Set(
  "airport city town village province region capital border country district base".split(" "),
);
const LOCATIVE = new Set("in at to from near into".split(" "));
const PERSON_TITLES = new Set(
  "mr mrs ms dr president minister spokesman spokeswoman official officials leader chief secretary source prime governor mayor".split(
    " ",
  ),
);

/** `EvidenceWords.flags` bits beyond a token's own (`CAPITALIZED`, `NUMERIC`): it matched one of the question's own words (those cannot be the answer). */
export const MATCHED = 8;
/** It opens its sentence (so its capital says nothing). */
export const SENTENCE_START = 16;
/** It matched the verb a how-many question counts by ("kill" in "how many people did fiona kill"). */
export const COUNTED_BY = 32;
/** It matched a unit of time that frames a how-many question's count ("this year"), not what it counts. */
export const FRAMES = 64;

/**
 * A passage's words as the answer check sees them, in columns: each word folded, and its flags
 * (`CAPITALIZED`, `NUMERIC`, `MATCHED`, `SENTENCE_START`).
 */
export interface EvidenceWords {
  readonly length: number;
  readonly word: readonly string[];
  readonly flags: Uint8Array;
}

/** Whether one of words[from, to) has flag `flag` (by default: matched a question word). */
export function flaggedBetween(
  words: EvidenceWords,
  from: number,
  to: number,
  flag = MATCHED,
): boolean {
  for (let i = from; i < to; i++) if (((words.flags[i] as number) & flag) !== 0) return true;
  return false;
}

/**
 * Whether a passage names something the question does not: a capitalised word that opens no
 * sentence and is none of the question's. A who-question's answer is such a name (a person, a
 * country, a company); a passage naming only the question's own names gives nobody.
 *
 * @example // "Having carried out its last execution in 1993, Ghana was considered …", asked
 * // "who was the last person ghana executed": false ("Having" opens the sentence, Ghana is asked).
 */
export function namesAnother(words: EvidenceWords): boolean {
  for (let i = 0; i < words.length; i++) if (namedAt(words, i)) return true;
  return false;
}

/** Whether words[i] is capitalised, opens no sentence and is none of the question's: maybe a name. */
function namedAt(words: EvidenceWords, i: number): boolean {
  return ((words.flags[i] as number) & (CAPITALIZED | MATCHED | SENTENCE_START)) === CAPITALIZED;
}

/**
 * Whether a passage's words hold a figure other than the question's own and a year: a passage
 * with none cannot give the count a how-many question asks for.
 *
 * @example
 * // For "how many boats sank in 2023": "In 2023, five boats sank." holds one ("five");
 * // "Boats sank in 2023." holds none (a year, and the question's own).
 */
export function holdsFigure(words: EvidenceWords): boolean {
  for (let i = 0; i < words.length; i++) if (isNewFigure(words, i)) return true;
  return false;
}

function isFigure(words: EvidenceWords, i: number): boolean {
  return ((words.flags[i] as number) & NUMERIC) !== 0 || NUMBER_WORDS.has(words.word[i] as string);
}

/** Whether the word at i is a figure, not the question's own ("laid off in 2023") and not a year. */
function isNewFigure(words: EvidenceWords, i: number): boolean {
  return (
    isFigure(words, i) &&
    ((words.flags[i] as number) & MATCHED) === 0 &&
    !isYear(words.word[i] as string)
  );
}

/**
 * Whether the figure at i may be the count a how-many question asks for: not the question's own
 * ("laid off in 2023"), nor a year or an ordinal ("his 61st home run"), which date or rank, nor a
 * span of time the question does not ask in ("five years after Hurricane Maria"), which dates too.
 */
function isCount(words: EvidenceWords, i: number): boolean {
  return (
    isNewFigure(words, i) && !isOrdinal(words.word[i] as string) && !isUnaskedSpan(words, i + 1)
  );
}

/**
 * Whether the word at i is a unit of time the question does not count in: none of its words, or
 * one framing the count ("how many years" asks in years; "how many missiles … this year" does not).
 */
function isUnaskedSpan(words: EvidenceWords, i: number): boolean {
  return (
    i < words.length &&
    TIME_UNITS.has(words.word[i] as string) &&
    ((words.flags[i] as number) & (MATCHED | FRAMES)) !== MATCHED
  );
}

/**
 * Whether the question's word at i is a unit of time framing a how-many question's count ("this
 * year", "a year"): any unit but the one right after "how many" or "how much", which is what it counts.
 */
export function framesCount(
  kind: AnswerKind | null,
  words: readonly { word: string }[],
  i: number,
): boolean {
  return (
    kind === "number" &&
    TIME_UNITS.has(words[i]?.word ?? "") &&
    !/^(many|much)$/.test(words[i - 1]?.word ?? "")
  );
}

const CURRENCY =
  "dollars?|euros?|pounds?|roubles?|rubles?|yuan|yen|rupees?|francs?|lira|tenge|soms?|somoni|manats?|hryvnias?|lari|drams?|usd|eur|gbp";
/** An amount of money: "$3.9bn", "10m tenge", "5 million euros". */
const MONEY_AMOUNT = new RegExp(
  `[$€£¥]\\s?\\d|\\b\\d[\\d.,]*\\s?(m|bn|k|million|billion|thousand)?\\s?(${CURRENCY})\\b`,
  "i",
);

/** Whether `text` states an amount by its sign or unit: a share ("15.7%") or a sum of money ("$78 million"). */
export function statesAmount(text: string): boolean {
  return PERCENT_AMOUNT.test(text) || MONEY_AMOUNT.test(text);
}

/** Words a "how deep / how far / how high" question measures with: a distance answers them. */
const MEASURE_WORDS = new Set("deep depth far distance high height tall".split(" "));

/**
 * A distance: a figure, perhaps with a vulgar fraction, and a unit ("480 metres", "500m",
 * "1,640ft", "1½ miles").
 */
const DISTANCE_AMOUNT = new RegExp(
  `\\b\\d[\\d.,\u00bc-\u00be\u2150-\u215e]*\\s?(?:${[...UNITS].join("|")})\\b`,
  "i",
);

/**
 * Whether the question's `word` is answered by the kind of thing asked for wherever the passage
 * holds one: "money" in "how much money" by "10m tenge", "deep" in "how deep" by "480 metres".
 */
export function answeredByKind(kind: AnswerKind | null, word: string, text: string): boolean {
  if (kind === "money") return MONEY_WORDS.has(word) && MONEY_AMOUNT.test(text);
  if (kind === "distance") return MEASURE_WORDS.has(word) && DISTANCE_AMOUNT.test(text);
  if (kind === "percent") return /^percent(?:age)?$/.test(word) && PERCENT_AMOUNT.test(text);
  return false;
}

/**
 * A person's age stated: "a 41-year-old suspect", "at the age of 72", "aged 13", "He was 39.",
 * "when Lynn was 15", "Petro, 62, had", "people 8 and older".
 */
const AGE_STATED = new RegExp(
  [
    "\\b\\d{1,3}[- ]years?[- ]old\\b",
    "\\b[Aa]ge[sd]?\\s+(?:of\\s+)?\\d{1,3}\\b",
    "\\b(?:was|is|were|are|turned|turns)\\s+(?:just\\s+|only\\s+)?\\d{1,3}\\s*(?:[.;]|,\\s|$|\\s+(?:when|at|and|or|years?\\b))",
    "\\p{Lu}\\p{Ll}+,\\s\\d{1,3},",
    "\\b\\d{1,2}\\s+and\\s+(?:older|over|up)\\b",
  ].join("|"),
  "u",
);

const QUOTE_MARKS = /["\u201c\u201d]/;

/** Whether `text` holds a direct quotation (a quote mark). */
export function holdsQuotation(text: string): boolean {
  return QUOTE_MARKS.test(text);
}

/**
 * Whether more than half of `text`'s characters stand inside quotation marks, paired as
 * `quoteSpans` pairs them: a direct quotation ("“We will rebuild every home,” she said."), not a
 * sentence that quotes a phrase.
 *
 * @example mostlyQuoted('"We will rebuild every home," she said.') // true
 */
export function mostlyQuoted(text: string): boolean {
  let inside = 0;
  for (const { open, end } of quoteSpans(text)) inside += end - open - 1;
  return inside * 2 > text.length;
}

/** Whether `hasAnswer` reads a stretch's text for this kind, not only its words. */
export function readsText(kind: AnswerKind): boolean {
  return kind === "quote" || kind === "money" || kind === "percent" || kind === "age";
}

/**
 * Whether a stretch of text (and its words, `words[from, to)`) holds the kind of thing the
 * question asks for. `text` is read only when `readsText(kind)`.
 */
export function hasAnswer(
  kind: AnswerKind,
  text: string,
  words: EvidenceWords,
  from = 0,
  to = words.length,
): boolean {
  if (kind === "quote") return holdsQuotation(text);
  if (kind === "money") return MONEY_AMOUNT.test(text);
  if (kind === "percent") return PERCENT_AMOUNT.test(text);
  if (kind === "age" && AGE_STATED.test(text)) return true;
  const { word, flags } = words;
  for (let i = from; i < to; i++) {
    const w = word[i] as string;
    const f = flags[i] as number;
    const matched = (f & MATCHED) !== 0;
    const named = namedAt(words, i);
    switch (kind) {
      case "number":
        // A count of something asked about ("13 miners", "killing 13", "toll rose to 13"), not
        // any figure the sentence happens to hold.
        if (isCount(words, i) && flaggedBetween(words, Math.max(from, i - 3), Math.min(to, i + 4)))
          return true;
        break;
      case "distance":
        if (isFigure(words, i) && i + 1 < to && UNITS.has(word[i + 1] as string)) return true;
        if (/^\d[\d.,]*(m|km|ft|mi)$/.test(w)) return true;
        break;
      case "length":
        if (
          isFigure(words, i) &&
          i + 1 < to &&
          (UNITS.has(word[i + 1] as string) || TIME_UNITS.has(word[i + 1] as string))
        )
          return true;
        if (/^\d[\d.,]*(m|km|ft|mi)$/.test(w)) return true;
        break;
      case "age":
        // A thing's age is told by the year it began ("how old is the reservoir": "built in 1978").
        if (!matched && isYear(w)) return true;
        break;
      case "time":
        // "Thursday" in "she announced on Thursday … when did she first become speaker?" is the
        // question's own date, not its answer.
        if (!matched && (MONTHS_AND_DAYS.has(w) || isYear(w))) return true;
        break;
      case "reason":
        if (REASON_WORDS.has(w)) return true;
        break;
      case "place":
        if (PLACE_NOUNS.has(w) && !matched) return true;
        if (named && i > from && LOCATIVE.has(word[i - 1] as string)) return true;
        break;
      case "person":
        if (PERSON_TITLES.has(w) && !matched) return true;
        // A given name and a capitalised word after it: "Thomas Rousseau", not "White House",
        // "Patriot Front" or the "U" of "U-Haul".
        if (
          named &&
          i + 1 < to &&
          ((flags[i + 1] as number) & (CAPITALIZED | MATCHED)) === CAPITALIZED &&
          isGivenName(w)
        )
          return true;
        break;
    }
  }
  return false;
}
