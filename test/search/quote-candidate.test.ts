import { describe, expect, it } from "vitest";
import { QuoteCandidate } from "../../src/search/quote-candidate.js";
import type { SearchResult } from "../../src/search/types.js";

describe("QuoteCandidate", () => {
  it("reads the folded words of its quote, stopwords left out", () => {
    const result = { quote: "The Dam held, engineers said." } as SearchResult;

    expect([...new QuoteCandidate(result).words]).toEqual(["dam", "held", "engineers", "said"]);
  });
});
