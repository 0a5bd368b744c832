import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/corpus/quotes.js";

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
});
