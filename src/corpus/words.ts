/** Word-level vocabulary and tokenizing shared by person and quote detection. */

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

const WORD = /[\p{L}\p{N}]+(?:['\u2019\-.][\p{L}\p{N}]+)*(?:['\u2019](?=[\s,.;:!?)\]]|$))?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const possessive = /['\u2019]s?$/i.test(raw) && !/^\p{Lu}['\u2019]/u.test(raw);
    const base = possessive ? raw.replace(/['\u2019]s?$/i, "") : raw;
    const first = raw[0] ?? "";
    tokens.push({
      text: raw,
      lower: base.toLowerCase(),
      start: m.index,
      end: m.index + raw.length,
      index: tokens.length,
      capital: first !== first.toLowerCase(),
      possessive,
    });
  }
  return tokens;
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

export const HONORIFICS = set("mr mrs ms miss dr sir prof professor lord lady dame rev mme madam mister");

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
  asked speaking writing`);

export const PRONOUNS = set("he she him her they them it i we");
