import { describe, expect, it } from "vitest";
import { quoteSpans, quoteText } from "../../src/corpus/quote-spans.js";
import { isNotSpoken } from "../../src/corpus/quoted-titles.js";

function notSpoken(p: string): boolean {
  const span = quoteSpans(p)[0] as { open: number; end: number };
  return isNotSpoken(p, span, quoteText(p, span));
}

describe("quotation marks around a title or a name, not speech", () => {
  it("a title of a work, every word capitalised but the small ones, is not speech", () => {
    expect(notSpoken("She sang “Coal Miner’s Daughter of the Hills” again")).toBe(true);
  });

  it("words introduced as a name are not speech", () => {
    expect(notSpoken("the plan, dubbed “a bridge to nowhere by design”")).toBe(true);
  });

  it("a sentence is speech, even when its first word is capitalised", () => {
    expect(notSpoken("“We will stay here until the end,” he said")).toBe(false);
  });

  it("a long run of capitalised words is a sentence in capitals", () => {
    const shout = "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN";
    expect(notSpoken(`He wrote “${shout}” online`)).toBe(false);
  });
});
