import fc from "fast-check";

/** Texts of up to `maxLength` words drawn from `words`, each followed by one of `gaps`. */
export function wordTexts(
  words: fc.Arbitrary<string>,
  gaps: fc.Arbitrary<string>,
  maxLength: number,
): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(words, gaps), { maxLength })
    .map((parts) => parts.map(([w, g]) => w + g).join(""));
}
