import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.js";
import { SearchIndex } from "../../src/search/index.js";
import {
  answers,
  defaultTopicOptions,
  heldKeyShare,
  holdsKeyName,
  type JudgedPassage,
  type KeyWord,
  keyWords,
  missingKeyWords,
  type NoMatchEvidence,
  noMatchEvidence,
  type TopicCorpus,
  type TopicOptions,
} from "../../src/search/no-match.js";
import { answerKind } from "../../src/search/question.js";
import { defaultRankOptions, type RankOptions } from "../../src/search/rank-options.js";
import { foldTokens } from "../../src/text/fold.js";
import { TermCache } from "../../src/text/terms.js";
import { article, fillerArticle } from "./helpers.js";

/** A copy of `index` that reads questions with some topic options changed. */
function withTopic(index: SearchIndex, topic: Partial<TopicOptions>): SearchIndex {
  const changed = SearchIndex.fromParts(index.parts);
  changed.rank = { ...index.rank, topic: { ...index.rank.topic, ...topic } };
  return changed;
}

const quake = article({
  id: "quake",
  outlet: "Daily",
  title: "Afghanistan earthquake kills hundreds",
  paragraphs: [
    "A powerful earthquake struck eastern Afghanistan overnight.",
    "More than 1,000 people died in the earthquake, officials said.",
    "Aid agencies sent tents to the villages the earthquake destroyed.",
  ],
});

/**
 * `question` asked of `corpus` with rank options `rank` (the corpus's own restored after): whether
 * it is no match, the coverage the decision read (to three places) and the first quote.
 */
function askedWith(corpus: SearchIndex, question: string, rank: RankOptions) {
  const saved = corpus.rank;
  corpus.rank = rank;
  let coverage = 0;
  try {
    const answer = corpus.search(question, {
      explain: (e) => {
        coverage = Math.round(e.coverage * 1000) / 1000;
      },
    });
    return [answer.noMatch, coverage, answer.results[0]?.quote];
  } finally {
    corpus.rank = saved;
  }
}

const index = SearchIndex.build([
  quake,
  article({
    id: "pardon",
    outlet: "Weekly",
    title: "President pardons the Thanksgiving turkey",
    paragraphs: [
      "The president pardoned a turkey named Chip at the White House.",
      "The turkey will live on a farm in Virginia.",
      "The pardoned bird will live on a farm in Virginia, officials said.",
      "The pardoned bird will live for 5 years on a farm.",
    ],
  }),
  article({
    id: "birds",
    outlet: "Weekly",
    paragraphs: ["The sea bird scene was dropped after an outbreak of bird flu."],
  }),
  fillerArticle("weather", "Daily"),
]);

describe("no match from the question's key words", () => {
  it("when the only passage about the event is in an article that never names the question's place, answers no match", () => {
    const answer = index.search("how many people died in the turkey earthquake");
    expect(answer.noMatch).toBe(true);
    expect(answer.results).toEqual([]);
  });

  it("when the article names every key word, answers with the passage that holds the figure", () => {
    const answer = index.search("how many people died in the afghanistan earthquake");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "More than 1,000 people died in the earthquake, officials said.",
    );
  });
});

describe("key words of a misspelt question", () => {
  const typo = (word: string, id: number, term: string) => ({
    word,
    weight: 3,
    alternatives: [{ id, term, factor: 0.8, source: "typo" as const }],
    asked: false,
    speaks: false,
  });
  const query = {
    groups: [typo("peopel", 0, "peopl"), typo("turky", 1, "turkei")],
    kind: null,
    totalWeight: 6,
    initials: [],
  };
  const written: Record<string, string[]> = { peopl: ["people"], turkei: ["turkey", "turkeys"] };
  const corpus: TopicCorpus = {
    // Each term in two paragraphs of article 0.
    postings: () => Int32Array.from([0, 1]),
    postingCount: () => 2,
    articleOf: () => 0,
    title: () => "",
    wordsOf: (term) => written[term] ?? [],
    paragraph: () => "",
    writtenAsName: new Map(),
  };

  it("judges a misspelling by the word its likeliest correction is written as: everyday English is no key word", () => {
    expect(keyWords(query, corpus, defaultTopicOptions).map((k) => k.terms)).toEqual([["turkei"]]);
  });

  it("reads a slip the stemmer folds into an everyday word the corpus writes as no key word", () => {
    // "peopl" stems to the term of "people": found as the word itself, not as a correction.
    const own = (word: string, id: number, term: string) => ({
      ...typo(word, id, term),
      alternatives: [{ id, term, factor: 1, source: "word" as const }],
    });
    const slipped = { ...query, groups: [own("peopl", 0, "peopl"), own("turkey", 1, "turkei")] };
    expect(keyWords(slipped, corpus, defaultTopicOptions).map((k) => k.terms)).toEqual([
      ["turkei"],
    ]);
  });

  it("names a thing only when the written word closest to what was typed does", () => {
    // "accordng": the corpus writes "according" and "accordance" for that term.
    const withAcord = (meant?: string) => ({
      ...query,
      groups: [
        { ...typo("accordng", 2, "acord"), ...(meant ? { meant } : {}) },
        typo("turky", 1, "turkei"),
      ],
    });
    const acord: TopicCorpus = {
      ...corpus,
      wordsOf: (term) => (term === "acord" ? ["according", "accordance"] : (written[term] ?? [])),
    };
    const keys = (meant?: string) =>
      keyWords(withAcord(meant), acord, defaultTopicOptions).map((k) => k.terms);
    expect(keys()).toEqual([["acord"], ["turkei"]]);
    expect(keys("according")).toEqual([["turkei"]]);
    expect(keys("accordance")).toEqual([["acord"], ["turkei"]]);
  });

  it("reads the misspelling as the corpus word closest to it, through the index", () => {
    const quake = SearchIndex.build([
      ...index.articles,
      article({
        id: "accord",
        outlet: "Daily",
        paragraphs: ["The peace accordance was signed, according to officials."],
      }),
    ]);
    expect(quake.parse("aid sent accordng to officials").groups.map((g) => g.meant)).toEqual([
      undefined,
      undefined,
      "according",
      undefined,
    ]);
  });

  it("finds the articles of a key word's paragraphs, each once, and an article without it misses its weight", () => {
    const scattered: TopicCorpus = {
      ...corpus,
      // Paragraphs 7 and 6 of article 3, 2 and 3 of article 1, highest impact first.
      postings: () => Int32Array.from([7, 2, 6, 3]),
      postingCount: () => 4,
      articleOf: (d) => d >> 1,
    };
    const keys = keyWords(
      { ...query, groups: [typo("turky", 1, "turkei")] },
      scattered,
      defaultTopicOptions,
    );
    expect(keys.map((k) => [...(k.articles ?? [])])).toEqual([[1, 3]]);
    const cache = new TermCache();
    expect([1, 2, 3].map((a) => missingKeyWords(keys, a, scattered, cache))).toEqual([0, 1, 0]);
  });
});

describe("reading the question", () => {
  it("marks the words naming the kind of thing asked for, so the answer need not use them", () => {
    const parsed = index.parse("which sea creature did the president pardon");
    expect(parsed.groups.map((g) => [g.word, g.asked])).toEqual([
      ["sea", true],
      ["creature", true],
      ["president", false],
      ["pardon", false],
    ]);
  });

  it("reads a closed compound the corpus writes as two words as those two words", () => {
    const parsed = index.parse("why was the seabird scene dropped");
    expect(parsed.groups.map((g) => g.word)).toEqual(["sea", "bird", "scene", "dropped"]);
    expect(index.search("why was the seabird scene dropped").results[0]?.article).toBe("birds");
  });

  it("drops spoken contractions and forms such as where'd and gonna, and keeps won as a word", () => {
    expect(index.parse("where'd the turkey go").groups.map((g) => g.word)).toEqual([
      "turkey",
      "go",
    ]);
    expect(index.parse("who's gonna pardon the turkey").groups.map((g) => g.word)).toEqual([
      "pardon",
      "turkey",
    ]);
    expect(index.parse("who won").groups.map((g) => g.word)).toEqual(["won"]);
  });
});

describe("answer kind", () => {
  it("asks for words when the question asks what was said or how someone reacted, not when it reports a statement", () => {
    expect(
      [
        "what did the president say about the turkey",
        "how did musk react to the report",
        "which airline said it will weigh passengers",
        "biden statement turkey",
      ].map((q) => answerKind(q)),
    ).toEqual(["quote", "quote", null, "quote"]);
  });

  it("reads how long as a length of time or of distance, how far as a distance", () => {
    expect(
      ["how long did the search last", "how far did it fly", "how long ago"].map((q) =>
        answerKind(q),
      ),
    ).toEqual(["length", "distance", "time"]);
  });

  it("for how long, prefers the sentence with a figure and a unit of time", () => {
    const answer = index.search("how long will the pardoned bird live on the farm");
    expect(answer.results[0]?.quote).toBe("The pardoned bird will live for 5 years on a farm.");
  });
});

describe("names cut short", () => {
  it("reads a word the corpus lacks, with no typo near it, as the start of a longer corpus word", () => {
    const parsed = index.parse("what did afghan officials say");
    expect(parsed.groups[0]?.alternatives.map((a) => a.term)).toEqual(["afhanistan"]);
    expect(index.search("afghan earthquake").results[0]?.article).toBe("quake");
  });
});

describe("no match when the passage names every key word", () => {
  // Key words "attenborough" and "bird" carry 0.41 of the question; the article never says
  // "scrap", "sea" or "scene", so no passage covers minCoverage of it.
  const isles = SearchIndex.build([
    article({
      id: "isles",
      outlet: "Weekly",
      title: "Attenborough series feared bird flu",
      paragraphs: [
        "Producers of the Attenborough series feared an outbreak of bird flu on the island.",
        "The plan was ditched after bird flu reached the island, the producer said.",
        "Attenborough would die if he caught bird flu, an expert warned the producer.",
      ],
    }),
    article({
      id: "fair",
      outlet: "Daily",
      paragraphs: [
        "The county fair had a scene with sheep by the sea.",
        "Scrap metal was sold at the fair.",
        "The weather was calm at the fair.",
      ],
    }),
    article({
      id: "yard",
      outlet: "Daily",
      paragraphs: [
        "A crime scene at the scrap yard.",
        "The yard by the sea drew a crowd.",
        "Police left the scene.",
        "The scene was quiet.",
        "Scrap was piled up.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("rain", "Daily"),
  ]);
  const question = "why did they scrap the attenborough seabird scene";

  it("answers with a passage naming the question's person and subject though the article words the rest otherwise", () => {
    const answer = isles.search(question);
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "Producers of the Attenborough series feared an outbreak of bird flu on the island.",
    );
  });

  it("answers no match for the same question with minHeldKeyShare 1 (coverage alone decides)", () => {
    const strict = withTopic(isles, { minHeldKeyShare: 1 });
    expect(strict.search(question).noMatch).toBe(true);
  });

  it("still answers no match when a key word is nowhere in the corpus", () => {
    expect(isles.search("why did they scrap the attenborough whale scene").noMatch).toBe(true);
  });
});

describe("heldKeyShare", () => {
  const cache = new TermCache();
  const term = (word: string) => cache.term(word);
  const keys: KeyWord[] = [
    {
      word: "attenborough",
      terms: [cache.term("attenborough")],
      weight: 3,
      articles: null,
      edition: false,
    },
    { word: "bird", terms: [cache.term("bird")], weight: 1, articles: null, edition: false },
  ];

  it("is the key words' share of the question's weight when the text names them all", () => {
    expect(
      heldKeyShare(
        keys,
        foldTokens("Attenborough feared the birds.").map((t) => t.word),
        10,
        term,
      ),
    ).toBe(0.4);
  });

  it("is 0 when one key word is missing or there are none", () => {
    expect(
      heldKeyShare(
        keys,
        foldTokens("Attenborough feared the flu.").map((t) => t.word),
        10,
        term,
      ),
    ).toBe(0);
    expect(
      heldKeyShare(
        [],
        foldTokens("Attenborough feared the birds.").map((t) => t.word),
        10,
        term,
      ),
    ).toBe(0);
  });
});

describe("answers (the no-match decision over its evidence)", () => {
  const evidence: NoMatchEvidence = {
    coverage: 0.31,
    held: 0,
    absentWordingShare: 0.52,
    offTopic: 0,
  };
  const topic = defaultTopicOptions;

  it("counts a question word the corpus never uses and that names no thing at absentWordingCredit", () => {
    expect(answers(evidence, 0.5, topic)).toBe(true);
    expect(answers(evidence, 0.5, { ...topic, absentWordingCredit: 0 })).toBe(false);
  });

  it("gives no credit for an absent name or event", () => {
    expect(answers({ ...evidence, absentWordingShare: 0 }, 0.5, topic)).toBe(false);
  });

  it("answers no match when no passage is on topic, whatever the question's absent wording", () => {
    expect(answers({ ...evidence, coverage: 0, offTopic: 1 }, 0.5, topic)).toBe(false);
  });

  it("answers when an on-topic passage names every key word carrying minHeldKeyShare of the question", () => {
    expect(answers({ ...evidence, absentWordingShare: 0, held: 0.4 }, 0.5, topic)).toBe(true);
    expect(answers({ ...evidence, absentWordingShare: 0, held: 0.39 }, 0.5, topic)).toBe(false);
  });
});

describe("noMatchEvidence", () => {
  const judged = (
    coverage: number,
    offTopic: number,
    held: number,
    asked: number[],
    nameCredit = 1,
    namesAnother = true,
  ): JudgedPassage => ({
    coverage,
    offTopic,
    named: () => true,
    answered: false,
    namesAnother: () => namesAnother,
    heldOf: (g) => (g === 0 ? nameCredit : 1),
    held() {
      asked.push(held);
      return held;
    },
  });

  it("reads the passages' held key share only when asked, once, over the on-topic passages", () => {
    const asked: number[] = [];
    const evidence = noMatchEvidence(
      index.parse("who pardoned the turkey"),
      [judged(0.25, 0, 0.3, asked), judged(0.5, 0.1, 0.6, asked), judged(0.75, 1, 0.9, asked)],
      defaultTopicOptions,
      { name: () => 0 },
    );
    expect(asked).toEqual([]);
    expect(evidence.coverage).toBe(0.5);
    expect(evidence.offTopic).toBe(0);
    expect(evidence.held).toBe(0.6);
    expect(evidence.held).toBe(0.6);
    expect(asked).toEqual([0.3, 0.6]);
  });

  it("leaves out a passage holding little beyond the key name's share, unless the question is its key name alone", () => {
    const read = (share: number) =>
      noMatchEvidence(
        index.parse("who pardoned the turkey"),
        // With the key name half the question, coverage must pass 0.5 + 0.25 × 0.5.
        [judged(0.625, 0, 0.5, []), judged(0.6, 0, 0.6, [])],
        { ...defaultTopicOptions, wholeTopicAnswers: false },
        { name: () => share },
      );
    expect([read(0.5).coverage, read(0.5).held]).toEqual([0, 0.6]);
    expect([read(0.45).coverage, read(0.45).held]).toEqual([0.625, 0.6]);
    // Naming every key word, a passage must hold anything beyond the key name.
    expect([read(0.6).coverage, read(0.6).held]).toEqual([0, 0.5]);
    expect([read(0.625).coverage, read(0.625).held]).toEqual([0, 0]);
    expect([read(1).coverage, read(0).coverage]).toEqual([0.625, 0.625]);
  });

  it("counts a key name lent by the title or lead at its credit, asking minBeyondLentName of the rest", () => {
    // The key name is half the question; the passage holds it at 0.3 (the title's loan), so it
    // must pass 0.5 × 0.3 + 0.3 × 0.5 = 0.3. Holding the name itself, or none of it (only another
    // paragraph of the article names it), it must pass 0.5 + 0.25 × 0.5 as before.
    const read = (coverage: number, nameCredit: number) => {
      const evidence = noMatchEvidence(
        index.parse("who pardoned the turkey"),
        [judged(coverage, 0, 0.5, [], nameCredit)],
        { ...defaultTopicOptions, wholeTopicAnswers: false },
        { name: () => 0.5, nameGroup: () => 0 },
      );
      return [evidence.coverage, evidence.held];
    };
    expect(read(0.31, 0.3)).toEqual([0.31, 0.5]);
    expect(read(0.29, 0.3)).toEqual([0, 0.5]);
    expect(read(0.31, 1)).toEqual([0, 0]);
    expect(read(0.31, 0)).toEqual([0, 0]);
    // Naming every key word, anything beyond the name's credit will do.
    expect(read(0.16, 0.3)).toEqual([0, 0.5]);
    expect(read(0.15, 0.3)).toEqual([0, 0]);
  });

  it("counts a passage as covering the question when its article holds the key name and every key word", () => {
    // Beyond the key name's 0.2, the passage holds 0.25 of the rest's 0.8: more than minBeyondKeyName.
    const read = (offTopic: number, share: number, wholeTopicAnswers = true) =>
      noMatchEvidence(
        index.parse("who pardoned the turkey"),
        [judged(0.45, offTopic, 0, [])],
        { ...defaultTopicOptions, wholeTopicAnswers },
        { name: () => share },
      ).coverage;
    expect([read(0, 0.2), read(0.2, 0.2), read(0, 0), read(0, 0.2, false)]).toEqual([
      1, 0.45, 0.45, 0.45,
    ]);
  });

  it("leaves out a who-question's passage that names nobody the question does not", () => {
    const read = (question: string, namesAnother: boolean) =>
      noMatchEvidence(
        index.parse(question),
        [judged(0.45, 0, 0.5, [], 1, namesAnother)],
        defaultTopicOptions,
        { name: () => 0 },
      );
    const nobody = read("who pardoned the turkey", false);
    expect([nobody.coverage, nobody.held]).toEqual([0, 0]);
    const someone = read("who pardoned the turkey", true);
    expect([someone.coverage, someone.held]).toEqual([0.45, 0.5]);
    // Only who-questions ask for a name.
    const what = read("what pardoned the turkey", false);
    expect([what.coverage, what.held]).toEqual([0.45, 0.5]);
  });

  it("with no key name, lets the heaviest key word anchor the passage as the key name does", () => {
    const read = (keyShare: number) =>
      noMatchEvidence(
        index.parse("who pardoned the turkey"),
        [judged(0.45, 0, 0, [])],
        defaultTopicOptions,
        { name: () => 0, key: keyShare },
      ).coverage;
    // 0.45 − 0.2 passes 0.25 × 0.8; 0.45 − 0.3 does not pass 0.25 × 0.7.
    expect([read(0.2), read(0.3), read(0)]).toEqual([1, 0.45, 0.45]);
  });

  it("leaves out a passage holding little beyond the question's year, as it does beyond a key name", () => {
    const read = (year: number) =>
      noMatchEvidence(
        index.parse("who pardoned the turkey"),
        [judged(0.45, 0, 0.5, [])],
        { ...defaultTopicOptions, wholeTopicAnswers: false },
        { name: () => 0, year },
      );
    // 0.45 − 0.2 passes 0.25 × 0.8; 0.45 − 0.3 does not pass 0.25 × 0.7, nor anything beyond 0.45.
    expect([read(0.2).coverage, read(0.3).coverage, read(0.3).held]).toEqual([0.45, 0, 0.5]);
    expect([read(0.45).held, read(0).coverage]).toEqual([0, 0.45]);
  });
});

describe("no match with wording the corpus never uses", () => {
  const mine = SearchIndex.build([
    article({
      id: "mine",
      outlet: "Daily",
      title: "Miners killed in coal mine blast",
      paragraphs: [
        "An explosion at a coal mine killed twelve miners on Thursday.",
        "The governor negotiated between the relatives and the company for two days.",
        "The company said the gas detectors had been checked.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("rain", "Daily"),
  ]);

  it("answers a question whose verb the articles say otherwise, with the passage holding the rest", () => {
    let seen: NoMatchEvidence | null = null;
    const answer = mine.search("who mediated between the relatives and the gas company", {
      explain: (e) => {
        seen = e;
      },
    });
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "The governor negotiated between the relatives and the company for two days.",
    );
    // "mediated" (absent, a verb) carries 0.311 of the question; the passage holds 0.448 of it.
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const e = seen as NoMatchEvidence | null;
    expect(e && [round(e.coverage), round(e.absentWordingShare), e.offTopic]).toEqual([
      0.448, 0.311, 0,
    ]);
  });

  it("against a threshold above the passage's coverage, answers only with credit for the absent wording", () => {
    const strict = SearchIndex.fromParts(mine.parts);
    const noMatch = (absentWordingCredit: number) => {
      strict.rank = {
        ...mine.rank,
        minCoverage: 0.5,
        topic: { ...mine.rank.topic, absentWordingCredit },
      };
      return strict.search("who mediated between the relatives and the gas company").noMatch;
    };
    // 0.448 + 0.5 × 0.311 reaches 0.5; 0.448 alone does not.
    expect([noMatch(0.5), noMatch(0)]).toEqual([false, true]);
  });

  it("still answers no match when the absent word names the thing asked about", () => {
    expect(mine.search("who mediated between the relatives and the stadium").noMatch).toBe(true);
  });
});

describe("no match for a question worded otherwise than its article", () => {
  const blast = SearchIndex.build([
    article({
      id: "blast",
      outlet: "Daily",
      title: "Miners killed in Karaganda coal mine blast",
      paragraphs: [
        "An explosion at a coal mine in Karaganda killed twelve miners on Thursday.",
        "The governor negotiated between the relatives and the company for two days.",
        "The company said the gas detectors had been checked.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("rain", "Daily"),
  ]);
  // Without credit for absent wording, against a threshold of 0.5, only the article's topic can
  // answer: the passage holds 0.42 of the question ("mediated" is absent, "gas" and "karaganda" are
  // elsewhere in the article).
  const question = "who mediated between the karaganda relatives and the gas company";
  const read = (wholeTopicAnswers: boolean) =>
    askedWith(blast, question, {
      ...defaultRankOptions,
      minCoverage: 0.5,
      topic: { ...defaultRankOptions.topic, absentWordingCredit: 0, wholeTopicAnswers },
    });

  it("answers from an article holding the question's key name and every key word, whatever the passage's coverage", () => {
    expect(read(true)).toEqual([
      false,
      1,
      "The governor negotiated between the relatives and the company for two days.",
    ]);
  });

  it("answers no match for the same question when coverage alone decides (wholeTopicAnswers off)", () => {
    expect(read(false)).toEqual([true, 0.42, undefined]);
  });
});

describe("no match for another edition of an event", () => {
  const games = SearchIndex.build([
    article({
      id: "halftime",
      outlet: "Daily",
      title: "Singer to headline the halftime show",
      paragraphs: [
        "The singer Rihanna will perform at next year's Super Bowl LVII halftime show, the league said.",
        "The halftime show drew a record audience last year.",
        "Tickets for the halftime show sold out within hours.",
      ],
    }),
    article({
      id: "slugger",
      outlet: "Weekly",
      title: "Slugger ties the league record",
      published: "2022-09-29",
      paragraphs: [
        "The slugger hit his 61st home run on Wednesday, tying the league record.",
        "The home run came in the seventh inning.",
        "Fans caught the home run ball in left field.",
        "He joined the club in 2019.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);

  it("answers no match when the question names an edition the corpus never mentions", () => {
    expect(games.search("who will perform at super bowl lvi").noMatch).toBe(true);
  });

  it("answers when the question names the edition the article reports", () => {
    expect(games.search("who will perform at super bowl lvii").results[0]?.paragraphIndex).toBe(0);
  });

  it("answers no match for another roman numeral even when every other key word is the article's", () => {
    const show = SearchIndex.build([
      article({
        id: "halftime",
        outlet: "Daily",
        paragraphs: [
          "The singer Rihanna will perform at next year's Super Bowl LVII halftime show, the league said.",
          "The halftime show drew a record audience for the league last year.",
          "The singer last performed at a halftime show in 2016.",
        ],
      }),
      fillerArticle("weather", "Daily"),
    ]);
    expect([
      show.search("who will perform at the super bowl lvi halftime show").noMatch,
      show.search("who will perform at the super bowl lvii halftime show").noMatch,
    ]).toEqual([true, false]);
  });

  it("answers no match for an ordinal the corpus never writes, however rarely the one it writes recurs", () => {
    expect(games.search("who hit the 63rd home run").noMatch).toBe(true);
  });

  it("answers no match when no passage holding the question, its title or publication date names the question's year", () => {
    expect(games.search("who hit a home run to tie the league record in 2019").noMatch).toBe(true);
  });

  it("counts the year an article was published as named by it", () => {
    expect(
      games.search("who hit a home run to tie the league record in 2022").results[0]?.article,
    ).toBe("slugger");
  });

  describe("a year later than an article was published", () => {
    const contract = (published: string) =>
      SearchIndex.build([
        article({
          id: "contract",
          outlet: "Daily",
          published,
          paragraphs: [
            "The slugger, who hit 62 home runs this season, will earn $40 million a year from 2023.",
            "The deal runs for nine seasons.",
          ],
        }),
        fillerArticle("weather", "Daily"),
      ]);

    it("answers no match to what happened that year: the article cannot report it", () => {
      expect(
        contract("2022-12-07").search("how many home runs did the slugger hit in 2023").noMatch,
      ).toBe(true);
    });

    it("but answers from an article of that year, and what will happen that year from an earlier one", () => {
      expect(
        contract("2023-10-02").search("how many home runs did the slugger hit in 2023").results[0]
          ?.paragraphIndex,
      ).toBe(0);
      expect(
        contract("2022-12-07").search("how much will the slugger earn in 2023").results[0]
          ?.paragraphIndex,
      ).toBe(0);
    });
  });
});

describe("a year named by the line before a passage", () => {
  const timeline = SearchIndex.build([
    article({
      id: "timeline",
      outlet: "Daily",
      title: "The rise and fall of a blood-testing startup",
      published: "2022-07-07",
      paragraphs: [
        "The startup promised hundreds of tests from a drop of blood.",
        "January 2017: A failed inspection",
        "The startup lays off 155 employees, about 41% of its staff.",
        "March 2018: Fraud charges",
        "The founder is charged with fraud and the startup later lays off most of its staff.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("markets", "Weekly"),
  ]);

  it("counts as named by the passage: a timeline's entry follows the line giving its year", () => {
    // No match before: the entry, its title and its publication date lack 2017.
    const answer = timeline.search("how many people did the startup lay off in 2017");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "The startup lays off 155 employees, about 41% of its staff.",
    );
  });

  it("answers no match for a year neither the entry nor the line before it names", () => {
    expect(timeline.search("how many people did the startup lay off in 2019").noMatch).toBe(true);
  });
});

describe("no match for a figure no passage holds", () => {
  const vote = (id: string, paragraphs: string[]) =>
    article({ id, outlet: "Daily", title: "House elects a speaker", paragraphs });
  const build = (second: string) =>
    SearchIndex.build([
      vote("speaker", [
        "Kevin Marsh, who hopes to become speaker of the House, backed the budget deal.",
        second,
      ]),
      fillerArticle("weather", "Daily"),
    ]);
  const question = "how many rounds of voting did it take to make marsh speaker";

  it("answers no match when no passage holds a counted figure for a how-many question", () => {
    const index = build("Marsh spoke to reporters about voting after the session.");
    expect(index.search(question).noMatch).toBe(true);
  });

  it("answers with the passage that counts the rounds", () => {
    const index = build("Marsh was made speaker after 15 rounds of voting.");
    const answer = index.search(question);
    expect([answer.noMatch, answer.results[0]?.paragraphIndex]).toEqual([false, 1]);
  });
});

describe("no match for a how-much question asking what changes hands", () => {
  const build = (second: string) =>
    SearchIndex.build([
      article({
        id: "auction",
        outlet: "Daily",
        title: "Rare novel goes under the hammer",
        paragraphs: ["The auction house sold 12 first editions of the novel on Tuesday.", second],
      }),
      fillerArticle("weather", "Daily"),
    ]);
  const question = "how much did the first edition sell for";

  it("answers no match when no passage holds an amount of money, though one counts editions", () => {
    const index = build("Collectors came from London and Paris for the sale.");
    const answer = index.search(question);
    expect([answer.noMatch, answer.results.length]).toEqual([true, 0]);
  });

  it("answers with the passage that gives the price", () => {
    const index = build("One first edition sold for $45,000, the auction house said.");
    const answer = index.search(question);
    expect([answer.noMatch, answer.results[0]?.paragraphIndex]).toEqual([false, 1]);
  });
});

describe("the question's key name as a veto", () => {
  const built = (...articles: Article[]) =>
    SearchIndex.build([...articles, fillerArticle("weather", "Daily")]);
  const airlines = built(
    article({
      id: "weigh",
      outlet: "Daily",
      title: "Airline to weigh passengers",
      paragraphs: [
        "Finnair said this week it will weigh some passengers before they board the plane.",
        "The airline said the weighing is voluntary and anonymous.",
      ],
    }),
    article({
      id: "strike",
      outlet: "Weekly",
      paragraphs: [
        "Pilots at Lufthansa went on strike on Friday, grounding flights.",
        "The union wants higher pay for its pilots.",
      ],
    }),
  );

  it("when the question names a thing the answering article never names, answers no match", () => {
    const answer = airlines.search("will Lufthansa weigh passengers before they board the plane");
    expect(answer.noMatch).toBe(true);
    expect(answer.results).toEqual([]);
  });

  it("reads the key name by how the corpus writes it, not the question: typed in lower case, it still vetoes", () => {
    expect(
      airlines.search("will lufthansa weigh passengers before they board the plane").noMatch,
    ).toBe(true);
  });

  it("takes no word the corpus mostly writes in lower case for a name: a mistyped they, hey, vetoes nothing", () => {
    const chatty = built(
      ...["weigh", "strike"].map((id) => airlines.article(id) as Article),
      article({
        id: "chat",
        outlet: "Weekly",
        paragraphs: ["He said hey, and hey, let them try."],
      }),
    );
    const answer = chatty.search("which airline will weigh passengers before hey board the plane");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.paragraphIndex).toBe(0);
  });

  it("counts a key name the article's title holds and its paragraphs do not", () => {
    const titled = built(
      article({
        id: "weigh",
        outlet: "Daily",
        title: "Finnair to weigh passengers",
        paragraphs: [
          "The airline said this week it will weigh some passengers before they board the plane.",
          "Staff will run the scales at the gate.",
        ],
      }),
      article({
        id: "routes",
        outlet: "Weekly",
        paragraphs: ["Flights to Asia on Finnair were cut in March."],
      }),
    );
    const answer = titled.search("will Finnair weigh passengers before they board the plane");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.paragraphIndex).toBe(0);
  });

  describe("every name the question gives, not only the heaviest", () => {
    const cities = (weighing: string) =>
      built(
        article({
          id: "weigh",
          outlet: "Daily",
          paragraphs: [weighing, "The airline said the weighing is voluntary and anonymous."],
        }),
        article({
          id: "routes",
          outlet: "Weekly",
          paragraphs: [
            "Flights from Helsinki to Asia were cut in March.",
            "The temple near the airport was built in 300 AD.",
          ],
        }),
        article({
          id: "coins",
          outlet: "Weekly",
          paragraphs: ["Coins from 200 AD were found under a runway near Helsinki."],
        }),
      );
    const question = "will Finnair weigh passengers in Helsinki before they board the plane";

    it("answers no match when the answering article never names the question's other name", () => {
      const answer = cities(
        "This week Finnair said it will weigh some passengers before they board the plane.",
      ).search(question);
      expect(answer.noMatch).toBe(true);
    });

    it("answers when the article names both", () => {
      const answer = cities(
        "This week Finnair said it will weigh some passengers in Helsinki before they board the plane.",
      ).search(question);
      expect(answer.noMatch).toBe(false);
      expect(answer.results[0]?.article).toBe("weigh");
      expect(answer.results[0]?.paragraphIndex).toBe(0);
    });

    it("takes no two-letter word for another name: ad for a mistyped and, which the corpus writes AD, vetoes nothing", () => {
      const answer = cities(
        "This week Finnair said it will weigh some passengers and crew before they board the plane.",
      ).search("will Finnair weigh passengers ad crew before they board the plane");
      expect(answer.noMatch).toBe(false);
      expect(answer.results[0]?.article).toBe("weigh");
      expect(answer.results[0]?.paragraphIndex).toBe(0);
    });

    it("takes no single letter for the key name: chat's u, which the corpus writes as a name, vetoes nothing", () => {
      const answer = built(
        article({
          id: "weigh",
          outlet: "Daily",
          paragraphs: [
            "This week Finnair said it will weigh some passengers before they board the plane.",
          ],
        }),
        article({
          id: "envoy",
          outlet: "Weekly",
          paragraphs: ["The diplomat U Thant once flew from Helsinki to New York."],
        }),
      ).search("u know if Finnair will weigh passengers before they board the plane");
      expect(answer.noMatch).toBe(false);
      expect(answer.results[0]?.article).toBe("weigh");
      expect(answer.results[0]?.paragraphIndex).toBe(0);
    });
  });

  it("when the question names the thing the article names, answers with its passage", () => {
    const answer = airlines.search("will Finnair weigh passengers before they board the plane");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "Finnair said this week it will weigh some passengers before they board the plane.",
    );
  });
});

describe("no match from a passage holding the key name and little else", () => {
  const camp = SearchIndex.build([
    article({
      id: "camp",
      outlet: "Wire",
      paragraphs: [
        "The verdict was a late sign for the families, according to Christoph Heubner of the committee.",
        "The guard had always denied the charges, Heubner said.",
      ],
    }),
    article({
      id: "sorry",
      outlet: "Daily",
      paragraphs: [
        "The mayor made an apology to the families on Friday.",
        "The apology came after a long delay.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);

  it("answers no match when the article naming the key name says nothing else the question asks", () => {
    const answer = camp.search("heubner apology");
    expect(answer.noMatch).toBe(true);
    expect(answer.results).toEqual([]);
  });

  it("answers from the passage that holds the rest as well", () => {
    expect(camp.search("heubner verdict").results[0]?.quote).toBe(
      "The verdict was a late sign for the families, according to Christoph Heubner of the committee.",
    );
  });

  it("answers a search of the key name alone with a passage naming it", () => {
    const answer = camp.search("heubner");
    expect(answer.noMatch).toBe(false);
    expect(answer.results.map((r) => r.paragraphIndex)).toEqual([0, 1]);
  });

  it("answers the first question with minBeyondKeyName below 0 (the rule off)", () => {
    const lax = withTopic(camp, { minBeyondKeyName: -1 });
    expect(lax.search("heubner apology").noMatch).toBe(false);
  });
});

describe("a later paragraph whose key name only the title and lead give", () => {
  const volcano = SearchIndex.build([
    article({
      id: "volcano",
      outlet: "Daily",
      title: "Sakurajima volcano erupts in southern Japan",
      paragraphs: [
        "Japan's Sakurajima volcano erupted on Sunday evening, prompting evacuations in two towns.",
        "Large rocks were hurled as far as 1½ miles south, the weather agency said.",
        "Residents of the two towns were told to leave their homes.",
      ],
    }),
    article({
      id: "hike",
      outlet: "Weekly",
      title: "Hikers return to Mount Fuji",
      paragraphs: [
        "Hikers climbed Mount Fuji on Sunday.",
        "Loose rocks fell on the trail, rangers said.",
        "Hikers should go slowly, they said.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("markets", "Weekly"),
  ]);
  const question = "how far did the rocks go when sakurajima blew";

  it("answers from it, the name counted at the loan its title and lead give", () => {
    // No match before: "sakurajima" (the key name, a quarter of the question) counted at its
    // whole share, and beyond it the paragraph held less than a quarter of the rest.
    const answer = volcano.search(question);
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "Large rocks were hurled as far as 1½ miles south, the weather agency said.",
    );
  });

  it("answers no match when the rest must be held in full (minBeyondLentName 1)", () => {
    const strict = withTopic(volcano, { minBeyondLentName: 1 });
    expect(strict.search(question).noMatch).toBe(true);
  });
});

describe("holdsKeyName's reading of capitals", () => {
  // One word in 100 paragraphs of article 0, always opening its sentence: its capital tells nothing.
  let reads = 0;
  const corpus: TopicCorpus = {
    postings: () => Int32Array.from({ length: 100 }, (_, i) => i),
    postingCount: () => 100,
    articleOf: () => 0,
    title: () => "",
    wordsOf: () => ["zarkovia"],
    paragraph: () => {
      reads++;
      return "Zarkovia stayed quiet.";
    },
    writtenAsName: new Map(),
  };
  const query = {
    groups: [
      {
        word: "zarkovia",
        weight: 3,
        alternatives: [{ id: 0, term: "zarkovia", factor: 1, source: "word" as const }],
        asked: false,
        speaks: false,
      },
    ],
    kind: null,
    totalWeight: 3,
    initials: [],
  };
  const vetoOf = () => holdsKeyName(query, corpus, defaultTopicOptions, new TermCache());

  it("reads at most nameParagraphs paragraphs of a word, then once for every question", () => {
    // No use where no sentence opens: not written as a name, so no key name and nothing vetoed.
    expect(vetoOf().holds(1)).toBe(true);
    expect(reads).toBe(defaultTopicOptions.nameParagraphs);
    expect(vetoOf().holds(1)).toBe(true);
    expect(reads).toBe(defaultTopicOptions.nameParagraphs);
    expect([...corpus.writtenAsName]).toEqual([["zarkovia", false]]);
  });
});

describe("the key name read from the corpus's capitals", () => {
  const built = (...articles: Article[]) =>
    SearchIndex.build([...articles, fillerArticle("weather", "Daily")]);
  const weigh = (extra: string) =>
    article({
      id: "weigh",
      outlet: "Daily",
      title: "Airline to weigh passengers",
      paragraphs: [
        `Finnair said this week it will weigh some passengers before they board the plane${extra}.`,
        "The airline said the weighing is voluntary and anonymous.",
      ],
    });
  const routes = article({
    id: "routes",
    outlet: "Weekly",
    paragraphs: [
      "Flights to Japan from Portland, Ore. were cut in March.",
      "Lufthansa flies there twice a week.",
    ],
  });
  const terminal = article({
    id: "terminal",
    outlet: "Weekly",
    paragraphs: ["Salem, Ore. opened a terminal for flights to Japan on Friday."],
  });

  it("takes a name WordNet's tagged texts use for the key name: no match when only an article that never names Japan tells of weighing", () => {
    const answer = built(weigh(""), routes, terminal).search(
      "will Japan weigh passengers before they board the plane",
    );
    expect(answer.noMatch).toBe(true);
    expect(answer.results).toEqual([]);
  });

  it("answers the same question when the article that tells of weighing names Japan", () => {
    const answer = built(weigh(" to Japan"), routes, terminal).search(
      "will Japan weigh passengers before they board the plane",
    );
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "Finnair said this week it will weigh some passengers before they board the plane to Japan.",
    );
  });

  it("reads no capital an abbreviation has: ore, mistyped for more, written only as Ore., is no key name", () => {
    const answer = built(weigh(""), routes, terminal).search(
      "will Finnair weigh ore passengers before they board the plane",
    );
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.paragraphIndex).toBe(0);
  });
});

describe("an ordinal before a name as an edition", () => {
  const emmys = SearchIndex.build([
    article({
      id: "emmys",
      outlet: "Daily",
      title: "Succession wins at the Emmy Awards",
      paragraphs: [
        "Succession won the award for outstanding drama series at the 75th Emmy Awards on Monday.",
        "The Emmy Awards were presented in Los Angeles, and the Emmy for comedy went to The Bear.",
      ],
    }),
    fillerArticle("weather", "Weekly"),
  ]);

  it("when the article numbers another edition of the named event, answers no match", () => {
    const answer = emmys.search(
      "which show won the award for outstanding drama series at the 74th Emmy Awards",
    );
    expect(answer.noMatch).toBe(true);
    expect(answer.results).toEqual([]);
  });

  it("when the article numbers the edition asked, answers with its passage", () => {
    const answer = emmys.search(
      "which show won the award for outstanding drama series at the 75th Emmy Awards",
    );
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.paragraphIndex).toBe(0);
  });
});

describe("the coverage threshold", () => {
  // Eight words that count. "mountain" and "winter" are its key words, named by the ski resort's
  // article only: its first paragraph ("rush", "cold", "mountain", "winter") holds 0.467 of their
  // weight and ranks first; the earthquake article's tents paragraph names neither key word, so it
  // counts for nothing here and ranks below (`offTopicPenalty`).
  const corpus = SearchIndex.build([
    quake,
    article({
      id: "ski",
      outlet: "Weekly",
      paragraphs: [
        "Families rushed to the mountain resort before the cold winter.",
        "The resort opened early for families this winter.",
        "Cold mountain roads closed for the winter.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("rain", "Daily"),
  ]);
  const question = "did aid agencies rush tents to villages before the cold mountain winter";
  const asked = (minCoverage: number, wholeTopicAnswers: boolean) =>
    askedWith(corpus, question, {
      ...defaultRankOptions,
      minCoverage,
      topic: { ...defaultRankOptions.topic, wholeTopicAnswers },
    });
  const resort = "Families rushed to the mountain resort before the cold winter.";

  it("answers from a passage holding minCoverage of the question", () => {
    expect(corpus.parse(question).groups.length).toBe(8);
    expect(asked(defaultRankOptions.minCoverage, false)).toEqual([false, 0.467, resort]);
  });

  it("above the passage's coverage, answers when its article holds every key word, the heaviest anchoring the passage", () => {
    expect(asked(0.5, true)).toEqual([false, 1, resort]);
  });

  it("above the passage's coverage, answers no match when coverage alone decides", () => {
    expect(asked(0.5, false)).toEqual([true, 0.467, undefined]);
  });
});

describe("a who-question whose passages name no one but the question's own names", () => {
  const ghana = SearchIndex.build([
    article({
      id: "ghana",
      outlet: "Daily",
      title: "Ghana parliament votes to abolish the death penalty",
      paragraphs: [
        "Lawmakers in Ghana voted on Tuesday to abolish the death penalty for most crimes.",
        "Having carried out its last execution in 1993, Ghana was considered abolitionist in practice.",
        "The bill now goes to the president, who must sign it into law.",
      ],
    }),
    article({
      id: "texas",
      outlet: "Weekly",
      title: "Texas carries out its fifth execution of the year",
      paragraphs: [
        "Texas executed a man on Thursday for a 2004 murder.",
        "John Smith was the last person executed in the state before him, in March.",
        "Lawyers for the man had asked the court for a delay.",
      ],
    }),
    fillerArticle("weather", "Daily"),
    fillerArticle("markets", "Weekly"),
  ]);

  it("answers no match: the passage gives nobody", () => {
    // Before: the Ghana passage answered, naming only Ghana, the question's own name.
    expect(ghana.search("who was the last person ghana executed").noMatch).toBe(true);
  });

  it("answers with the passage that names someone", () => {
    const answer = ghana.search("who was the last person texas executed");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "John Smith was the last person executed in the state before him, in March.",
    );
  });
});
