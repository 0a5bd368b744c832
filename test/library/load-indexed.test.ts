import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadIndexed } from "../../src/library/load-indexed.js";
import { SearchIndex } from "../../src/search/index.js";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/articles");

describe("indexing while the corpus loads", () => {
  it("when articles are indexed as workers parse them, the index equals one built after loading", async () => {
    const pool = { minFiles: 0, threads: 2, batchFiles: 2, inFlight: 2 };

    const { corpus, index } = await loadIndexed(fixtures, {}, pool);
    const after = SearchIndex.build(corpus.articles);

    expect(index.exportState().state).toEqual(after.exportState().state);
    expect(index.paragraphCount).toBe(corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0));
  });
});
