/**
 * One typing slip in one word, in the proportions published studies of typing and spelling errors
 * report, for measuring how misspelt questions fare (`--perturb typo`).
 *
 * - One edit a word: Damerau (1964, CACM 7(3)) found over 80 % of misspellings to be one letter
 *   left out, added or changed, or two swapped; Pollock & Zamora (1983, JASIS 34(1), 50,000
 *   misspellings) 90–95 %.
 * - Which edit (`SLIPS`): Pollock & Zamora found omission the commonest kind and transposition the
 *   rarest of the four, and inadvertent doubling of a letter the main cause of insertions; the shares
 *   below keep that order (their exact values are ours: the surveys give the order, not one table).
 * - Which letter: every keystroke of a content word is as likely to slip (Pollock & Zamora: the more
 *   often a letter is typed, the more often it is in an error), so longer words are misspelt more
 *   often but words of three letters are too; rarely the first letter (Yannakoudakis & Fawthrop 1983,
 *   "few errors are made in the first character", share `FIRST_LETTER_ONE_IN`, ours).
 * - What is typed: a changed or added letter is a neighbouring key on a QWERTY keyboard (Salthouse
 *   1986, Psychological Bulletin 99(3): substitution and intrusion errors involve adjacent keys), or
 *   for a vowel half of the time another vowel (Yannakoudakis & Fawthrop: many errors are in vowels);
 *   a doubled letter is often typed once and a single one twice (both: doubling and singling are
 *   common); a word's apostrophe is left out in half of its omissions ("rihannas"), as chat typing
 *   does (no published count: our share).
 */

/** A repeatable choice below `n` for the choice numbered `salt` (see `picker`, perturb.ts). */
export type Pick = (n: number, salt: number) => number;

/** The four kinds of one edit (Damerau), in hundredths: omission commonest, transposition rarest. */
const SLIPS = [
  { kind: "omission", share: 35 },
  { kind: "insertion", share: 25 },
  { kind: "substitution", share: 25 },
  { kind: "transposition", share: 15 },
] as const;

/** One slip in this many hits the first letter (Yannakoudakis & Fawthrop: "few"). */
const FIRST_LETTER_ONE_IN = 20;

/** Shortest word (in letters) given a slip: "pm" or "us" misspelt is another word, not a typo of it. */
const MIN_SLIP_LETTERS = 3;

const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const VOWELS = "aeiou";

/** Keys next to `letter` on a QWERTY keyboard: beside it, and the two above and below it (rows staggered). */
export function keyNeighbours(letter: string): string {
  const lower = letter.toLowerCase();
  const r = ROWS.findIndex((row) => row.includes(lower));
  if (r < 0) return "";
  const c = (ROWS[r] as string).indexOf(lower);
  const at = (row: number, col: number) => ROWS[row]?.charAt(col) ?? "";
  return (
    at(r, c - 1) + at(r, c + 1) + at(r - 1, c) + at(r - 1, c + 1) + at(r + 1, c - 1) + at(r + 1, c)
  );
}

/** A word that may be given a slip: letters, and apostrophes inside ("rihanna's"). */
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/**
 * `question` with one slip in one of its words that `eligible` accepts (of `MIN_SLIP_LETTERS`
 * letters or more), every choice made with `pick`, so a seed gives the same slip every time.
 * Null when no word is eligible.
 */
export function slipTyped(
  question: string,
  pick: Pick,
  eligible: (word: string) => boolean,
): string | null {
  const words = [...question.matchAll(WORD)].filter(
    (m) => letters(m[0]).length >= MIN_SLIP_LETTERS && eligible(m[0]),
  );
  const keystrokes = words.reduce((n, m) => n + letters(m[0]).length, 0);
  if (keystrokes === 0) return null;
  // Every letter typed equally likely to slip: a word's chance grows with its length.
  const chosen = words[
    slotOf(
      words.map((m) => letters(m[0]).length),
      pick(keystrokes, 1),
    )
  ] as RegExpMatchArray;
  const start = chosen.index ?? 0;
  const typed = slipIn(chosen[0], pick);
  return question.slice(0, start) + typed + question.slice(start + chosen[0].length);
}

/** The index whose span of `sizes`, laid end to end, holds `roll`. */
function slotOf(sizes: readonly number[], roll: number): number {
  let end = 0;
  for (const [i, size] of sizes.entries()) {
    end += size;
    if (roll < end) return i;
  }
  return sizes.length - 1;
}

function letters(word: string): string {
  return word.replace(/['’]/g, "");
}

/** `word` with one slip. */
function slipIn(word: string, pick: Pick): string {
  const at = letterAt(word, pick);
  const slip = (
    SLIPS[
      slotOf(
        SLIPS.map((s) => s.share),
        pick(100, 3),
      )
    ] as (typeof SLIPS)[number]
  ).kind;
  const c = word.charAt(at);
  const neighbour = () => {
    const keys = keyNeighbours(c);
    return sameCase(keys.charAt(pick(keys.length, 5)), c);
  };
  if (slip === "insertion")
    // Doubling first (Pollock & Zamora), else a neighbouring key struck with it.
    return word.slice(0, at + 1) + (pick(2, 4) === 0 ? c : neighbour()) + word.slice(at + 1);
  if (slip === "substitution") {
    const vowel = VOWELS.includes(c.toLowerCase()) && pick(2, 4) === 0;
    const other = vowel ? otherVowel(c, pick) : neighbour();
    return word.slice(0, at) + other + word.slice(at + 1);
  }
  if (slip === "transposition") {
    // With the next letter, or at the word's end with the one before (never the first letter).
    const first = /[A-Za-z]/.test(word.charAt(at + 1)) ? at : at - 1;
    const [a, b] = [word.charAt(first), word.charAt(first + 1)];
    if ((first === at || first >= 1) && /[A-Za-z]/.test(a) && a.toLowerCase() !== b.toLowerCase())
      return word.slice(0, first) + b + a + word.slice(first + 2);
  }
  return omitted(word, at, pick);
}

/** Where the slip falls: a letter of `word`, the first only one time in `FIRST_LETTER_ONE_IN`. */
function letterAt(word: string, pick: Pick): number {
  const positions = [...word].flatMap((ch, i) => (/[A-Za-z]/.test(ch) ? [i] : []));
  if (pick(FIRST_LETTER_ONE_IN, 2) === 0) return positions[0] as number;
  return positions[1 + pick(positions.length - 1, 6)] as number;
}

/** `word` with a character left out: its apostrophe half of the time, one of a doubled letter half of the time, else the letter at `at`. */
function omitted(word: string, at: number, pick: Pick): string {
  const apostrophe = word.search(/['’]/);
  if (apostrophe >= 0 && pick(2, 7) === 0)
    return word.slice(0, apostrophe) + word.slice(apostrophe + 1);
  const doubled = word.slice(1).search(/([a-z])\1/i) + 1;
  const drop = doubled > 0 && pick(2, 8) === 0 ? doubled : at;
  return word.slice(0, drop) + word.slice(drop + 1);
}

function otherVowel(c: string, pick: Pick): string {
  const others = VOWELS.replace(c.toLowerCase(), "");
  return sameCase(others.charAt(pick(others.length, 5)), c);
}

function sameCase(letter: string, as: string): string {
  return as === as.toUpperCase() ? letter.toUpperCase() : letter;
}
