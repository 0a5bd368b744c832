import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/corpus/quotes.js";

/** Speaker and role of each quote of an article given as paragraphs. */
function speakers(paragraphs: string[]): Array<[string | null, string | null]> {
  return extractQuotes(paragraphs).map((q) => [q.speaker, q.role]);
}

describe("pronoun speakers", () => {
  it("a he after a paragraph whose subject is someone else goes to that subject", () => {
    expect(
      speakers([
        "Nancy Pelosi said on Thursday she would step down. “I will not seek reelection to leadership,” Pelosi said.",
        "Former President Barack Obama also praised Pelosi in a post on Twitter.",
        "“She will go down as one of the most accomplished legislators in history,” he wrote.",
      ]),
    ).toEqual([
      ["Nancy Pelosi", null],
      ["Barack Obama", "Former President"],
    ]);
  });
});
