import { describe, expect, it } from "vitest";
import { lastQuoteParagraph, mask, quoteSpans, quoteText } from "../../src/corpus/quote-spans.js";

describe("quoted stretches of a paragraph", () => {
  it("curly quotes pair an opening mark with a closing one, straight quotes alternate", () => {
    expect(quoteSpans('“One” and "two" here')).toEqual([
      { open: 0, end: 4 },
      { open: 10, end: 14 },
    ]);
  });

  it("a quote left open runs to the end of the paragraph", () => {
    expect(quoteSpans('He said: "We will stay')).toEqual([{ open: 9, end: 22 }]);
  });

  it("a closing curly mark with no opening one is no quote", () => {
    expect(quoteSpans("stray” mark")).toEqual([]);
  });
});

describe("the paragraph with its quotes blanked", () => {
  it("keeps the marks and the length, and blanks the words between them", () => {
    const p = 'She said "no way" today';
    expect(mask(p, quoteSpans(p))).toBe('She said "      " today');
  });

  it("the quoted words lose a trailing comma", () => {
    const p = "“We will stay,” she said";
    expect(quoteText(p, quoteSpans(p)[0] as { open: number; end: number })).toBe("We will stay");
  });

  it("the last paragraph with a quote mark is found from the end", () => {
    expect(lastQuoteParagraph(["a “b”", "c", "d"])).toBe(0);
    expect(lastQuoteParagraph(["a", "b"])).toBe(-1);
  });
});
