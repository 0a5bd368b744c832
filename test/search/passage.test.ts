import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { scorePassage } from "../../src/search/passage.js";
import { defaultPassageOptions } from "../../src/search/passage-options.js";
import { passageTerms } from "../../src/search/passage-terms.js";
import { TermCache } from "../../src/text/terms.js";
import { article } from "./helpers.js";

const PARAGRAPH =
  "Rain fell all day in the valley. The mayor resigned on Monday after the vote. Crowds gathered later.";

function score(question: string, text = PARAGRAPH) {
  const index = SearchIndex.build([article({ id: "a", outlet: "AP", paragraphs: [text] })]);
  const parsed = index.parse(question);
  return scorePassage(text, parsed, passageTerms(parsed, new TermCache()), defaultPassageOptions);
}

describe("scoring a paragraph for a question", () => {
  it("quotes the sentence holding the question's words, with those words highlighted", () => {
    const match = score("when did the mayor resign");
    expect(PARAGRAPH.slice(match.quoteStart, match.quoteEnd)).toBe(
      "The mayor resigned on Monday after the vote.",
    );
    expect(match.highlights).toEqual([
      [4, 9],
      [10, 18],
    ]);
    expect(match.coverage).toBe(1);
  });

  it("a paragraph without the question's words covers none of it", () => {
    const match = score("mayor resigned", "Nothing of note happened here.");
    expect(match.coverage).toBe(0);
    expect(match.highlights).toEqual([]);
  });
});
