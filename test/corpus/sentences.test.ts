import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodInName, splitSentences } from "../../src/corpus/sentences.js";

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("splits at full stops, question and exclamation marks", () => {
    expect(sentences("The talks ended. Did they agree? Nobody knows!  ")).toEqual([
      "The talks ended.",
      "Did they agree?",
      "Nobody knows!",
    ]);
  });

  it("does not split after titles, initials or dotted acronyms inside a name", () => {
    expect(
      sentences(
        "Mr. Smith met Dr. Jones and J. K. Rowling in the U.S. State Department. They talked.",
      ),
    ).toEqual([
      "Mr. Smith met Dr. Jones and J. K. Rowling in the U.S. State Department.",
      "They talked.",
    ]);
  });

  it("does not split inside a court case's name", () => {
    expect(
      sentences("60% disapprove of the decision to overturn Roe v. Wade. The poll ended."),
    ).toEqual(["60% disapprove of the decision to overturn Roe v. Wade.", "The poll ended."]);
  });

  it("splits after a dotted acronym that ends a sentence", () => {
    expect(sentences("He flew to the U.S. The visit lasted a week.")).toEqual([
      "He flew to the U.S.",
      "The visit lasted a week.",
    ]);
  });

  it("keeps closing quotes with their sentence and splits before an opening quote", () => {
    expect(sentences('"We will win." She smiled. \u201cNo doubt.\u201d Then she left.')).toEqual([
      '"We will win."',
      "She smiled.",
      "\u201cNo doubt.\u201d",
      "Then she left.",
    ]);
  });

  it("does not split inside a quote that goes on in lower case or after an ellipsis", () => {
    expect(sentences('"Why now?" he asked. Russia... an agreement was reached.')).toEqual([
      '"Why now?" he asked.',
      "Russia... an agreement was reached.",
    ]);
  });

  it("returns ordered spans that cover every non-space character", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("a", "B", " ", ".", "?", '"', "\u201d", "Mr", "U.S.", "\n", "1"),
        }),
        (text) => {
          const spans = splitSentences(text);
          let covered = 0;
          let last = 0;
          for (const s of spans) {
            expect(s.start).toBeGreaterThanOrEqual(last);
            expect(s.end).toBeGreaterThan(s.start);
            covered += text.slice(s.start, s.end).replace(/\s/g, "").length;
            last = s.end;
          }
          expect(last).toBeLessThanOrEqual(text.length);
          expect(covered).toBe(text.replace(/\s/g, "").length);
        },
      ),
    );
  });

  it("with a limit, gives the first sentences of the text and no more", () => {
    expect(sentences("One. Two. Three.")).toEqual(["One.", "Two.", "Three."]);
    expect(splitSentences("One. Two. Three.", 1)).toEqual([{ start: 0, end: 4 }]);
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("a", "B", " ", ".", "?", '"', "\u201d", "Mr", "U.S.", "\n", "1"),
        }),
        fc.integer({ min: 1, max: 6 }),
        (text, limit) => {
          expect(splitSentences(text, limit)).toEqual(splitSentences(text).slice(0, limit));
        },
      ),
    );
  });
});

describe("periodInName", () => {
  /** Whether each period of `text` is inside a name that goes on. */
  const periods = (text: string) =>
    [...text.matchAll(/\./g)].map((m) => periodInName(text, m.index ?? 0));

  it("goes on through a title, an initial and a dotted acronym before a capitalised word", () => {
    expect(periods("Dr. Amesh Adalja")).toEqual([true]);
    expect(periods("Sophie K. Rosa.")).toEqual([true, false]);
    expect(periods("a blog post by U.S. News.")).toEqual([true, true, false]);
  });

  it("ends at a word that is no abbreviation, before a lower-case word, and at the end", () => {
    expect(periods("Rosa. Then")).toEqual([false]);
    expect(periods("King Jr. in 1963")).toEqual([false]);
    expect(periods("Dr.")).toEqual([false]);
  });

  it("never goes on before a lower-case letter, a digit or the end of the text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom("", " a", " 7", "  x"),
        (head, tail) => {
          const text = `${head}.${tail}`;
          expect(periodInName(text, head.length)).toBe(false);
        },
      ),
    );
  });
});
