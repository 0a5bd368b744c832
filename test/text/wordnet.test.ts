import { describe, expect, it } from "vitest";
import { IRREGULAR } from "../../src/text/terms.js";
import {
  commonestNounClass,
  isMostlyVerb,
  isOnlyAdjective,
  isOnlyAdverb,
  isPossessionVerb,
  isProperOrUnknown,
  isSpeechWord,
  kindsOf,
  lemmasOf,
  namesAThing,
  namesInstanceOf,
  relatedWords,
} from "../../src/text/wordnet.js";

const words = (w: string) => relatedWords(w, IRREGULAR).map((r) => `${r.word}:${r.relation}`);

describe("relatedWords", () => {
  it("when a noun has a verb it derives from, the verb is a derivation", () => {
    expect(words("resignation")).toEqual(["resign:derivation"]);
  });

  it("when an inflected verb is asked, its base form's synonyms and derived noun come back", () => {
    expect(words("evacuated")).toEqual(["evacuation:derivation"]);
    expect(words("arrested")).toEqual(["nail:synonym", "apprehend:synonym", "nab:synonym"]);
  });

  it("when a synonym is mostly read in another part of speech, it is left out (say does not find state)", () => {
    expect(words("say")).toEqual(["tell:synonym"]);
    expect(words("say").some((w) => w.startsWith("state:"))).toBe(false);
  });

  it("when the question's word is mostly a noun, its verb senses are not followed (states does not find say)", () => {
    expect(words("states")).toEqual(["province:synonym"]);
  });

  it("when a word is not in WordNet, nothing is added", () => {
    expect(words("bakiyev")).toEqual([]);
  });
});

describe("kindsOf", () => {
  it("when a verb is asked, the kinds of its main senses that mean that kind come back (hurt finds injure)", () => {
    expect(kindsOf("hurt", IRREGULAR)).toEqual([
      "sting",
      "burn",
      "itch",
      "throb",
      "injure",
      "agonize",
      "agonise",
      "torture",
      "excruciate",
    ]);
  });

  it("when a word's main senses have no kinds, or WordNet does not know it, nothing comes back", () => {
    expect(kindsOf("arrested", IRREGULAR)).toEqual([]);
    expect(kindsOf("bakiyev", IRREGULAR)).toEqual([]);
  });
});

describe("lemmasOf", () => {
  it("when a word is inflected, WordNet's base forms are found", () => {
    expect(lemmasOf("retiring", IRREGULAR)).toEqual(["retiring", "retire"]);
    expect(lemmasOf("said", IRREGULAR)).toEqual(["said", "say"]);
  });
});

describe("namesAThing", () => {
  it("is true for words WordNet reads mostly as nouns and for words it does not know, false for actions and qualities", () => {
    const words = ["turkey", "earthquake", "blogger", "gronkowski", "knocked", "react", "rich"];
    expect(words.map((w) => namesAThing(w, IRREGULAR))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("an -ed word is a verb's participle unless WordNet has a noun of that spelling", () => {
    const words = ["trapped", "armed", "bed", "mohammed"];
    expect(words.map((w) => namesAThing(w, IRREGULAR))).toEqual([false, false, true, true]);
  });
});

describe("isOnlyAdjective", () => {
  it("keeps the words WordNet lists only as adjectives, by their base forms", () => {
    const words = ["critical", "several", "official", "big", "reports", "balwani"];
    expect(words.filter((w) => isOnlyAdjective(w, IRREGULAR))).toEqual(["critical", "several"]);
  });
});

describe("isOnlyAdverb", () => {
  it("keeps the words WordNet lists only as adverbs, by their base forms", () => {
    const words = ["actually", "really", "anyway", "already", "still", "just", "fast", "balwani"];
    expect(words.filter((w) => isOnlyAdverb(w, IRREGULAR))).toEqual([
      "actually",
      "really",
      "anyway",
      "already",
    ]);
  });
});

describe("isMostlyVerb", () => {
  it("keeps the words WordNet's tagged uses and senses read mostly as verbs, not nouns, adjectives or unknown words", () => {
    const words = ["died", "kill", "get", "arrested", "people", "tornado", "new", "sub", "balwani"];
    expect(words.filter((w) => isMostlyVerb(w, IRREGULAR))).toEqual([
      "died",
      "kill",
      "get",
      "arrested",
    ]);
  });
});

describe("isProperOrUnknown", () => {
  const proper = (ws: string[]) => ws.filter((w) => isProperOrUnknown(w, IRREGULAR));

  it("takes a word WordNet writes only with a capital, first as an individual, or does not know", () => {
    const names = ["iran", "washington", "ohio", "zhanaozen", "tiktok"];
    expect(proper(names)).toEqual(names);
  });

  it("refuses a word with a sense in lower case, inflected forms read through their base", () => {
    expect(proper(["foundation", "wall", "angels", "county", "musk"])).toEqual([]);
  });

  it("refuses a capitalised word whose first sense is a class: a day, a people", () => {
    expect(proper(["saturdays", "sunday", "jews", "american"])).toEqual([]);
  });
});

describe("isPossessionVerb", () => {
  it("a word whose commonest sense is a verb of having or handing over, never a function word", () => {
    expect(
      ["paying", "sold", "offer", "owe", "make", "raise", "weigh", "have", "money"].map((w) =>
        isPossessionVerb(w, IRREGULAR),
      ),
    ).toEqual([true, true, true, true, false, false, false, false, false]);
  });
});

describe("isSpeechWord", () => {
  it("a word whose commonest sense is one of saying, in the part of speech asked", () => {
    expect(
      ["jokes", "comment", "statement", "make", "turkey"].map((w) =>
        isSpeechWord(w, "n", IRREGULAR),
      ),
    ).toEqual([true, true, true, false, false]);
    expect(
      ["promise", "warn", "tell", "make", "react", "labels"].map((w) =>
        isSpeechWord(w, "v", IRREGULAR),
      ),
    ).toEqual([true, true, true, false, false, false]);
  });
});

describe("namesInstanceOf", () => {
  it("is true for a named individual of the kind a main sense of the noun names, up its hypernyms", () => {
    const pairs = [
      "Illinois:state",
      "south carolina:state",
      "Ukraine:country",
      "Winston Churchill:person",
      "Chicago:state",
      "Ukraine:state",
      "Walmart:retailer",
      "Officials:person",
      "Monday:state",
    ];
    const named = pairs.filter((pair) => {
      const [name = "", noun = ""] = pair.split(":");
      return namesInstanceOf(name, noun, IRREGULAR);
    });
    expect(named).toEqual([
      "Illinois:state",
      "south carolina:state",
      "Ukraine:country",
      "Winston Churchill:person",
    ]);
  });
});

describe("commonestNounClass", () => {
  it("is the lexicographer file of a noun's commonest sense that names a kind", () => {
    expect(["stadium", "county", "league", "hill", "judge"].map(commonestNounClass)).toEqual([
      6, 15, 14, 17, 18,
    ]);
  });

  it("skips senses that name one individual, and is null for a word with no noun sense", () => {
    // Seven people named Lee come first in WordNet; the first class is the sheltered side.
    expect(commonestNounClass("lee")).toBe(15);
    expect(commonestNounClass("washington")).toBeNull();
    expect(commonestNounClass("quickly")).toBeNull();
  });
});

describe("relatedWords: synonyms written as several words", () => {
  const parts = (w: string) =>
    relatedWords(w, IRREGULAR)
      .filter((r) => r.relation === "part")
      .map((r) => `${r.word}:${r.of}`)
      .join(" ");

  it("lends each word of a main sense's synonym written as several content words (nuke: nuclear warhead)", () => {
    expect(parts("nukes")).toBe(
      "atomic:atomic_warhead warhead:atomic_warhead nuclear:nuclear_warhead " +
        "warhead:nuclear_warhead thermonuclear:thermonuclear_warhead warhead:thermonuclear_warhead",
    );
  });

  it("lends nothing of a phrase with a function word, whose content word alone means something else (survive: make it, live on)", () => {
    expect(parts("survived")).toBe("pull:pull_round round:pull_round");
  });

  it("follows only the word's main senses: died lends pass away and drop dead, not go bad (a machine that dies)", () => {
    expect(parts("died")).toBe("pass:pass_away away:pass_away drop:drop_dead dead:drop_dead");
  });
});
