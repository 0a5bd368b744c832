import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
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
