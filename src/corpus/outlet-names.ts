/**
 * Outlet names compared with each other and with web addresses, by one general rule instead of
 * per-site lists: case, accents, punctuation, a leading "The" and the top-level domain do not count,
 * and a domain label may shorten the name's words to their first letters ("nytimes" for
 * "The New York Times", "wsj" for "Wall Street Journal").
 */

/** Words a domain may leave out of the name ("guardian" for "The Guardian"). */
const SKIPPABLE = new Set(["the", "of", "and"]);

/** The name's words in lower case without accents or punctuation ("USA TODAY" -> ["usa", "today"]). */
function nameWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** A domain given as a name ("usatoday.com", "www.bbc.co.uk") -> its labels without TLD, else null. */
function domainLabels(name: string): string[] | null {
  const m = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/i.exec(name.trim());
  return m?.[1] ? siteLabels(m[1]) : null;
}

/** The labels of a host that can name a site: without "www", "m", "amp" and the top-level domain. */
function siteLabels(host: string): string[] {
  const labels = host.toLowerCase().split(".");
  labels.pop();
  // Second-level registries ("co.uk", "com.au") name no site either.
  if (labels.length > 1 && /^(?:co|com|net|org|gov|ac|edu)$/.test(labels[labels.length - 1] ?? ""))
    labels.pop();
  return labels.filter((l) => !/^(?:www\d?|m|amp|mobile)$/.test(l));
}

/** The key two names of one outlet share ("USA TODAY", "USA Today", "usatoday.com" -> "usatoday"). */
export function outletKey(name: string): string {
  const labels = domainLabels(name);
  if (labels) return labels[labels.length - 1] ?? "";
  const words = nameWords(name);
  return (words[0] === "the" && words.length > 1 ? words.slice(1) : words).join("");
}

/** Last words of a name its address may leave out ("bbc": BBC News); more is a headline's. */
const MAX_LEFT_OUT = 2;

/** A domain label this short spells too many names by initials. */
const MIN_SPELLING = 3;

/**
 * Whether `label` spells the words in order, each by a prefix of it ("nytimes": New York Times);
 * "the", "of", "and" may be left out, and so may the last words ("bbc": BBC News).
 */
function spells(label: string, words: readonly string[], spelled = 0): boolean {
  if (label === "")
    return (
      (spelled >= MIN_SPELLING && words.length <= MAX_LEFT_OUT) ||
      words.every((w) => SKIPPABLE.has(w))
    );
  const [word, ...rest] = words;
  if (word === undefined) return false;
  if (SKIPPABLE.has(word) && spells(label, rest, spelled)) return true;
  for (let n = Math.min(word.length, label.length); n >= 1; n--) {
    if (label.startsWith(word.slice(0, n)) && spells(label.slice(n), rest, spelled + n))
      return true;
  }
  return false;
}

/** Whether `label` opens with the whole name written out ("smithsonianmag": Smithsonian). */
function opensWith(label: string, words: readonly string[]): boolean {
  const written = (words[0] === "the" ? words.slice(1) : words).join("");
  return written.length >= MIN_OPENING && label.startsWith(written);
}

/** Letters of a name a domain label must open with to count as naming it. */
const MIN_OPENING = 4;

/** Whether `name` is the name of the site at `host` ("USA TODAY" and eu.usatoday.com). */
export function namesSite(name: string, host: string): boolean {
  return spelledByLabels(name, siteLabels(host));
}

/** Whether the site's own domain spells `name`, not only a sub-domain ("Hosted" on hosted.ap.org). */
export function namesDomain(name: string, host: string): boolean {
  return spelledByLabels(name, siteLabels(host).slice(-1));
}

function spelledByLabels(name: string, labels: string[]): boolean {
  const words = nameWords(name);
  const key = outletKey(name);
  if (key.length < 2 || words.length > 8) return false;
  return labels
    .map((label) => label.replace(/-/g, ""))
    .some((label) => label === key || spells(label, words) || opensWith(label, words));
}

/**
 * Whether a name reads as a masthead rather than a slogan: no lower-case word of four letters or
 * more ("Kabar tentang Dunia Islam", "Expert how-to for English Riders" are slogans).
 */
export function looksLikeName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length <= 6 && !words.slice(1).some((w) => /^\p{Ll}[\p{L}-]{3,}$/u.test(w));
}

/** Whether two names are the same outlet ("usatoday.com", "USA Today", "USA TODAY"). */
export function sameOutlet(a: string, b: string): boolean {
  const labels = domainLabels(a) ?? domainLabels(b);
  if (labels) {
    const [name, host] = domainLabels(a) ? [b, a] : [a, b];
    return outletKey(a) === outletKey(b) || namesSite(name, host.replace(/^https?:\/\//, ""));
  }
  return outletKey(a) === outletKey(b);
}

/** All-capital words of five letters or more are set in title case ("USA TODAY" -> "USA Today"). */
export function tidyCaps(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}{5,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}
