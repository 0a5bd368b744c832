import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordShapes } from "../../src/text/word-shapes.js";

describe("WordShapes", () => {
  it("rules out words of another length or first letter, either case of a letter alike", () => {
    const shapes = new WordShapes(["minister", "of"]);
    const text = "the Minister of state";
    expect(
      [
        [4, 12],
        [0, 3],
        [13, 15],
        [16, 21],
        [4, 21],
      ].map(([s, e]) => shapes.mayHold(text, s as number, e as number)),
    ).toEqual([true, false, true, false, false]);
  });

  it("never rules out a word of the set, found anywhere in a text, in either case", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "B", "é", "1", "-"), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word), word, fc.string({ maxLength: 4 }), (words, w, before) => {
        const shapes = new WordShapes([...words, w.toLowerCase()]);
        const text = `${before}${w}`;
        expect(shapes.mayHold(text, before.length, text.length)).toBe(true);
      }),
    );
  });
});
