import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { passageContext } from "../../src/search/section-context.js";
import { article, fillerArticle } from "./helpers.js";

const digest = article({
  id: "digest",
  outlet: "Daily",
  title: "5 things to know for November 28",
  subheads: [
    { text: "China protests", paragraph: 1 },
    { text: "World Cup", paragraph: 3 },
  ],
  paragraphs: [
    "Here's what you need to know to get up to speed and on with your day.",
    "Protests erupted across China after a deadly apartment fire in Urumqi, the capital of Xinjiang.",
    "The city had been under lockdown for more than 100 days when the fire broke out.",
    "The US men's team plays Iran on Tuesday in a match it must win to advance.",
    "Fans in Qatar have been barred from drinking beer at the stadiums.",
  ],
});

describe("what lends its words to a paragraph", () => {
  const lent = (a: typeof digest, p: number) => {
    const { key, context } = passageContext(a, p);
    return [key, context()];
  };

  it("is the title and the lead in an article without subheads", () => {
    const plain = article({ id: "plain", outlet: "Daily", title: "Fire", paragraphs: ["A", "B"] });
    expect(lent(plain, 1)).toEqual(["", { title: "Fire", lead: "A" }]);
  });

  it("under a subhead, is the title with the subhead and the section's first paragraph", () => {
    expect(lent(digest, 2)).toEqual([
      "1:1",
      {
        title: "5 things to know for November 28 China protests",
        lead: "Protests erupted across China after a deadly apartment fire in Urumqi, the capital of Xinjiang.",
      },
    ]);
    expect(lent(digest, 4)).toEqual([
      "3:3",
      {
        title: "5 things to know for November 28 World Cup",
        lead: "The US men's team plays Iran on Tuesday in a match it must win to advance.",
      },
    ]);
  });

  it("lends a section's first paragraph the article's lead", () => {
    expect(lent(digest, 3)).toEqual([
      "3:0",
      {
        title: "5 things to know for November 28 World Cup",
        lead: "Here's what you need to know to get up to speed and on with your day.",
      },
    ]);
  });

  it("reads a subhead above the lead as no section", () => {
    const headed = article({
      id: "headed",
      outlet: "Daily",
      title: "Fire",
      subheads: [{ text: "Overview", paragraph: 0 }],
      paragraphs: ["A", "B"],
    });
    expect(lent(headed, 1)).toEqual(["", { title: "Fire", lead: "A" }]);
  });
});

describe("a digest item's later paragraph", () => {
  const index = SearchIndex.build([
    digest,
    article({
      id: "fire",
      outlet: "Herald",
      title: "Anger after deadly fire",
      paragraphs: [
        "Officials in Xinjiang faced questions after a deadly fire.",
        "Residents of Urumqi were locked inside their homes as the blaze spread.",
      ],
    }),
    fillerArticle("weather", "Daily"),
  ]);
  const ranked = (q: string) =>
    index.search(q).results.map((r) => [r.outlet, r.paragraphIndex, r.score]);

  it("answers with the name its section's first paragraph gives", () => {
    // Lent only the digest's lead, the paragraph lacks Urumqi: no match.
    expect(ranked("how long was urumqi under lockdown")).toEqual([
      ["Daily", 2, 0.791],
      ["Herald", 1, 0.339],
      ["Daily", 1, 0.339],
    ]);
  });

  it("comes before another article's paragraph that names the place but not the figure", () => {
    expect(ranked("how many days was urumqi locked down")).toEqual([
      ["Daily", 2, 0.896],
      ["Herald", 1, 0.566],
      ["Daily", 1, 0.302],
      ["Daily", 0, 0.22],
    ]);
  });
});
