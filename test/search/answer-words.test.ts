import { describe, expect, it } from "vitest";
import { answerWords } from "../../src/search/answer-words.js";
import { defaultSearchIndexOptions } from "../../src/search/build.js";
import { SearchIndex } from "../../src/search/index.js";
import { passageTerms } from "../../src/search/passage-terms.js";
import { idf } from "../../src/search/query.js";
import { Segment } from "../../src/search/segment.js";
import { SegmentView } from "../../src/search/segment-view.js";
import { TermCache } from "../../src/text/terms.js";
import { article } from "./helpers.js";

const articles = [
  article({ id: "a", outlet: "AP", paragraphs: ["The dam burst near the river."] }),
  article({
    id: "b",
    outlet: "BBC",
    paragraphs: ["The Dam Authority said in Kyiv that 187 people left. Fewer came back."],
  }),
];

describe("answerWords", () => {
  it("weighs by IDF the names and figures of a quote that are not the question's words", () => {
    const view = SegmentView.of(Segment.build(articles, defaultSearchIndexOptions));
    const cache = new TermCache();
    const parsed = SearchIndex.build(articles).parse("dam river");
    const terms = passageTerms(parsed, cache, (t) => view.wordsOfTerm(t));

    const { words, total } = answerWords(view, articles[1]?.paragraphs[0] as string, terms, cache);

    // "The" and "Fewer" open sentences; "Dam" is the question's.
    expect([...words.keys()]).toEqual(["authority", "kyiv", "187"]);
    expect(words.get("kyiv")).toBe(idf(1, 2));
    expect(total).toBe(3 * idf(1, 2));
  });
});
