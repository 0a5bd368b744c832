import { describe, expect, it } from "vitest";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { SearchIndex } from "../../src/search/index.js";
import { speakerGroups, speakerOf, speakerQuotes } from "../../src/search/quote-speakers.js";
import { Segment } from "../../src/search/segment.js";
import { SegmentView } from "../../src/search/segment-view.js";
import { TermCache } from "../../src/text/terms.js";
import { article, fillerArticle } from "./helpers.js";

const chess = article({
  id: "chess",
  outlet: "Daily",
  title: "Grandmaster denies cheating",
  paragraphs: [
    "Hans Niemann beat the world champion in St. Louis this month.",
    'Niemann also said, "I have never cheated in an over-the-board game," referring to in-person matches like the one he played against the champion in St. Louis.',
    'The state news agency Chessinform quoted the federation president, Arkady Vorkov, as saying: "Every accusation will be examined."',
    'Players have called the affair "the worst scandal the game has seen in decades" on social media this week.',
  ],
  quotes: [
    {
      text: "I have never cheated in an over-the-board game",
      speaker: "Hans Niemann",
      role: null,
      paragraph: 1,
    },
    {
      text: "Every accusation will be examined.",
      speaker: "Arkady Vorkov",
      role: "the federation president",
      paragraph: 2,
    },
  ],
});

const index = SearchIndex.build([chess, fillerArticle("weather", "Daily")]);

describe("the speaker shown beside a result", () => {
  it.each([
    ["a quote followed by a longer clause", "never cheated over-the-board game", "Hans Niemann"],
    ["a quote after a long attribution", "every accusation examined", "Arkady Vorkov"],
  ])("names who said %s that the sentence holds whole", (_, question, speaker) => {
    const answer = index.search(question);
    expect(answer.results[0]?.speaker).toBe(speaker);
  });

  it("names no one for a sentence whose quoted words no one is credited with", () => {
    const answer = index.search("worst scandal game seen decades");
    expect(answer.results[0]?.paragraph).toBe(chess.paragraphs[3]);
    expect(answer.results[0]?.speaker).toBeNull();
  });
});

const council = article({
  id: "council",
  outlet: "Daily",
  paragraphs: [
    "Hans Niemann won.",
    'Niemann said, "I never cheated," in St. Louis.',
    '"We will look," the federation president, Arkady Vorkov, said.',
  ],
  quotes: [
    { text: "I never cheated", speaker: "Hans Niemann", role: null, paragraph: 1 },
    {
      text: "We will look",
      speaker: "Arkady Vorkov",
      role: "the federation president",
      paragraph: 2,
    },
  ],
});
const asked = SearchIndex.build([council]).parse(
  "what did the federation president say about Niemann",
);
const view = SegmentView.of(Segment.build([council], defaultSearchIndexOptions));

describe("speakerGroups", () => {
  it("gives the question's groups naming the speaker or role of one of the paragraph's quotes", () => {
    const cache = new TermCache();

    expect(speakerGroups(council, 2, asked, cache)).toEqual([0, 1]);
    // "about Niemann" names him, but not as the one asked to speak.
    expect(speakerGroups(council, 1, asked, cache)).toEqual([]);
    expect(speakerGroups(council, 0, asked, cache)).toEqual([]);
  });
});

describe("speakerQuotes", () => {
  it("adds the paragraphs of the candidates' articles quoting someone the question names", () => {
    const cache = new TermCache();

    expect(speakerQuotes(view, [0], asked, null, 5, cache)).toEqual([2]);
    expect(speakerQuotes(view, [0, 2], asked, null, 5, cache)).toEqual([]);
    expect(speakerQuotes(view, [0], asked, new Set(["AP"]), 5, cache)).toEqual([]);
    expect(speakerQuotes(view, [0], asked, null, 0, cache)).toEqual([]);
  });
});

describe("speakerOf", () => {
  it("names the speaker of a quote the quoted span lies mostly inside, or null", () => {
    const text = council.paragraphs[1] as string;
    const at = text.indexOf("I never");

    expect(speakerOf(council, 1, text, at, at + 15)).toBe("Hans Niemann");
    expect(speakerOf(council, 1, text, 0, text.length)).toBe("Hans Niemann");
    expect(speakerOf(council, 1, text, at + 15, text.length)).toBeNull();
    expect(speakerOf(council, 0, council.paragraphs[0] as string, 0, 10)).toBeNull();
  });
});
