import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/corpus/quotes.js";
import { wordTexts } from "./arbitraries.js";

/** Speaker and role of each quote of an article given as paragraphs. */
function speakers(paragraphs: string[]): Array<[string | null, string | null]> {
  return extractQuotes(paragraphs).map((q) => [q.speaker, q.role]);
}

describe("the subject of a verb of saying: names joined by small words, relative clauses", () => {
  it.each([
    [
      "an institute whose name has “for” is the institute, not the words after “for”",
      [
        "The Institute for Rural Studies, an independent research group, said last month that “the plan will not help the poor at all.”",
      ],
      [["Institute for Rural Studies", "an independent research group"]],
    ],
    [
      "a spokesman for a centre whose name has “for” speaks for the whole centre",
      [
        "“The figures are the worst in a decade,” a spokesman for the Centre for Rural Policy said.",
      ],
      [["Centre for Rural Policy", null]],
    ],
    [
      "a person named before “of” and a place still speaks",
      ['"We will win this vote soon," said Lev Ostrov of Norway.'],
      [["Lev Ostrov", null]],
    ],
    [
      "two places joined by “and” are not one name",
      [
        "“We followed every rule for the transfer,” Dana Pell said. Officials in Ruritania and Fredonia have not replied.",
      ],
      [["Dana Pell", null]],
    ],
    [
      "a verb of saying inside “who …” is not the one that reports: the name before it spoke",
      [
        "“This ruling finally ends the charade of the whole policy,” union lawyer Lee Garnet, who argued the case, said in a statement.",
      ],
      [["Lee Garnet", "union lawyer"]],
    ],
    [
      "a relative clause set off by commas is no role",
      [
        "“It will be seamless and very safe,” Simon Morrow, who now runs a security firm, told reporters.",
      ],
      [["Simon Morrow", null]],
    ],
    [
      "a role joined by “and” continues the first appositive: the name that opens the phrase spoke",
      [
        "Ada Lind, a fellow at the Pell Institute in Munich, Germany, and co-author of the study, said in a statement. “We saw what we had not programmed into the code.”",
      ],
      [
        [
          "Ada Lind",
          "a fellow at the Pell Institute in Munich, Germany, and co-author of the study",
        ],
      ],
    ],
    [
      "a writing on a name's own website is the name's, with the phrase as its role",
      [
        "“In the process, he reinvigorated the brand as its cornerstone,” according to a biography on the Vantor website.",
      ],
      [["Vantor", "a biography on the Vantor website"]],
    ],
    [
      "so is one on a website named without “the”",
      [
        "“In the process, he reinvigorated the brand as its cornerstone,” according to a biography on Vantor website.",
      ],
      [["Vantor", "a biography on Vantor website"]],
    ],
    [
      "a writing on a page, which WordNet also files as a person, is not given to the name",
      [
        "“In the process, he reinvigorated the brand as its cornerstone,” according to a post on the Vantor page.",
      ],
      [["a post on the Vantor page", null]],
    ],
    [
      "a quote that opens a sentence continues the speech a “…, said Name” sentence reported",
      [
        "There’s something about this team, said Tom Harlow on Radio Fen. “They simply don’t know when they’re beaten.”",
      ],
      [["Tom Harlow", null]],
    ],
    [
      "so does a paragraph that opens with a quote after such a sentence",
      [
        "There’s something about this team, said Tom Harlow on Radio Fen.",
        "“They simply don’t know when they’re beaten.”",
      ],
      [["Tom Harlow", null]],
    ],
    [
      "a role after the verb is not read for the next sentence's quote",
      [
        "There’s something about this team, said the coach. “They simply don’t know when they’re beaten.”",
      ],
      [[null, null]],
    ],
    [
      "a quote with its own verb of saying after it is not the earlier speaker's",
      [
        "There’s something about this team, said Tom Harlow. “They never stop running at all,” a fan said.",
      ],
      [["a fan", null]],
    ],
  ])("%s", (_, paragraphs, expected) => {
    expect(speakers(paragraphs)).toEqual(expected);
  });

  it("never credits a relative pronoun, whatever the clause says", () => {
    const clause = fc.array(
      fc.constantFrom(
        "argued",
        "said",
        "told",
        "the",
        "case",
        "Board",
        "of",
        "Trade",
        "for",
        "court",
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.constantFrom("who", "which"), clause, (relative, words) => {
        const text = `“We will keep working on this for years,” Lee Garnet, ${relative} ${words.join(" ")}, said.`;
        const [quote] = extractQuotes([text]);
        expect(quote?.speaker ?? "").not.toMatch(/^(?:who|which)\b/);
        expect(quote?.role ?? "").not.toMatch(/^(?:who|which)\b/);
      }),
    );
  });

  it("gives a quote that opens a sentence no speaker when the sentence before reports no speech", () => {
    const words = fc.constantFrom(
      "There",
      "is",
      "Tom",
      "Harlow",
      "on",
      "Radio",
      "the",
      "team",
      "who",
      "of",
    );
    const gaps = fc.constantFrom(" ", ", ", " -- ");
    fc.assert(
      fc.property(wordTexts(words, gaps, 20), (before) => {
        const [quote] = extractQuotes([`${before}. “They simply don’t know when they’re beaten.”`]);
        expect(quote?.speaker).toBe(null);
      }),
    );
  });
});
