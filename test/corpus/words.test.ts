import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameContextWord } from "../../src/corpus/capital-runs.js";
import { hasWords, isWordCode } from "../../src/corpus/chars.js";
import { tokenize, tokenizeLong, WordSet } from "../../src/corpus/words.js";
import { wordCount } from "../../src/text/count.js";

const set = new WordSet(["of", "minister", "vice-president", "al"]);

describe("word sets checked in place", () => {
  it("when a range of a text is asked about, it matches exactly the words in the set", () => {
    const text = "the Minister of state, vice-president al-Bashir's minister";
    const ranges = tokenize(text).map((t) => set.hasHashed(text, t.start, t.end, -1));
    expect(ranges).toEqual([false, false, true, false, true, false, true]);
  });

  it("when any range of a text is asked about, it answers as the set asked about the range's text", () => {
    const words = new WordSet(["of", "Of", "minister", "ölçü", "a", "", "vice-president"]);
    const unit = fc.constantFrom(
      "o",
      "f",
      "O",
      "m",
      "i",
      "n",
      "s",
      "t",
      "e",
      "r",
      "ö",
      "a",
      "-",
      " ",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 14 }), fc.nat(14), fc.nat(14), (t, a, b) => {
        const [start, end] = [Math.min(a, b, t.length), Math.min(Math.max(a, b), t.length)];
        expect(words.hasHashed(t, start, end, -1)).toBe(words.has(t.slice(start, end)));
      }),
    );
  });

  it("when a text is tokenized with a word-set test, tokens equal those of the same test run word by word", () => {
    const words = fc.constantFrom(
      "of",
      "Of",
      "minister",
      "minister's",
      "the",
      "Kanat",
      "al",
      "vice-president",
      "Ünal",
      "ölçü",
      "x",
    );
    const gaps = fc.constantFrom(" ", ", ", ". ", "\u201c", "' ", "-", "\u00a0");
    const text = fc
      .array(fc.tuple(words, gaps), { maxLength: 30 })
      .map((parts) => parts.map(([w, g]) => w + g).join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t, set.test())).toEqual(tokenize(t, (w) => set.has(w)));
        expect(tokenize(t, nameContextWord)).toEqual(tokenize(t, (w) => nameContextWord(w)));
      }),
    );
  });

  it("when the set's words hold apostrophes, hyphens and dots, a word is found as written, possessive included", () => {
    const joined = new WordSet(["o'neil", "u.s", "minister's", "protesters'", "jalal-abad", "s"]);
    const words = fc.constantFrom(
      "o'neil",
      "O'Neil",
      "u.s",
      "u.s.",
      "minister's",
      "minister",
      "protesters'",
      "protesters",
      "jalal-abad",
      "jalal",
      "s",
      "ölçü's",
    );
    const gaps = fc.constantFrom(" ", ", ", ". ", "' ", "'", "\u2019 ", "-", ".");
    const text = fc
      .array(fc.tuple(words, gaps), { maxLength: 20 })
      .map((parts) => parts.map(([w, g]) => w + g).join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t, joined.test())).toEqual(tokenize(t, (w) => joined.has(w)));
      }),
    );
  });

  it("with a limit, gives the first words of the text and no more", () => {
    const text = "Mr. Bakiyev's aide said: protesters' demands, U.S.-made";
    expect(tokenize(text, undefined, 3).map((t) => t.text)).toEqual(["Mr", "Bakiyev's", "aide"]);
    expect(tokenize(text, nameContextWord, 2).map((t) => t.text)).toEqual(["Mr", "Bakiyev's"]);
    expect(tokenize(text, undefined, 0)).toEqual([]);
    const words = fc.constantFrom("of", "Kanat", "minister's", "protesters'", "U.S", "ölçü", "x");
    const gaps = fc.constantFrom(" ", ", ", ". ", "\u201c", "-");
    const texts = fc
      .array(fc.tuple(words, gaps), { maxLength: 30 })
      .map((parts) => parts.map(([w, g]) => w + g).join(""));
    fc.assert(
      fc.property(texts, fc.nat(35), (t, limit) => {
        expect(tokenize(t, undefined, limit)).toEqual(tokenize(t).slice(0, limit));
        expect(tokenize(t, nameContextWord, limit)).toEqual(
          tokenize(t, nameContextWord).slice(0, limit),
        );
      }),
    );
  });
});

describe("words counted up to a minimum", () => {
  it("tells whether a range has that many words, as wordCount counts them", () => {
    expect(hasWords('"We will not go," he said', 1, 16, 4)).toBe(true);
    expect(hasWords('"not now," he said', 1, 9, 4)).toBe(false);
    const units = fc.constantFrom(
      "a",
      "Z",
      "é",
      "\u0301",
      "1",
      " ",
      ",",
      "-",
      "\u00a0",
      "\u201c",
      "\u4e00",
    );
    fc.assert(
      fc.property(
        fc.string({ unit: units }),
        fc.nat(20),
        fc.nat(20),
        fc.nat(6),
        (text, a, b, min) => {
          const from = Math.min(a, text.length);
          const to = Math.max(from, Math.min(b, text.length));
          expect(hasWords(text, from, to, min)).toBe(
            wordCount(text.slice(from, to), isWordCode) >= min,
          );
        },
      ),
    );
  });
});

describe("a long paragraph tokenized in pieces", () => {
  it("gives the words, offsets and indexes tokenizing it whole would", () => {
    const text = "Jo Ramsey said the plan would work. ".repeat(200);
    const keep = () => false;
    expect(tokenizeLong(text, keep)).toEqual(tokenize(text, keep));
  });
});
