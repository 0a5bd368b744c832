import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { parseQuoteGold, scoreQuote } from "../../src/corpus/quote-eval.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const evalFile = path.resolve(repoRoot, "../shared/eval/quotes-dev.jsonl");

describe.skipIf(!existsSync(evalFile))("quote attribution on the dev set", () => {
  it("extracts all 15 dev quotes with the speaker given there", async () => {
    const items = parseQuoteGold(readFileSync(evalFile, "utf8"), evalFile);
    const corpus = await loadCorpus(path.join(repoRoot, "corpus"));
    const misses = items.filter((item) => !scoreQuote(item, corpus.articles).right);
    expect(items).toHaveLength(15);
    expect(misses.map((m) => m.quote)).toEqual([]);
  });
});

describe("quote attribution on the held-out fixtures", () => {
  it("gives every fixture quote the speaker its gold file names", async () => {
    const dir = path.join(repoRoot, "test/fixtures/heldout");
    const items = parseQuoteGold(readFileSync(path.join(dir, "quotes.jsonl"), "utf8"), dir);
    const corpus = await loadCorpus(path.join(dir, "corpus"));
    const misses = items.filter((item) => !scoreQuote(item, corpus.articles).right);
    expect(items).toHaveLength(20);
    expect(misses.map((m) => m.quote)).toEqual([]);
  });
});
