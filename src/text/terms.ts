import { stemmer } from "stemmer";
import { nameKey } from "./names.js";
import { americanize } from "./spelling.js";
import { isStopword } from "./stopwords.js";

/** Irregular forms of common verbs, to their base form, so "said" meets "say" and "fled" "flee". */
export const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    "said:say says:say told:tell spoke:speak spoken:speak fled:flee left:leave went:go gone:go " +
    "came:come took:take taken:take gave:give given:give held:hold met:meet began:begin begun:begin " +
    "fell:fall fallen:fall rose:rise risen:rise won:win lost:lose fought:fight brought:bring " +
    "sought:seek caught:catch thought:think knew:know known:know saw:see seen:see made:make " +
    "shot:shoot struck:strike led:lead sent:send built:build ran:run wrote:write written:write " +
    "chose:choose chosen:choose drove:drive driven:drive flew:fly flown:fly hid:hide hidden:hide " +
    "stole:steal stolen:steal broke:break broken:break paid:pay sold:sell bought:buy kept:keep " +
    "found:find heard:hear stood:stand understood:understand won:win withdrew:withdraw " +
    "withdrawn:withdraw forbade:forbid forbidden:forbid swore:swear sworn:swear dealt:deal " +
    "meant:mean felt:feel slept:sleep hung:hang ate:eat eaten:eat died:die dying:die"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/**
 * The index term of a folded word: American spelling, Porter stem, then the transliteration key,
 * so "defence"/"defense", "resigned"/"resignation" and "Bakiyev's"/"Bakiev" each meet.
 * Figures stay as written. Returns "" for stopwords.
 */
export function termOf(word: string): string {
  if (word === "" || isStopword(word)) return "";
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return word;
  return nameKey(stemmer(americanize(IRREGULAR.get(word) ?? word)));
}

/** `termOf` with a cache: a corpus has far fewer distinct words than words. */
export class TermCache {
  private readonly cache = new Map<string, string>();

  /** @param limit entries kept before the cache starts afresh, so a long-running process stays bounded. */
  constructor(private readonly limit = 1_000_000) {}

  term(word: string): string {
    let t = this.cache.get(word);
    if (t === undefined) {
      t = termOf(word);
      if (this.cache.size >= this.limit) this.cache.clear();
      this.cache.set(word, t);
    }
    return t;
  }
}
