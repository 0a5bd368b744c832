import { describe, expect, it } from "vitest";
import { readsBetter, type Searched } from "../../src/search/better-reading.js";
import type { NoMatchEvidence } from "../../src/search/no-match.js";
import type { SearchResult } from "../../src/search/types.js";

/** A reading whose no-match coverage is `coverage` and whose first result scores `score`. */
function searched(coverage: number, score: number | null): Searched {
  const evidence: NoMatchEvidence = { coverage, held: 0, absentWordingShare: 0, offTopic: 0 };
  const results = score === null ? [] : [{ score } as SearchResult];
  return { answer: { query: "q", noMatch: results.length === 0, results, figures: [] }, evidence };
}

describe("which reading of a question with a slipped function word answers", () => {
  it("the one whose best passage holds more of its question", () => {
    expect([
      readsBetter(searched(0.9, 0.5), searched(0.7, 0.8)),
      readsBetter(searched(0.7, 0.8), searched(0.9, 0.5)),
    ]).toEqual([true, false]);
  });

  it("on a tie of what they hold, the one whose first result scores higher", () => {
    // "hat did serena say …": both readings on a topic not in doubt, counted whole; only the
    // typed one weighs a hat no passage holds.
    expect([
      readsBetter(searched(1, 0.9), searched(1, 0.7)),
      readsBetter(searched(1, 0.7), searched(1, 0.9)),
    ]).toEqual([true, false]);
  });

  it("as typed on a full tie", () => {
    expect(readsBetter(searched(1, 0.8), searched(1, 0.8))).toBe(false);
  });
});
