import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import {
  type AnswerKind,
  answeredByKind,
  answerKind,
  asksForFigure,
  type EvidenceWords,
  FRAMES,
  framesCount,
  hasAnswer,
  holdsQuotation,
  MATCHED,
  mostlyQuoted,
  SENTENCE_START,
  sayingAt,
} from "../../src/search/question.js";
import { CAPITALIZED, NUMERIC } from "../../src/text/token-columns.js";
import { article, fillerArticle } from "./helpers.js";

describe("questions asking for words", () => {
  it("a noun of saying after what asks for words, even with a when clause after it", () => {
    expect(answerKind("what jokes did biden make when he pardoned the turkeys")).toBe("quote");
    expect(answerKind("when did biden pardon the turkeys")).toBe("time");
  });

  it("so does one with chat before its what, which opens it still", () => {
    expect(answerKind("ok so what jokes did biden make when he pardoned the turkeys")).toBe(
      "quote",
    );
    expect(answerKind("yo what did the biologist say about why the otter bites")).toBe("quote");
    expect(answerKind("yo why did the otter bite")).toBe("reason");
  });

  it("a thing that is not said, after what, asks for no words", () => {
    expect(answerKind("what new allergen do food labels need in january")).toBe(null);
    expect(answerKind("what prize did the team win")).toBe(null);
  });

  it("a verb of saying after the subject of what did marks where the speaker ends", () => {
    expect(answerKind("what did the governor promise the families")).toBe("quote");
    expect(sayingAt("what did the governor promise the families")).toBe(22);
    expect(sayingAt("what did Liz Cheney say after she lost")).toBe(20);
  });

  it("a question word after the verb of saying asks for no words, unless told to read it anywhere", () => {
    const q = "netflix says it lost how may subscribers";
    expect([answerKind(q), answerKind(q, false)]).toEqual([null, "quote"]);
    expect(answerKind("what did netflix say about its subscribers")).toBe("quote");
    expect(answerKind("how did the mayor react to the vote")).toBe("quote");
  });

  it("a noun of saying as the subject is not the verb", () => {
    expect(sayingAt("what did the report find")).toBe(-1);
    expect(answerKind("what did the report find")).toBe(null);
  });
});

describe("ranking for a question asking for words", () => {
  const index = SearchIndex.build([
    article({
      id: "turkeys",
      outlet: "Daily",
      title: "Biden pardons two turkeys",
      paragraphs: [
        "President Joe Biden pardoned two turkeys on Monday at the White House.",
        "Despite the jokes cracked at the pardon, turkey prices are rising this year.",
        "Biden joked he would keep it short because “nobody likes it when the turkey gets cold.”",
        "The birds will live on a farm in North Carolina.",
      ],
    }),
  ]);

  it("prefers the quoted joke to a paragraph that only names the jokes", () => {
    const answer = index.search("what jokes did biden make when he pardoned the turkeys");
    expect(answer.results[0]?.quote).toBe(
      "Biden joked he would keep it short because “nobody likes it when the turkey gets cold.”",
    );
  });
});

describe("how much, asking what changes hands", () => {
  it("a verb of having or handing over after how much and its auxiliary asks for money", () => {
    expect(
      [
        "how much did a first edition of the novel sell for",
        "how much is the city paying the two men",
        "how much does the senator owe the families",
        "how much rain did orlando get from the storm",
        "how much did hate crimes go up",
        "how much did the fund have left",
      ].map((q) => answerKind(q)),
    ).toEqual(["money", "money", "money", "number", "number", "number"]);
  });
});

describe("how deep, how far", () => {
  const index = SearchIndex.build([
    article({
      id: "mine",
      outlet: "Daily",
      title: "Explosion at a coal mine",
      paragraphs: [
        "A methane explosion killed 13 miners at the Karabulak coal mine on Tuesday.",
        "The explosion happened at a depth of 480 metres, the company said.",
        "Rescuers searched the tunnels through the night.",
        "Deep snow on the roads slowed the ambulances.",
      ],
    }),
  ]);

  it("a distance in the passage answers the measure word asked about", () => {
    expect(answeredByKind("distance", "deep", "at a depth of 480 metres")).toBe(true);
    expect(answeredByKind("distance", "deep", "at a depth of several hundred")).toBe(false);
    expect(answeredByKind("distance", "explosion", "at a depth of 480 metres")).toBe(false);
    expect(answeredByKind("distance", "far", "rocks were hurled as far as 1½ miles south")).toBe(
      true,
    );
    expect(answeredByKind("distance", "far", "as far as 2¾ km")).toBe(true);
  });

  it("answers how deep with the passage giving the depth in metres", () => {
    const answer = index.search("how deep underground did the explosion happen");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "The explosion happened at a depth of 480 metres, the company said.",
    );
  });
});

describe("what percent", () => {
  const index = SearchIndex.build([
    article({
      id: "runoff",
      outlet: "Daily",
      title: "Petro wins Colombia's runoff",
      paragraphs: [
        "Gustavo Petro won Colombia's presidential runoff on Sunday, the vote count showed.",
        "Petro took 50.4% of the vote, ahead of Rodolfo Hernandez.",
        "Turnout in the vote was higher than in the first round.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);

  it("asks for a percentage, a figure", () => {
    expect(answerKind("what percent of the vote did petro get")).toBe("percent");
    expect(answerKind("what % of the vote did petro get")).toBe("percent");
    expect(answerKind("what share of the vote did petro get")).toBe("percent");
    expect(answerKind("what did petro say about the vote")).toBe("quote");
    expect(asksForFigure("percent")).toBe(true);
  });

  it("is answered by a percentage, which counts as the question's word percent", () => {
    expect(answeredByKind("percent", "percent", "took 50.4% of the vote")).toBe(true);
    expect(answeredByKind("percent", "percent", "took 40 per cent of the vote")).toBe(true);
    expect(answeredByKind("percent", "percent", "one in five applicants served")).toBe(true);
    expect(answeredByKind("percent", "percent", "3 out of every 10 adults")).toBe(true);
    expect(answeredByKind("percent", "percent", "took half of the vote")).toBe(false);
    expect(answeredByKind("percent", "percent", "in two years")).toBe(false);
    expect(answeredByKind("percent", "vote", "took 50.4% of the vote")).toBe(false);
  });

  it("answers with the paragraph giving the percentage, not the lead", () => {
    const answer = index.search("what percent of the vote did petro get");
    expect(answer.noMatch).toBe(false);
    expect(answer.results.map((r) => r.paragraphIndex)).toEqual([1, 0]);
  });
});

interface Evidence {
  word: string;
  capitalized: boolean;
  numeric: boolean;
  matched: boolean;
  sentenceStart: boolean;
  /** It matched a unit of time framing the question's count. */
  frames?: boolean;
}

/** A passage's words in the columns `hasAnswer` reads. */
function columns(words: readonly Evidence[]): EvidenceWords {
  return {
    length: words.length,
    word: words.map((w) => w.word),
    flags: Uint8Array.from(
      words,
      (w) =>
        (w.capitalized ? CAPITALIZED : 0) |
        (w.numeric ? NUMERIC : 0) |
        (w.matched ? MATCHED : 0) |
        (w.sentenceStart ? SENTENCE_START : 0) |
        (w.frames ? FRAMES : 0),
    ),
  };
}

/** A lower-case word, numeric when it opens with a digit, matched to the question or not. */
function word(w: string, matched: boolean): Evidence {
  return { word: w, capitalized: false, numeric: /^\d/.test(w), matched, sentenceStart: false };
}

describe("a when-question answered by a date the question does not give", () => {
  const time = (...words: Evidence[]) => hasAnswer("time", "", columns(words));

  it("the question's own day is no answer; a year it does not name is", () => {
    expect(time(word("became", true), word("thursday", true))).toBe(false);
    expect(time(word("became", true), word("thursday", false))).toBe(true);
    expect(time(word("became", true), word("2007", false))).toBe(true);
  });

  it("words that are all the question's own never answer a when-question", () => {
    const dateLike = fc.constantFrom(
      "thursday",
      "june",
      "2007",
      "week",
      "morning",
      "ago",
      "became",
    );
    fc.assert(
      fc.property(
        fc.array(dateLike, { maxLength: 8 }),
        (words) => !hasAnswer("time", words.join(" "), columns(words.map((w) => word(w, true)))),
      ),
    );
  });

  it("the paragraph repeating the question's day gets no answer bonus; the one with the year does", () => {
    const index = SearchIndex.build([
      article({
        id: "speaker",
        outlet: "Daily",
        paragraphs: [
          "Weather report: rain and wind.",
          "Pelosi said on Thursday that she will step down as speaker after two decades.",
          "Pelosi first became speaker in 2007.",
        ],
      }),
      fillerArticle("weather", "Daily"),
    ]);
    const answer = index.search(
      "Pelosi said on Thursday she will step down. When did Pelosi first become speaker?",
    );
    // 0.962 for the first before: its "Thursday" read as the date asked for.
    expect(answer.results.map((r) => [r.paragraphIndex, r.score])).toEqual([
      [1, 0.882],
      [2, 0.657],
    ]);
  });
});

describe("a who-question answered by a person's name", () => {
  const person = (...words: Evidence[]) => hasAnswer("person", "", columns(words));
  /** A capitalised word inside a sentence, none of the question's. */
  const capital = (w: string): Evidence => ({ ...word(w, false), capitalized: true });

  it("a given name and a capitalised word after it name someone; other capitalised pairs do not", () => {
    expect(person(capital("thomas"), capital("rousseau"))).toBe(true);
    expect(person(capital("white"), capital("house"))).toBe(false);
    expect(person(capital("patriot"), capital("front"))).toBe(false);
    // "U-Haul", read as its parts.
    expect(person(capital("u"), capital("haul"))).toBe(false);
  });

  it("the founder's name comes before a paragraph naming only a group and a van", () => {
    const index = SearchIndex.build([
      article({
        id: "arrests",
        outlet: "Daily",
        paragraphs: [
          "Police in Idaho arrested members of a white nationalist group near a Pride event.",
          "On Saturday, 31 White men believed to be affiliated with the group Patriot Front huddled in the back of a U-Haul.",
        ],
      }),
      article({
        id: "charges",
        outlet: "Herald",
        paragraphs: [
          "Police in Idaho charged members of a white nationalist group with conspiracy to riot.",
          "The founder of Patriot Front, Thomas Rousseau, 23, of Texas, was among the 31 arrested.",
        ],
      }),
      fillerArticle("weather", "Daily"),
    ]);
    const answer = index.search("who's the guy that started patriot front");
    // Daily's first before: "White men" and "U-Haul" read as names answering "who".
    expect(answer.results.map((r) => [r.outlet, r.paragraphIndex, r.score])).toEqual([
      ["Herald", 1, 0.833],
      ["Daily", 1, 0.833],
    ]);
  });
});

describe("how old: an age stated, or the year a thing began", () => {
  const age = (text: string) => hasAnswer("age", text, columns([]));

  it("asks for an age, not a date", () => {
    expect(answerKind("how old is gustavo petro")).toBe("age");
    expect(answerKind("at what age did she retire")).toBe("age");
    expect(answerKind("how long ago did petro run")).toBe("time");
    expect(asksForFigure("age")).toBe(false);
  });

  it("is answered by the ways news copy states an age", () => {
    const stated = [
      "Police arrested a 41-year-old suspect.",
      "Police arrested a 41 year old suspect.",
      "He has died at the age of 72, his son said.",
      "Aged 13, Brown became the youngest medallist.",
      "He was 39.",
      "The pair married when Lynn was 15 and he was 21",
      "Petro, 62, had already run twice.",
      "It is approved for people 8 and older.",
    ];
    expect(stated.filter(age)).toEqual(stated);
  });

  it("is not answered by a count, a date or a sum", () => {
    const unstated = [
      "The toll was 39 people.",
      "He ran in 2010 and 2018.",
      "It was 7 p.m. on Thursday.",
      "Sales are 62,000 a year.",
    ];
    expect(unstated.filter(age)).toEqual([]);
  });

  it("a year the question does not give answers it; the question's own does not", () => {
    const year = (matched: boolean) =>
      hasAnswer("age", "built in 1978", columns([word("built", true), word("1978", matched)]));
    expect([year(false), year(true)]).toEqual([true, false]);
  });

  it("answers with the paragraph stating the age, not one dating the news", () => {
    const index = SearchIndex.build([
      article({
        id: "runoff",
        outlet: "Daily",
        title: "Colombia's runoff",
        paragraphs: [
          "Colombia voted in a presidential runoff on Sunday.",
          "Gustavo Petro won the runoff on Sunday, the vote count showed.",
          "Gustavo Petro, 62, had run for president twice before.",
          "Turnout was higher than in the first round.",
        ],
      }),
      fillerArticle("weather", "Daily"),
    ]);
    // [1, 2] before: paragraph 1's "Sunday" read as the date asked for.
    expect(index.search("how old is gustavo petro").results.map((r) => r.paragraphIndex)).toEqual([
      2, 1,
    ]);
  });
});

describe("a how-much question read as a count", () => {
  const rents = (second: string) =>
    SearchIndex.build([
      article({
        id: "rents",
        outlet: "Daily",
        title: "Rents in the capital",
        paragraphs: ["Agents in the capital reported a busy summer.", second],
      }),
      fillerArticle("weather", "Daily"),
    ]);
  const question = "how much did rents in london go up over the year";

  it("is answered by a share or a sum stated by its sign, beside no word of the question", () => {
    const index = rents(
      "Rents in London rose over the year, and asking prices for a flat were 15.7% higher.",
    );
    const answer = index.search(question);
    expect([answer.noMatch, answer.results.map((r) => r.paragraphIndex)]).toEqual([false, [1]]);
  });

  it("is not answered by a bare figure beside no word of the question", () => {
    const index = rents(
      "Asking prices for a two-bed flat were 15.7 points higher than last summer.",
    );
    expect(index.search(question).noMatch).toBe(true);
  });

  it("is read so only for how much, not for how many or a money question", () => {
    const index = rents("Agents listed 40 flats.");
    expect(
      [question, "how many flats did agents list", "how much did the agents pay"].map(
        (q) => index.parse(q).howMuch,
      ),
    ).toEqual([true, false, false]);
  });
});

describe("a how-many figure is a count, not the question's own figure, a year or a rank", () => {
  const number = (...words: Evidence[]) => hasAnswer("number", "", columns(words));
  const layoffs = (first: string) =>
    article({
      id: "layoffs",
      outlet: "Daily",
      title: "Company cuts costs",
      paragraphs: [first, "Its shares rose after the announcement."],
    });

  it("a figure beside a question word counts; the question's own, a year or an ordinal does not", () => {
    expect(number(word("laid", true), word("off", false), word("300", false))).toBe(true);
    expect(number(word("laid", true), word("off", false), word("2023", true))).toBe(false);
    expect(number(word("laid", true), word("off", false), word("2023", false))).toBe(false);
    expect(number(word("his", false), word("61st", false), word("run", true))).toBe(false);
    expect(number(word("five", false), word("people", true))).toBe(true);
  });

  it("a span of time is no count unless the question asks in that unit", () => {
    expect(number(word("five", false), word("years", false), word("maria", true))).toBe(false);
    expect(number(word("five", false), word("years", true), word("prison", true))).toBe(true);
    expect(number(word("3,000", false), word("homes", false), word("maria", true))).toBe(true);
  });

  it("a span in the unit that frames the question's count is no count", () => {
    const framing = { ...word("years", true), frames: true };
    expect(number(word("five", false), framing, word("missile", true))).toBe(false);
    expect(number(word("40", false), word("missiles", true), framing)).toBe(true);
  });

  it("a unit of time frames the count unless it follows how many or how much", () => {
    const frames = (q: string) => {
      const words = q.split(" ").map((w) => ({ word: w }));
      return words
        .map((_, i) => framesCount(answerKind(q), words, i))
        .flatMap((f, i) => (f ? [i] : []));
    };
    expect(frames("how many missiles were fired this year")).toEqual([6]);
    expect(frames("how many years could he get")).toEqual([]);
    expect(frames("how many cars did it sell a month")).toEqual([7]);
    expect(frames("when was the vote this year")).toEqual([]);
  });

  it("a lead with no count comes after the paragraph holding the count of the year", () => {
    const missiles = SearchIndex.build([
      article({
        id: "launch",
        outlet: "Daily",
        title: "North Korea fires a missile",
        paragraphs: [
          "North Korea fired a missile over Japan on Tuesday for the first time in five years.",
          "Japan said the missile landed in the Pacific Ocean.",
          "North Korea has fired about 40 missiles this year, officials said.",
        ],
      }),
      fillerArticle("weather", "Daily"),
    ]);
    const answer = missiles.search("how many missiles has north korea fired this year");
    expect(answer.results.map((r) => r.paragraphIndex)[0]).toBe(2);
  });

  it("a passage dating the question's event by the years since it gives no count: no match", () => {
    const storm = (paragraph: string) =>
      SearchIndex.build([
        article({ id: "storm", outlet: "Daily", paragraphs: [paragraph] }),
        fillerArticle("weather", "Daily"),
      ]);
    const question = "how many people died in hurricane maria";
    const since = storm(
      "Hurricane Fiona hit five years after Hurricane Maria left people in the dark.",
    );
    expect(since.search(question).noMatch).toBe(true);
    const toll = storm("Hurricane Maria killed 2,975 people in Puerto Rico, officials said.");
    expect(toll.search(question).noMatch).toBe(false);
  });

  const index = SearchIndex.build([
    article({
      id: "season",
      outlet: "Daily",
      title: "Yankees close the season",
      paragraphs: [
        "The Yankees closed their season at home on Sunday.",
        "Judge reached his 61st home run on Wednesday.",
        "Judge finished with 62 home runs.",
      ],
    }),
    layoffs("The company said it would lay off staff in 2023 to cut costs."),
    fillerArticle("weather", "Daily"),
  ]);

  it("the count ranks above the ordinal that shares its words", () => {
    const answer = index.search("how many home runs did judge hit");
    // 1.030 and 1.019 before: "61st" read as a count of home runs.
    expect(answer.results.map((r) => [r.paragraphIndex, r.score])).toEqual([
      [2, 1.019],
      [1, 0.951],
      // The lead holds no figure at all (`figurelessFactor`): it falls below the results' cut.
    ]);
  });

  it("a paragraph whose only figure is the question's own year gives no count: no match", () => {
    expect(index.search("how many people did the company lay off in 2023").noMatch).toBe(true);
    const counted = SearchIndex.build([
      layoffs("The company said it would lay off 300 staff in 2023 to cut costs."),
      fillerArticle("weather", "Daily"),
    ]);
    expect(counted.search("how many people did the company lay off in 2023").noMatch).toBe(false);
  });
});

describe("hasAnswer over a run of a paragraph's words", () => {
  const kinds = fc.constantFrom(
    "person",
    "number",
    "distance",
    "length",
    "place",
    "time",
    "reason",
  ) as fc.Arbitrary<AnswerKind>;
  const evidence = fc.record({
    word: fc.constantFrom(
      "13",
      "miners",
      "metres",
      "500m",
      "in",
      "Osh",
      "june",
      "because",
      "mr",
      "thomas",
    ),
    capitalized: fc.boolean(),
    numeric: fc.boolean(),
    matched: fc.boolean(),
    sentenceStart: fc.boolean(),
  });

  it("reads words[from, to) as it reads those words alone: no neighbour outside the run counts", () => {
    fc.assert(
      fc.property(
        kinds,
        fc.array(evidence, { maxLength: 12 }),
        fc.nat(12),
        fc.nat(12),
        (kind, words, a, b) => {
          const from = Math.min(a, b, words.length);
          const to = Math.min(Math.max(a, b), words.length);
          return (
            hasAnswer(kind, "", columns(words), from, to) ===
            hasAnswer(kind, "", columns(words.slice(from, to)))
          );
        },
      ),
    );
  });
});

describe("holdsQuotation", () => {
  it("holds for a straight or curly quote mark, not for an apostrophe", () => {
    expect(holdsQuotation('"We will fight," Wei said.')).toBe(true);
    expect(holdsQuotation("\u201cWe will fight,\u201d Wei said.")).toBe(true);
    expect(holdsQuotation("Wei said China\u2019s claim would stand.")).toBe(false);
  });
});

describe("mostlyQuoted", () => {
  it("holds for a direct quotation, straight or curly, not for a sentence quoting a phrase", () => {
    expect(mostlyQuoted('"We will rebuild every home," she said.')).toBe(true);
    expect(mostlyQuoted("\u201cWe will rebuild every home,\u201d she said.")).toBe(true);
    expect(mostlyQuoted("The mayor promised to rebuild \u201cevery home\u201d by spring.")).toBe(
      false,
    );
    expect(mostlyQuoted("Twelve miners died, the ministry said.")).toBe(false);
  });

  it("never holds for a text without quote marks", () => {
    fc.assert(
      fc.property(
        fc.string(),
        (text) => mostlyQuoted(text.replace(/["\u201c\u201d]/g, "")) === false,
      ),
    );
  });
});
