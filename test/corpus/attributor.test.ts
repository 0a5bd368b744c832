import { describe, expect, it } from "vitest";
import { Attributor } from "../../src/corpus/attributor.js";
import { mask, quoteSpans } from "../../src/corpus/quote-spans.js";

/** Who the first quote of each paragraph holding one is attributed to, in order. */
function speakers(paragraphs: readonly string[]): Array<[string | null, string | null]> {
  const spans = paragraphs.map(quoteSpans);
  const attributor = new Attributor(paragraphs.map((p, i) => mask(p, spans[i] ?? [])));
  return spans.flatMap((quotes, para) => {
    const span = quotes[0];
    if (!span) return [];
    const found = attributor.attribute(para, span, null);
    return [[found.speaker, found.role] as [string | null, string | null]];
  });
}

describe("reading who said a quote from the words around it", () => {
  it("a surname after the quote is the person introduced earlier, with the role given then", () => {
    expect(
      speakers(["Jane Doe, the mayor, spoke on Monday.", '"We will stay here," Doe said.']),
    ).toEqual([["Jane Doe", "the mayor"]]);
  });

  it("a name before the quote speaks when the words after it name no one", () => {
    expect(speakers(["Intro.", 'Tom Reed told reporters: "It is over for us now."'])).toEqual([
      ["Tom Reed", null],
    ]);
  });

  it("a paragraph that opens with a quote and names no one continues the previous speaker", () => {
    expect(
      speakers([
        "Intro.",
        'Tom Reed told reporters: "It is over for us now."',
        '"Nobody saw this coming at all."',
      ]),
    ).toEqual([
      ["Tom Reed", null],
      ["Tom Reed", null],
    ]);
  });

  it.each([
    [
      "a title",
      '"It is a worry," said Dr. Wendy Quux, a professor of medicine.',
      ["Wendy Quux", "a professor of medicine"],
    ],
    [
      "a middle initial",
      '"It is no wonder at all," argued Sophie K. Quux.',
      ["Sophie K. Quux", null],
    ],
    [
      "a title, then a comma",
      '"I think there is more here," said Rep. Zoe Quux, a member.',
      ["Zoe Quux", "Rep."],
    ],
    [
      "a dotted acronym",
      '"The data was never submitted," according to a blog post by U.S. News. It is unclear.',
      ["a blog post by U.S. News", null],
    ],
  ])("a name after the verb runs on through %s's period", (_, paragraph, said) => {
    expect(speakers(["Intro.", paragraph])).toEqual([said]);
  });

  it("a titled name after the verb speaks, not a body named in the appositive after it", () => {
    expect(
      speakers([
        "Intro.",
        '"We look on the growing jackpot with hope," says Ohio Lottery Director Pat Quux, current Lead Director of the Mega Millions Consortium.',
      ]),
    ).toEqual([["Pat Quux", "Ohio Lottery Director"]]);
  });

  it("a clause naming no one, a comma and the verb put the speaker after the verb", () => {
    expect(
      speakers([
        "Intro.",
        '"Police and health services struggle to serve everyone", and concerns linger about what the decision could mean, said Sky News\u2019s Martin Quux.',
      ]),
    ).toEqual([["Martin Quux", null]]);
  });

  it("a full name opens a phrase whose role holds commas of its own, with or without a closing comma", () => {
    expect(
      speakers([
        "Intro.",
        '"This is mainly due to the change in wind patterns," Kuri Quux, a research analyst at the Council on Energy, Environment and Water think tank told reporters.',
      ]),
    ).toEqual([
      [
        "Kuri Quux",
        "a research analyst at the Council on Energy, Environment and Water think tank",
      ],
    ]);
  });

  it("a quote two paragraphs after the last speaker, naming no one, has no speaker", () => {
    expect(
      speakers([
        "Intro.",
        'Tom Reed told reporters: "It is over for us now."',
        "The rain went on all day.",
        '"Nobody saw this coming at all."',
      ]).slice(1),
    ).toEqual([[null, null]]);
  });
});
