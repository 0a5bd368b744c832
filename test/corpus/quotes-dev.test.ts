import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { phraseKey } from "../../src/text/names.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const evalFile = path.resolve(repoRoot, "../shared/eval/quotes-dev.jsonl");

interface EvalQuote {
  outlet: string;
  quote: string;
  speaker: string[];
}

/** The eval's normalisation: straight quotes, plain dashes, single spaces, lower case. */
function norm(s: string): string {
  return s
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The speaker matches when it contains one of the expected names, in any spelling. */
function sameSpeaker(found: string | null, expected: readonly string[]): boolean {
  if (!found) return false;
  const key = ` ${phraseKey(found)} `;
  return expected.some((e) => key.includes(` ${phraseKey(e)} `) || norm(found).includes(norm(e)));
}

describe.skipIf(!existsSync(evalFile))("quote attribution on the dev set", () => {
  it("extracts all 15 dev quotes with the speaker given there", async () => {
    const items = readFileSync(evalFile, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => JSON.parse(l) as EvalQuote);
    const corpus = await loadCorpus(path.join(repoRoot, "corpus"));
    const misses = items.filter((item) => {
      const quotes = corpus.articles
        .filter((a) => a.outlet === item.outlet)
        .flatMap((a) => a.quotes);
      const quote = quotes.find((q) => norm(q.text).includes(norm(item.quote)));
      return !quote || !sameSpeaker(quote.speaker, item.speaker);
    });
    expect(items).toHaveLength(15);
    expect(misses.map((m) => m.quote)).toEqual([]);
  });
});
