import { describe, expect, it } from "vitest";
import { contentHash, countCorpus, minus, plus } from "../../src/corpus/diff.js";
import type { Article } from "../../src/corpus/types.js";

function article(id: string, paragraphs: string[], quotes = 0, warnings = 0): Article {
  return {
    id,
    file: `${id}.md`,
    outlet: "Example News",
    title: null,
    url: null,
    published: null,
    language: null,
    byline: null,
    place: null,
    credit: null,
    subheads: [],
    paragraphs,
    quotes: Array.from({ length: quotes }, () => ({
      text: "Yes",
      speaker: null,
      role: null,
      paragraph: 0,
    })),
    warnings: Array.from({ length: warnings }, (_, i) => `warning ${i}`),
  };
}

describe("contentHash", () => {
  it("when a paragraph changes, the hash changes; an equal article hashes the same", () => {
    const a = article("a", ["One.", "Two."]);

    expect(contentHash(article("a", ["One.", "Two."]))).toBe(contentHash(a));
    expect(contentHash(article("a", ["One.", "Two!"]))).not.toBe(contentHash(a));
  });
});

describe("countCorpus", () => {
  it("adds up paragraphs, quotes and warnings", () => {
    const counts = countCorpus([article("a", ["1", "2"], 1, 2), article("b", ["3"], 2, 0)]);

    expect(counts).toEqual({ articles: 2, paragraphs: 3, quotes: 3, warnings: 2 });
  });
});

describe("plus and minus", () => {
  it("keep totals up to date as articles come in and go out", () => {
    const served = countCorpus([article("a", ["1", "2"], 1, 2), article("b", ["3"], 2, 0)]);
    const incoming = countCorpus([article("c", ["4", "5", "6"], 4, 1)]);
    const outgoing = countCorpus([article("a", ["1", "2"], 1, 2)]);

    expect(plus(served, incoming)).toEqual({ articles: 3, paragraphs: 6, quotes: 7, warnings: 3 });
    expect(minus(plus(served, incoming), outgoing)).toEqual({
      articles: 2,
      paragraphs: 4,
      quotes: 6,
      warnings: 1,
    });
  });
});
