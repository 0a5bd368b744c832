/** Word-level vocabulary and tokenizing shared by person and quote detection. */
import { WordShapes } from "../text/word-shapes.js";
import { DOT, isSpaceCode, isUpperCode, isWordCode } from "./chars.js";

export interface Token {
  /** The word as written, possessive "'s" included. */
  text: string;
  /** Lower case, without a possessive "'s". */
  lower: string;
  start: number;
  end: number;
  /** Position in the token list. */
  index: number;
  capital: boolean;
  possessive: boolean;
}

const APOSTROPHE = 39;
const RIGHT_SINGLE = 0x2019;
const HYPHEN = 45;

/** After a trailing apostrophe ("protesters'"), what may follow for it to be a possessive. */
function endsWord(code: number): boolean {
  return isSpaceCode(code) || ",.;:!?)]".includes(String.fromCharCode(code));
}

/**
 * A fixed set of words that can be asked about a piece of a text without cutting it out: the
 * tokenizer meets a million lower-case words per 10 MB, and slicing and hashing each one costs
 * more than the whole scan.
 */
export class WordSet {
  private readonly words: Set<string>;
  /** Open-addressed table of hash -> index + 1 into `list`; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly list: string[];
  /** Most words asked about are not in the set: their length and first letter tell at once. */
  private readonly shapes: WordShapes;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.list = [...this.words];
    this.slots = new Int32Array(tableSize(this.list.length));
    this.shapes = new WordShapes(this.list);
    const mask = this.slots.length - 1;
    this.list.forEach((w, i) => {
      let slot = hashRange(w, 0, w.length) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = i + 1;
    });
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /**
   * Whether `text.slice(start, end)` is in the set (exactly, case included), without making the
   * slice. `hash` is the range's hash when the caller made it while reading the range
   * (`hashRange(text, start, end)`), or -1 to have it made here.
   */
  hasHashed(text: string, start: number, end: number, hash: number): boolean {
    if (!this.shapes.mayHold(text, start, end)) return false;
    const mask = this.slots.length - 1;
    const h = hash === -1 ? hashRange(text, start, end) : hash;
    for (let slot = h & mask; this.slots[slot] !== 0; ) {
      const word = this.list[(this.slots[slot] as number) - 1] as string;
      if (word.length === end - start && text.startsWith(word, start)) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /** A `(word) => boolean` test that `tokenize` recognises and runs without slicing. */
  test(): (word: string) => boolean {
    const test = (word: string) => this.words.has(word);
    WORD_SET_TESTS.set(test, this);
    return test;
  }
}

const WORD_SET_TESTS = new WeakMap<(word: string) => boolean, WordSet>();

function tableSize(count: number): number {
  let size = 16;
  while (size < count * 4) size *= 2;
  return size;
}

/** FNV-1a over a range of UTF-16 codes: HASH_SEED, then `hashStep` per code, then `>>> 0`. */
function hashRange(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h >>> 0;
}

const HASH_SEED = 2166136261;

function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}

/**
 * Words: letters and digits, joined by inner apostrophes, hyphens and dots ("Kyrgyzstan's",
 * "Jalal-Abad", "U.S"), with a trailing possessive apostrophe ("protesters'"). One linear scan,
 * which stops once it has `limit` words: the first words of a text are the same either way.
 */
export function tokenize(
  text: string,
  keepLower?: (word: string) => boolean,
  limit = Number.POSITIVE_INFINITY,
): Token[] {
  const keepSet = keepLower && WORD_SET_TESTS.get(keepLower);
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && tokens.length < limit) {
    // Between words, in a loop of its own: a word's tests are not paid per space or mark.
    let first = text.charCodeAt(i);
    while (!isWordStart(first)) {
      if (++i >= n) return tokens;
      first = text.charCodeAt(i);
    }
    const start = i;
    // A lower-case word asked of a word set is hashed as it is read, not read again.
    const hashing = keepSet !== undefined && !isUpperCode(first);
    let h = hashing ? hashStep(HASH_SEED, first) : 0;
    i++;
    // Reads never go past the end: an out-of-range charCodeAt deoptimizes the whole loop.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (
        (c >= 97 && c <= 122) ||
        (c >= 65 && c <= 90) ||
        (c >= 48 && c <= 57) ||
        (c >= 128 && isWordCode(c))
      ) {
        if (hashing) h = hashStep(h, c);
        i++;
      } else if (
        (c === APOSTROPHE || c === RIGHT_SINGLE || c === HYPHEN || c === DOT) &&
        i + 1 < n &&
        isWordCode(text.charCodeAt(i + 1))
      ) {
        if (hashing) h = hashStep(hashStep(h, c), text.charCodeAt(i + 1));
        i += 2;
      } else break;
    }
    const next = i < n ? text.charCodeAt(i) : -1;
    if (
      (next === APOSTROPHE || next === RIGHT_SINGLE) &&
      (i + 1 >= n || endsWord(text.charCodeAt(i + 1)))
    ) {
      if (hashing) h = hashStep(h, next);
      i++;
    }
    // With `keepLower`, lower-case words are kept only when it wants them (names need capitals).
    if (keepLower !== undefined && !isUpperCode(first)) {
      const keep = keepSet
        ? keepSet.hasHashed(text, start, i, h >>> 0)
        : keepLower(text.slice(start, i));
      if (!keep) continue;
    }
    const raw = text.slice(start, i);
    const last = raw.charCodeAt(raw.length - 1);
    const beforeLast = raw.length > 1 ? raw.charCodeAt(raw.length - 2) : -1;
    // "Bakiyev's" and "protesters'" are possessive; "O'Neil" is not.
    let cut = 0;
    if (last === APOSTROPHE || last === RIGHT_SINGLE) cut = 1;
    else if (
      (last === 115 || last === 83) &&
      (beforeLast === APOSTROPHE || beforeLast === RIGHT_SINGLE) &&
      raw.length > 2
    )
      cut = 2;
    const capital = isUpperCode(first);
    tokens.push({
      text: raw,
      lower: (cut > 0 ? raw.slice(0, raw.length - cut) : raw).toLowerCase(),
      start,
      end: i,
      index: tokens.length,
      capital,
      possessive: cut > 0,
    });
  }
  return tokens;
}

/** A letter or digit: ASCII inline, as this test sees every character of the corpus. */
function isWordStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    (code >= 128 && isWordCode(code))
  );
}

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter((w) => w !== ""));
}

/** Verbs that introduce or close a direct quote. */
export const SPEECH_VERBS = set(`
  said says say told tells added adds stated announced declared explained noted insisted warned
  claimed confirmed asked replied responded wrote writes tweeted posted recalled continued argued
  stressed emphasised emphasized urged admitted acknowledged complained commented quipped observed
  remarked reiterated conceded predicted promised vowed suggested cautioned concluded saying
  reported reports insists warns explains notes adds`);

export const HONORIFICS = set(
  "mr mrs ms miss dr sir prof professor lord lady dame rev mme madam mister",
);

/** Head nouns of titles and roles ("Foreign Minister", "a spokesman", "the source"). */
export const ROLE_WORDS = set(`
  president minister premier secretary spokesman spokeswoman spokesperson chief head leader
  ambassador envoy governor mayor general director chairman chairwoman chairperson chair commander
  senator congressman congresswoman representative chancellor king queen prince princess emperor
  judge prosecutor lawyer attorney adviser advisor aide analyst professor colonel captain lieutenant
  sergeant major officer official officials staff speaker coordinator commissioner ombudsman mp
  lawmaker deputy ceo executive founder manager editor correspondent reporter press-secretary
  secretary-general mufti patriarch pope bishop imam activist candidate witness resident source
  sources expert economist researcher police inspector marshal admiral councillor councilor member
  brother sister son daughter wife husband father mother owner boss coach vice-president
  vice-premier chairman-in-office chairperson-in-office representative negotiator mediator
  diplomat observer monitor`);

/** Abbreviated titles written before a name ("Gov. Tate Reeves"), with the role word each stands for. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["gov", "governor"],
  ["sen", "senator"],
  ["rep", "representative"],
  ["gen", "general"],
  ["col", "colonel"],
  ["lt", "lieutenant"],
  ["capt", "captain"],
  ["sgt", "sergeant"],
  ["cmdr", "commander"],
  ["adm", "admiral"],
  ["supt", "superintendent"],
  ["atty", "attorney"],
]);
for (const abbreviation of TITLE_ABBREVIATIONS.keys()) ROLE_WORDS.add(abbreviation);

/** Words a role may carry before its head noun ("the ousted President", "former defence minister"). */
export const ROLE_MODIFIERS = set(`
  former ousted deposed interim acting then late incoming outgoing new current self-proclaimed
  exiled embattled veteran senior top deputy vice opposition foreign defence defense prime interior
  finance economy justice health education energy regional local provisional transitional
  caretaker first chief general assistant state presidential government ministry`);

/** Words that mark a capitalised run as an organisation, place or date rather than a person. */
export const NON_PERSON_WORDS = set(`
  government ministry council states union republic nations organisation organization agency news
  service party court bank revolution office house street province region city airport base media
  press times post kingdom assembly parliament committee commission army forces police embassy
  university institute fund group company corporation inc ltd club department foundation
  association federation international centre center hospital school airlines air television radio
  tv network online daily journal herald reuters bbc cnn ria novosti interfax tass afp ap osce un
  eu nato security chairmanship asia europe america africa east west north south central northern
  southern eastern western monday tuesday wednesday thursday friday saturday sunday january
  february march april may june july august september october november december day week year
  square park river lake mountains valley district oblast village town island sea ocean gulf bay
  road avenue internet website twitter facebook telegram youtube instagram world cup games
  olympics summit conference ministry's white kremlin pentagon congress senate duma`);

/** Capitalised words that open sentences and are never part of a name. */
export const FUNCTION_WORDS = set(`
  the a an but and or in on at as amid after before earlier meanwhile however when while hours
  yesterday today tomorrow it this that these those there his her their its for with from by if
  since during under over according some many both we he she they i what why how who where our
  my your one another each every no not nor so yet also then later still even just only once
  asked speaking writing though although because whereas unless until`);

export const PRONOUNS = set("he she him her they them it i we");

/** How long a piece of one paragraph is tokenized at once (huge pasted paragraphs stay linear). */
const CHUNK = 4000;

/** Tokenizes a paragraph in pieces cut at spaces, with offsets into the whole paragraph. */
export function tokenizeLong(text: string, keepLower: (word: string) => boolean): Token[] {
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
