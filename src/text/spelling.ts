/**
 * British and American spellings to one form (defence/defense, stabilisation/stabilization,
 * honour/honor, centre/center), so outlets from both sides of the Atlantic meet. Applied to a
 * folded lower-case word before stemming. Short words are left alone: "four", "rise", "more".
 */
export function americanize(word: string): string {
  if (word.length < 5) return word;
  return word
    .replace(/([^aeiou])our(s|ed|ing|able|ably)?$/, "$1or$2")
    .replace(/([aeiou][^aeiou]+)is(e|es|ed|ing|ation|ations)$/, "$1iz$2")
    .replace(/(en)ce(s)?$/, "$1se$2")
    .replace(/([^aeiou])tre(s)?$/, "$1ter$2");
}
