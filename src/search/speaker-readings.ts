import { nameKey, phraseKey } from "../text/names.js";
import { trimEndChars } from "../text/trim.js";

/**
 * The name in a speaker string: the capitalised words after the last title word ("Kazakh
 * Foreign Minister Kanat Saudabayev" -> Kanat Saudabayev), else all its capitalised words.
 */
export function nameWords(speaker: string): string[] {
  const words = speaker.split(/\s+/).map((w) => trimEndChars(w, ",.;:"));
  const isTitle = (w: string) => TITLES.has(w.toLowerCase());
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (isTitle(w)) lastTitle = i;
  });
  // "Putin's press service" is not Putin.
  const isName = (w: string) => /^\p{Lu}/u.test(w) && !isTitle(w) && !/['\u2019]s$/.test(w);
  // Words joining a name inside it stay: "Centers for Disease Control and Prevention".
  const capitalized = (ws: string[]) => {
    const first = ws.findIndex(isName);
    const last = ws.findLastIndex(isName);
    return ws.slice(first, last + 1).filter((w) => isName(w) || NAME_JOINS.has(w));
  };
  const after = capitalized(words.slice(lastTitle + 1));
  return after.length > 0 ? after : capitalized(words);
}

const NAME_JOINS = new Set(["of", "for", "and", "&"]);

/** An acronym in brackets at the end of an organisation's name. */
const ACRONYM = /\(([A-Z][A-Z0-9&]{1,9})\)$/;

const TITLES = new Set(
  "mr mrs ms dr prof president prime minister secretary spokesman spokeswoman spokesperson governor mayor ambassador official chief head deputy chairman chairwoman general commander director leader minister's".split(
    " ",
  ),
);

/** What a speaker string says of who speaks; strings repeat, so each is read once. */
export interface Reading {
  speaker: string;
  words: string[];
  acronym: string | null;
  /** The key of the person: nameKey of a one-word name, else phraseKey of the name. */
  key: string;
  /** phraseKey of the name, under which a spelling is looked up. */
  spellingKey: string;
  /** nameKey of the acronym, or "". */
  acronymKey: string;
  /**
   * Every key under which the directory looks this string's person up or files it ("p" person
   * keys, "s" surname and acronym owners): strings sharing none are never merged, so a change
   * makes again only the people of the strings linked to the ones it touched.
   */
  links: string[];
}

const readings = new Map<string, Reading>();
/** Strings kept read before the cache starts afresh, so a long-running process stays bounded. */
const READINGS_KEPT = 200_000;

export function reading(raw: string): Reading {
  let known = readings.get(raw);
  if (!known) {
    const acronym = ACRONYM.exec(raw.trimEnd());
    const words = nameWords(acronym ? raw.slice(0, acronym.index).trimEnd() : raw);
    const speaker = words.length > 0 ? words.join(" ") : raw.trim();
    const spellingKey = phraseKey(speaker);
    const key = words.length === 1 ? nameKey(words[0] as string) : spellingKey;
    const acronymKey = acronym ? nameKey(acronym[1] as string) : "";
    const links = [`p${key}`, `s${words.length === 1 ? key : surname(key)}`];
    if (acronym) links.push(`p${spellingKey}`, `s${acronymKey}`);
    known = {
      speaker,
      words,
      acronym: acronym ? (acronym[1] as string) : null,
      key,
      spellingKey,
      acronymKey,
      links,
    };
    if (readings.size >= READINGS_KEPT) readings.clear();
    readings.set(raw, known);
  }
  return known;
}

/** The last word of a person's key, under which a lone surname finds them. */
export function surname(key: string): string {
  return key.split(" ").pop() as string;
}

const spellingKeys = new Map<string, string>();

/** phraseKey of a spelling, kept: every directory files every spelling under it. */
export function spellingKey(spelling: string): string {
  let key = spellingKeys.get(spelling);
  if (key === undefined) {
    key = phraseKey(spelling);
    if (spellingKeys.size >= READINGS_KEPT) spellingKeys.clear();
    spellingKeys.set(spelling, key);
  }
  return key;
}
