/**
 * Noun phrases that describe someone: "the [modifiers] HEAD [complement]". What the head noun
 * names (a person, an organisation, a document) comes from WordNet (see docs/speakers.md).
 */
import { nounKinds } from "../text/noun-kinds.js";
import { ROLE_WORDS, type Token, tokenize } from "./words.js";

/** Determiners that make a mention refer back ("the governor", "its statement"). */
export const DEFINITE = new Set(["the", "his", "her", "its", "their", "this", "that"]);
export const INDEFINITE = new Set(["a", "an"]);

/** Words after the head noun that start its complement ("the Duchess of York", "the head of X"). */
const COMPLEMENT = new Set(
  "of for at in from with on to by as about beside behind near since after during under over against between among who whose which that".split(
    " ",
  ),
);

/** What a definite noun phrase refers to, by its head noun. */
export interface Mention {
  kind: "person" | "organisation" | "document";
  /** Lower-case head noun ("governor", "agency", "statement"). */
  head: string;
  /** Lower-case words before the head ("illinois", "former", "news"). */
  modifiers: string[];
  /** Those of them written with a capital ("illinois"): places, parties, nationalities. */
  proper: string[];
  /** Capitalised words of the complement ("york" in "the Duchess of York"): they must fit. */
  of: string[];
  /** Whether the head is written with a capital ("the Illinois Republican"). */
  capital: boolean;
  /** The phrase without its determiner, kept as the speaker's description ("midfielder"). */
  description: string;
  /** "the city of Louisville's website": the possessive owner's words, when there is one. */
  owner: string | null;
}

/** Reads "the [modifiers] HEAD [complement]"; null when it is not a definite noun phrase. */
export function readMention(
  phrase: string,
  tokens: readonly Token[] = tokenize(phrase),
): Mention | null {
  return readNounPhrase(phrase, tokens, DEFINITE);
}

/** Whether "a long-time strategist who …", "the other Republican beside Cheney" describes a person. */
export function describesPerson(phrase: string): boolean {
  const first = tokenize(phrase.slice(0, 12))[0]?.lower ?? "";
  const determiners = INDEFINITE.has(first) ? INDEFINITE : DEFINITE;
  return readNounPhrase(phrase, tokenize(phrase), determiners)?.kind === "person";
}

function readNounPhrase(
  phrase: string,
  tokens: readonly Token[],
  determiners: ReadonlySet<string>,
): Mention | null {
  const first = tokens[0];
  if (!first || !determiners.has(first.lower) || tokens.length < 2) return null;
  // "the city of Louisville's website": what follows the last possessive is the head's phrase.
  let from = 1;
  tokens.forEach((t, i) => {
    if (i > 0 && t.possessive) from = i + 1;
  });
  const owner =
    from > 1 ? phrase.slice((tokens[1] as Token).start, (tokens[from - 1] as Token).end) : null;
  let end = tokens.findIndex((t, i) => i >= from && i > 1 && COMPLEMENT.has(t.lower));
  if (end === -1) end = tokens.length;
  const head = tokens[end - 1];
  if (!head || end - 1 < from) return null;
  const kinds = ROLE_WORDS.has(head.lower) ? null : nounKinds(head.lower);
  const kind = !kinds
    ? "person"
    : kinds.has("group")
      ? "organisation"
      : kinds.has("person")
        ? "person"
        : kinds.has("communication")
          ? "document"
          : null;
  if (!kind) return null;
  return {
    kind,
    head: head.lower,
    modifiers: tokens.slice(from, end - 1).map((t) => t.lower),
    proper: tokens
      .slice(from, end - 1)
      .filter((t) => t.capital)
      .map((t) => t.lower),
    of: tokens
      .slice(end)
      .filter((t) => t.capital)
      .map((t) => t.lower),
    capital: head.capital,
    description: phrase.slice((tokens[1] as Token).start).trim(),
    owner: owner?.replace(/['\u2019]s?$/, "") ?? null,
  };
}
