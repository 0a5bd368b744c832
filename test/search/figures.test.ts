import { describe, expect, it } from "vitest";
import { outletFigures } from "../../src/search/figures.js";
import type { SearchResult } from "../../src/search/types.js";

/** A result quoting `quote` with its figure highlighted as matched. */
function result(outlet: string, article: string, quote: string): SearchResult {
  const at = quote.indexOf("killed");
  return { outlet, article, quote, highlights: [[at, at + 6]] } as unknown as SearchResult;
}

describe("outletFigures", () => {
  it("gives each outlet's first figure when two outlets give different ones", () => {
    const results = [
      result("AP", "a1", "Over 80 people were killed."),
      result("AP", "a2", "It killed 90."),
      result("BBC", "b1", "The flood killed 84."),
    ];

    expect(outletFigures(results)).toEqual([
      { outlet: "AP", figure: "Over 80", article: "a1" },
      { outlet: "BBC", figure: "84", article: "b1" },
    ]);
  });

  it("gives none when the outlets agree or only one gives a figure", () => {
    expect(
      outletFigures([result("AP", "a", "It killed 84."), result("BBC", "b", "It killed 84.")]),
    ).toEqual([]);
    expect(
      outletFigures([result("AP", "a", "It killed 84."), result("BBC", "b", "Nobody came.")]),
    ).toEqual([]);
  });
});
