import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/corpus/sentences.js";
import { wholeQuotation } from "../../src/search/whole-quotation.js";

const TEXT = 'Kaliyev spoke. "Everybody knew. Nobody spoke," Kaliyev said. Then he left.';
const sentences = splitSentences(TEXT);

describe("a quote widened to the whole quotation", () => {
  it("a quote inside a quotation runs from its opening sentence to the one that attributes it", () => {
    const start = TEXT.indexOf("Nobody");
    const end = TEXT.indexOf(",") + 1;
    const quote = wholeQuotation(TEXT, sentences, start, end, 300);
    expect(TEXT.slice(quote.start, quote.end)).toBe(
      '"Everybody knew. Nobody spoke," Kaliyev said.',
    );
  });

  it("stays as it is when widening would pass twice the longest quote", () => {
    const start = TEXT.indexOf("Nobody");
    expect(wholeQuotation(TEXT, sentences, start, start + 14, 10)).toEqual({
      start,
      end: start + 14,
    });
  });

  it("a quote outside any quotation stays as it is", () => {
    expect(wholeQuotation(TEXT, sentences, 0, 14, 300)).toEqual({ start: 0, end: 14 });
  });
});
