import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KEY_CHARS, WordTable } from "../../src/search/word-table.js";

/** A table whose ids are given in the order words are first met, "the" being no term (-1). */
function table(): WordTable {
  let next = 0;
  return new WordTable((word) => (word === "the" ? -1 : next++));
}

describe("WordTable", () => {
  it("gives a word met again, in any case or from a folded form, the id it got first", () => {
    const words = table();
    const text = "The Minister met the MINISTER";
    expect(words.idAt(text, 0, 3)).toBe(-1);
    expect(words.idAt(text, 4, 12)).toBe(0);
    expect(words.idAt(text, 13, 16)).toBe(1);
    expect(words.idAt(text, 17, 20)).toBe(-1);
    expect(words.idAt(text, 21, 29)).toBe(0);
    expect(words.id("minister")).toBe(0);
    expect(words.id("ministers")).toBe(2);
    expect(words.entries()).toEqual([
      ["the", -1, 1],
      ["minister", 0, 1],
      ["met", 1, 1],
      ["ministers", 2, 1],
    ]);
  });

  it("tells apart words kept in the slot and words too long or too wide for it, each found again", () => {
    const words = table();
    const long = "a".repeat(KEY_CHARS + 1);
    const longest = "a".repeat(KEY_CHARS);
    const text = `${long.toUpperCase()} ${longest}`;
    expect(KEY_CHARS).toBe(8);
    expect(words.idAt(text, 0, KEY_CHARS + 1)).toBe(0);
    expect(words.idAt(text, KEY_CHARS + 2, text.length)).toBe(1);
    expect(words.id("łódź")).toBe(2);
    expect(words.id("lodz")).toBe(3);
    expect(words.id("café")).toBe(4);
    expect(words.id(long)).toBe(0);
    expect(words.id(longest)).toBe(1);
    expect(words.id("łódź")).toBe(2);
    expect(words.id("café")).toBe(4);
    expect(words.entries().map(([w, id]) => [w.length, id])).toEqual([
      [KEY_CHARS + 1, 0],
      [KEY_CHARS, 1],
      [4, 2],
      [4, 3],
      [4, 4],
    ]);
  });

  it("counts each word once an article", () => {
    const words = table();
    words.nextArticle();
    words.id("flood");
    words.id("flood");
    words.nextArticle();
    words.idAt("Flood", 0, 5);
    words.id("dam");
    expect(words.entries()).toEqual([
      ["flood", 0, 2],
      ["dam", 1, 1],
    ]);
  });

  it("gives the ids and counts a map of the lower-case words gives, however many words come", () => {
    const letter = fc.constantFrom(..."aAbBzZé\u0142\u00ff\u0100".split(""));
    const word = fc.string({ unit: letter, minLength: 1, maxLength: KEY_CHARS + 6 });
    const article = fc.array(word, { maxLength: 40 });
    fc.assert(
      fc.property(fc.array(article, { maxLength: 60 }), (articles) => {
        const words = table();
        const model = new Map<string, { id: number; articles: number; last: number }>();
        let next = 0;
        articles.forEach((article, a) => {
          words.nextArticle();
          for (const w of article) {
            const folded = w.replace(/[A-Z]/g, (c) => c.toLowerCase());
            let known = model.get(folded);
            if (!known) {
              known = { id: folded === "the" ? -1 : next++, articles: 0, last: -1 };
              model.set(folded, known);
            }
            if (known.last !== a) {
              known.last = a;
              known.articles++;
            }
            const text = ` ${w}.`;
            // Indexing looks plain ASCII words up in the text, folded words by themselves.
            const id = /^[a-zA-Z]+$/.test(w) ? words.idAt(text, 1, w.length + 1) : words.id(folded);
            expect(id).toBe(known.id);
          }
        });
        expect(words.entries()).toEqual(
          [...model].map(([w, { id, articles }]) => [w, id, articles]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
