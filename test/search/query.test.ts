import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import {
  defaultQueryOptions,
  type ParsedQuery,
  type QueryGroup,
  withoutUnknownEdgeWords,
  withoutUnreadShortWords,
} from "../../src/search/query.js";
import { isStopword } from "../../src/text/stopwords.js";
import { article, fillerArticle } from "./helpers.js";

describe("words of a synonym written as several", () => {
  const index = (paragraphs: string[]) =>
    SearchIndex.build([
      article({ id: "arms", outlet: "Daily", paragraphs }),
      fillerArticle("weather", "Daily"),
    ]);
  const lent = (ix: SearchIndex, question: string, word: string) =>
    ix
      .parse(question)
      .groups.find((g) => g.word === word)
      ?.alternatives.map((a) => [a.term, a.factor, a.source]);

  it("stand for a word the corpus lacks when one paragraph writes them all (nukes: nuclear warhead)", () => {
    const ix = index([
      "Russia will station tactical nuclear weapons in Belarus.",
      "The missile can carry a nuclear warhead, officials said.",
    ]);
    expect(lent(ix, "where is russia putting its nukes", "nukes")).toEqual([
      ["nuclear", 0.8, "related"],
      ["warhead", 0.8, "related"],
    ]);
    expect(ix.search("where is russia putting its nukes").results[0]?.paragraphIndex).toBe(0);
  });

  it("do not when no paragraph writes them all: the words apart mean something else", () => {
    const ix = index([
      "Russia will station tactical nuclear weapons in Belarus.",
      "Each warhead was counted, officials said.",
    ]);
    expect(lent(ix, "where is russia putting its nukes", "nukes")).toEqual([]);
  });

  it("do not for a word the corpus writes (died: pass away, drop dead)", () => {
    const ix = index([
      "Two people died in the fire.",
      "Officials said the pass was closed as crews moved away and one man dropped dead.",
    ]);
    expect(lent(ix, "how many people died", "died")).toEqual([["die", 1, "word"]]);
  });

  it("a word the corpus writes stands for the name of two words it also writes (us: United States)", () => {
    const ix = index([
      "The U.K. was declared polio-free in 2003, health officials said.",
      "The United States has been polio-free since 1979, the CDC reports.",
      "US health officials urged parents to check their children's vaccinations.",
    ]);
    expect(lent(ix, "when did the us become polio free", "us")).toEqual([
      ["us", 1, "word"],
      ["unitedst", defaultQueryOptions.synonymFactor, "related"],
    ]);
    expect(ix.search("when did the us become polio free").results[0]?.paragraphIndex).toBe(1);
  });

  it("a word the corpus lacks does not: its one WordNet sense may be a rare one (exec: White House)", () => {
    const ix = index([
      "The White House said the plan would go ahead.",
      "The company's executive was arrested on Sunday.",
    ]);
    // The pair's words stand for it as for any word the corpus lacks; the pair itself does not.
    expect(lent(ix, "what did the exec say", "exec")).toEqual([
      ["eksecut", 0.8, "typo"],
      ["white", 0.8, "related"],
      ["hous", 0.8, "related"],
    ]);
  });
});

describe("words too short to correct that nothing stands for", () => {
  const group = (word: string, weight: number, terms: string[]): QueryGroup => ({
    word,
    weight,
    alternatives: terms.map((term, id) => ({ id, term, factor: 1, source: "word" as const })),
    asked: false,
    speaks: false,
  });
  const query = (groups: QueryGroup[]): ParsedQuery => ({
    groups,
    kind: null,
    totalWeight: groups.reduce((s, g) => s + g.weight, 0),
    initials: [],
  });

  it("are left out of the question, with their weight", () => {
    const read = withoutUnreadShortWords(
      query([group("musk", 5, ["musk"]), group("tp", 9, []), group("rich", 6, ["rich"])]),
      defaultQueryOptions,
    );
    expect(read?.groups.map((g) => g.word)).toEqual(["musk", "rich"]);
    expect(read?.totalWeight).toBe(11);
  });

  it("stay when some reading stands for them, or when they are long enough to correct", () => {
    const parsed = query([group("musk", 5, ["musk"]), group("us", 2, ["us"]), group("tpo", 9, [])]);
    expect(withoutUnreadShortWords(parsed, defaultQueryOptions)).toBeNull();
  });

  it("stay when nothing else is left to ask", () => {
    expect(withoutUnreadShortWords(query([group("tp", 9, [])]), defaultQueryOptions)).toBeNull();
  });

  it("leave out only those, and weigh the question as what is left (property)", () => {
    const groups = fc.array(
      fc.record({ word: fc.stringMatching(/^[a-z]{1,5}$/), weight: fc.nat(9), read: fc.boolean() }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(groups, (gs) => {
        const parsed = query(gs.map((g) => group(g.word, g.weight, g.read ? [g.word] : [])));
        const read = withoutUnreadShortWords(parsed, defaultQueryOptions) ?? parsed;
        const kept = parsed.groups.filter((g) => g.alternatives.length > 0 || g.word.length >= 3);
        expect(read.groups).toEqual(kept.length > 0 ? kept : parsed.groups);
        expect(read.totalWeight).toBe(read.groups.reduce((s, g) => s + g.weight, 0));
      }),
    );
  });

  it("no longer refuse a question as an unknown name no article holds: it reads as without them", () => {
    const ix = SearchIndex.build([
      article({
        id: "titan",
        outlet: "Daily",
        paragraphs: [
          "Each passenger paid $250,000 for a seat on the Titan.",
          "The Titan had made dives to the wreck before.",
        ],
      }),
      fillerArticle("weather", "Daily"),
    ]);
    const first = (q: string) => ix.search(q).results.map((r) => [r.paragraphIndex, r.score])[0];
    expect(first("how much did each titan sb passenger pay")).toEqual([0, 1.327]);
    expect(first("how much did each titan passenger pay")).toEqual([0, 1.327]);
    expect(ix.search("sb").noMatch).toBe(true);
  });
});

describe("what people type around a question: chat filler, links", () => {
  const ix = SearchIndex.build([
    article({
      id: "talks",
      outlet: "Daily",
      paragraphs: [
        "Kazakhstan's foreign minister mediated the talks on Bakiyev's departure.",
        "Crowds gathered outside the government building in Bishkek.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);
  const read = (question: string) => ix.parse(question).groups.map((g) => g.word);
  const answer = (question: string) =>
    ix.search(question).results.map((r) => [r.article, r.paragraphIndex, r.score]);

  it("is left out at the question's start and end, which then answers as the plain question does", () => {
    expect(read("pls who mediated the departure lol")).toEqual(["mediated", "departure"]);
    expect(read("ok so who mediated the departure")).toEqual(["mediated", "departure"]);
    expect(answer("pls who mediated the departure lol")).toEqual(
      answer("who mediated the departure"),
    );
    expect(answer("who mediated the departure")).toEqual([["talks", 0, 1.236]]);
  });

  it("leaves a question's words as they were, whatever filler is typed around it (property)", () => {
    const words = [
      "who",
      "mediated",
      "the",
      "talks",
      "departure",
      "crowds",
      "bishkek",
      "how",
      "many",
    ];
    const typed = fc.oneof(
      fc.constantFrom("pls", "omg", "ok so", "hmm").map((f) => (q: string) => `${f} ${q}`),
      fc.constantFrom("lol", "btw", "or nah", "pls").map((f) => (q: string) => `${q} ${f}`),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }),
        typed,
        (ws, around) => {
          // A question of function words alone keeps its filler (read as typed, below).
          fc.pre(ws.some((w) => !isStopword(w)));
          const question = ws.join(" ");
          return JSON.stringify(read(around(question))) === JSON.stringify(read(question));
        },
      ),
    );
  });

  it("so is whom the question is asked of, named after the interjection (omg guys)", () => {
    expect(read("omg guys who mediated the departure")).toEqual(["mediated", "departure"]);
    expect(read("omg crowds gathered outside the government building")).toEqual([
      "crowds",
      "gathered",
      "outside",
      "government",
      "building",
    ]);
  });

  it("is read as typed when it is all the question has", () => {
    expect(read("lol")).toEqual(["lol"]);
  });

  it("an everyday word WordNet lists only as an adverb is no word of it (actually, really, anyway)", () => {
    expect(read("who actually mediated the departure")).toEqual(["mediated", "departure"]);
    expect(read("who really mediated the departure anyway")).toEqual(["mediated", "departure"]);
    expect(answer("who actually mediated the departure")).toEqual(
      answer("who mediated the departure"),
    );
    // Not a rarer adverb, nor an everyday word that is also an adjective.
    expect(read("who reportedly mediated the departure")).toEqual([
      "reportedly",
      "mediated",
      "departure",
    ]);
    expect(read("who still mediated the departure")).toEqual(["still", "mediated", "departure"]);
  });

  it("such adverbs are read as typed when they are all the question has", () => {
    expect(read("really never")).toEqual(["really", "never"]);
  });

  it("the names of what the bot searches are no words of it: the articles, the sources", () => {
    expect(read("what do the articles say about the departure")).toEqual(["say", "departure"]);
    expect(read("according to the sources who mediated the departure")).toEqual([
      "according",
      "mediated",
      "departure",
    ]);
  });

  it("a short word nothing reads at its edge is read as shorthand once the question is refused (tbh)", () => {
    expect(read("who mediated the departure tbh")).toEqual(["mediated", "departure", "tbh"]);
    expect(answer("who mediated the departure tbh")).toEqual(answer("who mediated the departure"));
    expect(answer("idk but who mediated the departure")).toEqual(
      answer("who mediated the departure"),
    );
  });

  it("so is one the corpus reads only as a spelling correction (ngl: NFL)", () => {
    const sports = SearchIndex.build([
      article({
        id: "talks",
        outlet: "Daily",
        paragraphs: [
          "Kazakhstan's foreign minister mediated the talks on Bakiyev's departure.",
          "The NFL season opened on Sunday.",
        ],
      }),
      fillerArticle("weather", "Daily"),
    ]);
    const q = "who mediated the departure ngl";
    expect(
      sports.parse(q).groups.map((g) => [g.word, g.alternatives.map((a) => [a.term, a.source])]),
    ).toEqual([
      ["mediated", [["mediat", "word"]]],
      ["departure", [["departur", "word"]]],
      ["ngl", [["nfl", "typo"]]],
    ]);
    expect(withoutUnknownEdgeWords(q, sports.parse(q))?.groups.map((g) => g.word)).toEqual([
      "mediated",
      "departure",
    ]);
  });

  // The last-resort reading without chat shorthand, and the words it keeps.
  const edgeless = (q: string) => withoutUnknownEdgeWords(q, ix.parse(q));
  const edgelessWords = (q: string) => edgeless(q)?.groups.map((g) => g.word);

  it("so is one ending a keyword search (mediated departure tbh)", () => {
    expect(edgelessWords("mediated departure tbh")).toEqual(["mediated", "departure"]);
  });

  it("and one ending a question, though a single word is left (who mediated tbh)", () => {
    expect(edgelessWords("who mediated tbh")).toEqual(["mediated"]);
  });

  it("so are the words typed before the question word, when it comes second or third (wait what …)", () => {
    expect(edgelessWords("wait who mediated the departure")).toEqual(["mediated", "departure"]);
    expect(edgelessWords("Aliev who mediated the departure")).toBeUndefined();
    expect(edgelessWords("hold on a sec who mediated the departure")).toBeUndefined();
  });

  it("but not in a search of two words, where it is the topic, nor when typed as a name", () => {
    expect(edgeless("nyd departure")).toBeNull();
    expect(edgeless("mediated tbh")).toBeNull();
    expect(edgeless("who mediated the departure Tbh")).toBeNull();
    expect(edgelessWords("who mediated the departure tbh")).toEqual(["mediated", "departure"]);
  });

  it("once the question is refused, a single letter typed in lower case is read as chat's word anywhere in it (u)", () => {
    expect(edgelessWords("what did the mediators tell u about the departure")).toEqual([
      "mediators",
      "departure",
    ]);
    expect(edgelessWords("what did the mediators tell U about the departure")).toBeUndefined();
  });

  it("a contraction typed without its apostrophe is no word of it, as with it (didnt)", () => {
    expect(read("why didnt they mediate the departure")).toEqual(["mediate", "departure"]);
    expect(read("why didnt they mediate the departure")).toEqual(
      read("why didn't they mediate the departure"),
    );
    expect(read("theyre saying who mediated the departure")).toEqual([
      "saying",
      "mediated",
      "departure",
    ]);
  });

  it("an emoticon typed after the question is no word of it", () => {
    expect(read("who mediated the departure :P")).toEqual(["mediated", "departure"]);
  });

  it("a link pasted with the question is no word of it", () => {
    expect(read("who mediated the departure https://www.rferl.org/a/kyrgyz/2010.html")).toEqual([
      "mediated",
      "departure",
    ]);
    expect(read("is this true? www.example.com/story who mediated the departure")).toEqual([
      "true",
      "mediated",
      "departure",
    ]);
  });
});

describe("a verb and its particle, written as one word", () => {
  const index = SearchIndex.build([
    article({
      id: "covid",
      outlet: "Daily",
      paragraphs: [
        "Protests spread across the city after the fire.",
        "The city had been under lockdown for more than 100 days.",
        "Officials locked the gates of the park at night.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);

  it("reads the closed compound the corpus writes beside the verb (locked down: lockdown)", () => {
    const locked = index
      .parse("how long was the city locked down")
      .groups.find((g) => g.word === "locked");
    expect(locked?.alternatives.map((a) => [a.term, a.factor])).toEqual([
      ["lock", 1],
      ["lockdown", 1],
    ]);
    expect(index.search("how long was the city locked down").results[0]?.quote).toBe(
      "The city had been under lockdown for more than 100 days.",
    );
  });
});
