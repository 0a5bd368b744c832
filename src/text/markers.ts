/**
 * Words that tell one event of a series from another: a year ("2021"), an ordinal ("61st") or a
 * roman numeral ("Super Bowl LVII", "World War II"). Questions about another edition of an event
 * share every other word with the articles about this one.
 */

/** A roman numeral of two letters or more written with I, V, X and L (up to 89: editions, monarchs, wars). */
const ROMAN = /^(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

/** Whether a lower-case word is a roman numeral of two letters or more ("ii", "lvii"). */
export function isRomanNumeral(word: string): boolean {
  return word.length >= 2 && ROMAN.test(word);
}

const YEAR = /^(1[89]|20)\d\d$/;
const ORDINAL = /^\d+(st|nd|rd|th)$/;

/** Whether a word is a year from 1800 to 2099. */
export function isYear(word: string): boolean {
  return YEAR.test(word);
}

/** Whether a word is an ordinal in figures ("61st", "74th"). */
export function isOrdinal(word: string): boolean {
  return ORDINAL.test(word);
}

/** Whether a lower-case word names which edition or year: a year, an ordinal in figures, a roman numeral. */
export function isEditionMarker(word: string): boolean {
  return YEAR.test(word) || ORDINAL.test(word) || isRomanNumeral(word);
}
