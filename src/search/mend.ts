import { STOPWORDS } from "../text/stopwords.js";
import { IRREGULAR } from "../text/terms.js";
import { lemmasOf, taggedUses } from "../text/wordnet.js";
import { editDistance } from "./vocabulary.js";

/** Function words a misspelling is mended to: the stopwords and the quantity words of "how many / how much". */
const FUNCTION_WORDS = [...STOPWORDS, "many", "much"].filter((w) => w.length >= 3).sort();
const FUNCTION_WORD_SET = new Set(FUNCTION_WORDS);

/** Whether a lower-case word is one of the function words a misspelling is mended to ("what", "the", "many"). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORD_SET.has(word);
}

/** What "how" asks with ("how long", "how old", "how deep"): read in a slip right after it. */
const HOW_WORDS = ["big", "deep", "far", "heavy", "high", "large", "long", "often", "old", "tall"];
const AFTER_HOW = [...FUNCTION_WORDS, ...HOW_WORDS].sort();

/** Whether `word` is one of what "how" asks with ("long", "old", "deep"). */
export function isHowWord(word: string): boolean {
  return HOW_WORDS.includes(word);
}

/** Question words win a tie: they decide the kind of answer asked for ("wich": which, not with). */
const QUESTION_WORDS = new Set([
  "what",
  "which",
  "who",
  "whom",
  "whose",
  "when",
  "where",
  "why",
  "how",
  "many",
  "much",
]);

/**
 * The short verbs of saying, too short for `mendedEnglishWord`: a misspelt one ("what did serena
 * sa after …", "… owners asy about …") would weigh as an unknown name and hide that the question
 * asks for someone's words.
 */
const SAYING_VERBS = ["say", "said", "says", "tell", "told"];

/**
 * The function word, or short verb of saying, a word the corpus lacks misspells, or null: one
 * edit away from four letters ("whta", "mnay", "becuase"), a letter left out or two swapped at
 * three ("teh", "wat", "asy"), a letter left out at two ("wo", "ot", "sa"); and no English word in
 * WordNet itself. A function word wins over a verb of saying.
 */
export function mendedFunctionWord(word: string): string | null {
  const best = slipOf(word, FUNCTION_WORDS) ?? slipOf(word, SAYING_VERBS);
  // WordNet is asked last: most words the corpus lacks are names near no function word.
  return best !== null && !isEnglish(word) ? best : null;
}

/** The word of `targets` that `word` is one edit from (as `mendedFunctionWord` counts edits), whatever else it is. */
function slipOf(word: string, targets: readonly string[]): string | null {
  if (word.length < 2 || STOPWORDS.has(word) || FUNCTION_WORD_SET.has(word)) return null;
  let best: string | null = null;
  for (const f of targets) {
    if (editDistance(word, f, 0, f.length, 1) > 1) continue;
    if (word.length <= 3 && !dropsOrSwaps(word, f)) continue;
    if (best === null || (QUESTION_WORDS.has(f) && !QUESTION_WORDS.has(best))) best = f;
  }
  return best;
}

/**
 * The question read again with a lower-case word one edit from a function word read as it where a
 * question word or its auxiliary stands, though the corpus writes the word or WordNet knows it:
 * opening the question ("hat did …": what) or right after its opening question words ("who des
 * …", "how much dose …": does); right after "how", also from what "how" asks with ("how log …":
 * long, "how dep …": deep), which decides the kind of answer asked for. Null when it has none. A
 * question is searched as typed and as this reading, and the one whose best passage holds more of
 * its question answers: a real "hat" or "dose" is read as typed on a tie (`readsBetter`,
 * `better-reading.ts`).
 */
export function functionWordReading(question: string): string | null {
  let changed = false;
  let frame = true;
  let previous = "";
  const read = question.replace(/[A-Za-z0-9]+/g, (w) => {
    if (!frame) return w;
    const targets = previous === "how" ? AFTER_HOW : FUNCTION_WORDS;
    previous = w.toLowerCase();
    frame = QUESTION_WORDS.has(previous);
    const slip = w === w.toLowerCase() && !/\d/.test(w) ? slipOf(w, targets) : null;
    if (slip === null) return w;
    changed = true;
    return slip;
  });
  return changed ? read : null;
}

/** Longest word whose WordNet entries are mostly symbols and abbreviations ("te", "wy", "ho"). */
const SHORT_WORD = 3;

/**
 * An English word of its own ("otter", "dose", "owns") is no misspelt "other", "does", "own". A
 * word or base of `SHORT_WORD` letters or fewer counts only when WordNet's sense-tagged texts use
 * it: its other entries are symbols and abbreviations nobody types for a word (tellurium "te",
 * "wy"), and so are short bases found by detaching an ending ("th" from "ths", "atf" from "atfer").
 */
export function isEnglish(word: string): boolean {
  return lemmasOf(word, IRREGULAR).some(
    (l) => l.length > SHORT_WORD || taggedUses(l, IRREGULAR) > 0,
  );
}

/** Whether `typed` is `word` with one letter left out or two letters swapped: at three letters a changed letter is too likely another word. */
function dropsOrSwaps(typed: string, word: string): boolean {
  if (word.length === typed.length + 1) return true;
  if (typed.length < 3) return false;
  return word.length === typed.length && [...typed].sort().join("") === [...word].sort().join("");
}

/**
 * `question` with each word the corpus does not write that misspells a function word written as
 * that word: a misspelt "what" or "the" would otherwise weigh as an unknown name and turn an
 * answerable question into "no match", and a misspelt question word would hide the kind of answer
 * asked for. `written` asks for the word as written, not its term: the corpus's "woo" and "tee"
 * share a name key with "wo" and "te", which still misspell "who" and "the".
 */
export function mendFunctionWords(question: string, written: (word: string) => boolean): string {
  // Letters and digits together: the "th" of "74th" is no word.
  return question.replace(/[A-Za-z0-9]+/g, (w, at: number) => {
    const lower = w.toLowerCase();
    if (/\d/.test(w)) return w;
    if (!written(lower)) return mendedFunctionWord(lower) ?? w;
    // Where a question word stands (opening the question, or before "many"/"much"), a misspelt
    // one is read as it even when the corpus writes that spelling: "hw many" is "how many",
    // though the corpus has "hw" (George H.W. Bush). Capitalised, it is a name ("Ho Chi Minh").
    const opening = !/[A-Za-z0-9]/.test(question.slice(0, at));
    const quantity = /^\W+(many|much)\b/i.test(question.slice(at + w.length));
    const mended = (opening || quantity) && w === lower ? mendedFunctionWord(lower) : null;
    return mended !== null && QUESTION_WORDS.has(mended) ? mended : w;
  });
}

/** The letters a slip may type. */
export const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Every word one edit from `word`: a letter left out, added, changed, or two swapped. */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    for (const c of LETTERS) {
      out.add(head + c + tail);
      if (tail) out.add(head + c + tail.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/**
 * The English word a word misspells when neither the corpus nor a correction into it knows it:
 * of the words one edit away that WordNet's sense-tagged corpora use, the most used
 * ("retireeent": retirement, "decaration": declaration, "caosed": caused), the first letter
 * included ("omplain": complain), which corrections into the corpus keep. Null for a word WordNet
 * knows itself, shorter than `minLength`, or with no such neighbour (most names).
 */
export function mendedEnglishWord(word: string, minLength: number): string | null {
  if (word.length < minLength || !/^[a-z]+$/.test(word) || isEnglish(word)) return null;
  let best: string | null = null;
  let most = 0;
  for (const candidate of [...oneEditAway(word)].sort()) {
    const uses = taggedUses(candidate, IRREGULAR);
    if (uses > most) {
      best = candidate;
      most = uses;
    }
  }
  return best;
}
