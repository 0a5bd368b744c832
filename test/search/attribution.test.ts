import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attributesWords, speakerTerms } from "../../src/search/attribution.js";
import { SearchIndex } from "../../src/search/index.js";
import { TermCache } from "../../src/text/terms.js";
import { article, fillerArticle } from "./helpers.js";

const cache = new TermCache();
const term = (w: string) => cache.term(w);
const speakers = new Set(["twitter", "taco", "bell"].map(term));

describe("attributesWords", () => {
  it("holds when one sentence names the speaker with a verb of saying", () => {
    expect(attributesWords("Twitter said the time limit would help.", speakers, term)).toBe(true);
    expect(attributesWords("The test is over, Twitter told reporters.", speakers, term)).toBe(true);
    expect(attributesWords("Twitter announced the test on Thursday.", speakers, term)).toBe(true);
    expect(attributesWords("Twitter joked: “we hope you like it.”", speakers, term)).toBe(true);
  });

  it("does not hold when the speaker is only listed in a sentence where someone else speaks", () => {
    expect(
      attributesWords(
        "QSR published its annual report, which ranked Wendy's, Carl's Jr., Taco Bell, and KFC.",
        speakers,
        term,
      ),
    ).toBe(false);
    expect(attributesWords("The report, said Twitter, is fair.", speakers, term)).toBe(true);
  });

  it("does not hold when the speaker is only ranked or listed, or speaks in another sentence", () => {
    expect(
      attributesWords("McDonald's came second, followed by Taco Bell and Arby's.", speakers, term),
    ).toBe(false);
    expect(
      attributesWords("Taco Bell ranked third. Wendy's said the survey was fair.", speakers, term),
    ).toBe(false);
  });

  it("never holds for a text without a speaker's word, whatever else it says", () => {
    const words = fc.constantFrom(...["said", "told", "the", "Wendy's", ".", "“", "announced"]);
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 12 }),
        (ws) => !attributesWords(ws.join(" "), speakers, term),
      ),
    );
  });
});

describe("no match when nobody on topic gives the speaker words", () => {
  const ranking = article({
    id: "ranking",
    outlet: "Daily",
    title: "Drive-thru rankings",
    paragraphs: [
      "Chick-fil-A topped the drive-thru rankings this year.",
      "McDonald's came in second, followed by Taco Bell and Arby's in the rankings.",
      "Taco Bell led the pack in speed of service.",
    ],
  });
  const index = SearchIndex.build([ranking, fillerArticle("weather", "Daily")]);
  const question = "what did taco bell say about the drive thru rankings";

  it("reads the question's speaker from the words before the verb of saying", () => {
    expect([...speakerTerms(index.parse(question))].sort()).toEqual(["bel", "taco", "tacobel"]);
  });

  it("answers no match when the articles only rank the speaker", () => {
    const answer = index.search(question);
    expect(answer.noMatch).toBe(true);
    expect(answer.results).toEqual([]);
  });

  it("answers with the passage where the speaker speaks", () => {
    const heard = SearchIndex.build([
      article({
        ...ranking,
        paragraphs: [
          ...ranking.paragraphs,
          "Taco Bell said it was proud of its place in the drive-thru rankings.",
        ],
      }),
      fillerArticle("weather", "Daily"),
    ]);
    expect(heard.search(question).results[0]?.quote).toBe(
      "Taco Bell said it was proud of its place in the drive-thru rankings.",
    );
  });

  it("answers the first question with speakerHeard off", () => {
    const lax = SearchIndex.fromParts(index.parts);
    lax.rank = { ...index.rank, topic: { ...index.rank.topic, speakerHeard: false } };
    expect(lax.search(question).noMatch).toBe(false);
  });
});
