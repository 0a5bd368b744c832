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

  it("skips a figure that is part of a name, someone's age or a span dating an event, so outlets that agree do not differ", () => {
    const matched = (outlet: string, quote: string, word: string): SearchResult => {
      const at = quote.indexOf(word);
      return { outlet, article: outlet, quote, highlights: [[at, at + word.length]] } as never;
    };
    const results = [
      matched("AP", "A surge of Covid-19 delayed the trial of Balwani.", "Balwani"),
      matched("BBC", "Both Holmes, 38, and Balwani, 57, face up to 20 years in prison.", "years"),
      matched("CNN", "The F-16 pilots said Balwani faces up to 20 years.", "years"),
      matched("Reuters", "Four years after the indictment, Balwani faces up to 20 years.", "years"),
    ];

    expect(outletFigures(results)).toEqual([]);
    expect(
      outletFigures([results[1] as SearchResult, matched("AP", "He faces 15 years.", "years")]),
    ).toEqual([
      { outlet: "BBC", figure: "up to 20", article: "BBC" },
      { outlet: "AP", figure: "15", article: "AP" },
    ]);
  });
});
