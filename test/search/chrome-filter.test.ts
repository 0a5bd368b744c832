import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gated, looksLikeCaption, looksLikeChrome } from "../../src/search/chrome-filter.js";

describe("looksLikeChrome", () => {
  it.each([
    "Item 1 of 3 Relatives wait outside the mine near the town, March 12, 2024. REUTERS/Jane Doe",
    "[1/3] Relatives wait outside the mine, March 12, 2024. REUTERS/Jane Doe Purchase Licensing Rights, opens new tab",
    "Rescuers work at the mine on Tuesday, March 12, 2024. (Emergency Situations Ministry via AP)",
    "Rescue workers at the entrance to the mine on Tuesday. Photograph: Jane Doe/AFP/Getty Images",
    "Image source, Getty Images",
    "We and our partners use cookies and similar technologies to store and access personal data such as browsing data on your device. You can change your choices at any time by clicking Privacy settings.",
  ])("when a paragraph is a caption, credit or consent text (%s), it is chrome", (text) => {
    expect(looksLikeChrome(text)).toBe(true);
  });

  it.each([
    "Edil Baisalov confirmed to RFE/RL that Bakiev has stepped down.",
    "The company told Reuters it would pay compensation to every family.",
    "Photographs of the victims were placed at the gates of the mine.",
  ])("when a paragraph only mentions an agency or a photo (%s), it is reporting", (text) => {
    expect(looksLikeChrome(text)).toBe(false);
  });
});

describe("looksLikeCaption", () => {
  it.each([
    [
      "a credit at the end",
      "Rescuers carry a miner out of the shaft on Tuesday. Seth Wenig/AP",
      true,
    ],
    [
      "a teaser opening with Read more",
      "Read more about the ballot measures in every state: where recreational marijuana was on the ballot this year, what voters decided, and what the new laws allow people over 21 to grow, buy and carry in their own states",
      true,
    ],
    [
      "a link to another story behind a label, no space after its colon",
      "OPINION:Thorns, Red Stars owners need to go in light of damning report on abuse in NWSL",
      true,
    ],
    [
      "a link behind a label, the headline opening with a quotation",
      "More:'Windfall for the rich': Republicans warm up attacks as Biden weighs forgiving student debt",
      true,
    ],
    [
      "a caption saying who stands where",
      "Petro, left, and Noemi Sanin, of the Conservative Party, gesture as they take part in a televised debate in Bogota in May 2010.",
      true,
    ],
    [
      "a caption ending in an agency's credit",
      "Khalil Islam, center, is booked as the third suspect in New York on March 3, 1965. AP",
      true,
    ],
    [
      "a caption ending in a courtesy credit",
      "Democrat Maxwell Frost will succeed Rep. Val Demings in Florida's 10th District. Courtesy Nathan Bullock",
      true,
    ],
    [
      "reporting naming an agency in its last sentence",
      "The company confirmed the figure to AP.",
      false,
    ],
    [
      "reporting where someone left",
      "The minister left, and the talks ended without a deal.",
      false,
    ],
    ["a label followed by a space", 'WINNER: Zendaya, "Euphoria" (HBO)', false],
    [
      "a time of day",
      "Exactly 187 minutes later, at 4:17 p.m. ET, Trump posted a video on Twitter.",
      false,
    ],
    [
      "a newsletter's summary of a story ending in Read more",
      "An earthquake rocked eastern Afghanistan on Wednesday, killing at least 1,000 people and injuring 1,500 more, the Taliban leader told the state news agency. Hundreds of homes were destroyed. Read more + see a map of the earthquake.",
      false,
    ],
  ])("when a paragraph is %s, it reads as a caption: %s", (_what, text, caption) => {
    expect(looksLikeCaption(text)).toBe(caption);
  });
});

describe("gated", () => {
  it("answers as its pattern does, the needed strings being part of every match", () => {
    const patterns: Array<[RegExp, string[]]> = [
      [
        /\b(use cookies|cookie (policy|settings)|privacy settings|consent)\b/i,
        ["cookie", "privacy", "consent"],
      ],
      [/\b(Photo|Picture)( by)?: [^.]*$/, [": "]],
      [/[A-Z][\w.'-]*\/(?:AP|AFP)\b/, ["/"]],
    ];
    const piece = fc.constantFrom(
      ..."aZ /:.,İ\u212a".split(""),
      "Cookie",
      "COOKIES",
      "use ",
      " policy",
      "Privacy Settings",
      "conSENT",
      "Photo",
      " by",
      ": ",
      "Jane Doe",
      "/AP",
      "AFP",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        for (const [pattern, needs] of patterns)
          expect(gated(pattern, ...needs).test(text)).toBe(pattern.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
