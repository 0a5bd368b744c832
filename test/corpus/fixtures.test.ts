import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Article, Corpus } from "../../src/corpus/types.js";

const dir = path.resolve(import.meta.dirname, "../fixtures/articles");
let corpus: Corpus;

function article(id: string): Article {
  const found = corpus.articles.find((a) => a.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}

beforeAll(async () => {
  corpus = await loadCorpus(dir);
});

/** Page chrome each fixture carries; none of it may reach a paragraph. */
const CHROME = [
  "Skip to content",
  "Accessibility Help",
  "Published",
  "Share",
  "Save",
  "Image source",
  "Image caption",
  "Media caption",
  "Related Topics",
  "More on this story",
  "Kazakhstan profile",
  "Reporting by",
  "Our Standards",
  "Copyright",
  "All rights reserved",
  "We use cookies",
  "Accept cookies",
  "Photograph:",
  "Reuse this content",
  "Most viewed",
  "Views:",
  "Read also",
  "Link copied",
  "Tags:",
  "Telegram",
  "(Reuters)",
  "(AP)",
  "(Interfax)",
  "(Montsame)",
  "BISHKEK, June 3",
  "Tajikistan profile",
];

describe("articles pasted from different sites", () => {
  it("all load, each with the outlet its own text names", () => {
    const outlets = Object.fromEntries(corpus.articles.map((a) => [a.id, a.outlet]));
    expect({ errors: corpus.errors, outlets }).toEqual({
      errors: [],
      outlets: {
        "24kg-buses": "24.kg",
        "ap-cotton": "The Associated Press",
        "bbc-water": "BBC News",
        "guardian-dam": "The Guardian",
        "interfax-singleline": "Interfax",
        "markdown-tajik": "Asia-Plus",
        "reuters-mine": "Reuters",
        "wrapped-letter": "Montsame",
      },
    });
    expect(corpus.articles.map((a) => [a.id, a.outlet])).toEqual([
      ["24kg-buses", "24.kg"],
      ["ap-cotton", "The Associated Press"],
      ["bbc-water", "BBC News"],
      ["guardian-dam", "The Guardian"],
      ["interfax-singleline", "Interfax"],
      ["markdown-tajik", "Asia-Plus"],
      ["reuters-mine", "Reuters"],
      ["wrapped-letter", "Montsame"],
    ]);
  });

  it("keeps page chrome out of every paragraph", () => {
    for (const a of corpus.articles) {
      for (const p of a.paragraphs)
        for (const c of CHROME) expect(p, `${a.id}: ${c}`).not.toContain(c);
    }
  });

  it("splits blank-line, single-newline and hard-wrapped layouts into paragraphs", () => {
    expect(Object.fromEntries(corpus.articles.map((a) => [a.id, a.paragraphs.length]))).toEqual({
      "24kg-buses": 6,
      "ap-cotton": 7,
      "bbc-water": 11,
      "guardian-dam": 7,
      "interfax-singleline": 6,
      "markdown-tajik": 5,
      "reuters-mine": 7,
      "wrapped-letter": 4,
    });
    expect(article("wrapped-letter").paragraphs[0]).toBe(
      "More than five million head of livestock died during the harsh winter known as a dzud, the Mongolian government said on Monday, the highest toll in more than a decade.",
    );
  });

  it("keeps headline, byline, date, place and credit as metadata", () => {
    const reuters = article("reuters-mine");
    expect([
      reuters.title,
      reuters.byline,
      reuters.published,
      reuters.place,
      reuters.credit,
    ]).toEqual([
      "Kyrgyzstan to take control of Canadian-run gold mine, PM says",
      "By Olga Dzyubenko and Mariya Gordeyeva",
      "2022-06-03",
      "Bishkek",
      "Reporting by Olga Dzyubenko in Bishkek and Mariya Gordeyeva in Almaty; Editing by Mark Potter",
    ]);
    const bbc = article("bbc-water");
    expect([bbc.title, bbc.byline, bbc.published, bbc.place, bbc.subheads]).toEqual([
      "Kazakhstan farmers warn of 'worst drought in decades'",
      "By Aigerim Nurlanova, BBC News, Almaty",
      "2023-07-14",
      "Almaty",
      [{ text: "Shared rivers, shared problems", paragraph: 7 }],
    ]);
    expect(article("guardian-dam").byline).toBe("Farid Aliyev in Dushanbe");
    expect(article("markdown-tajik").subheads).toEqual([
      { text: "Remittances fall", paragraph: 1 },
      { text: "Looking for work at home", paragraph: 3 },
    ]);
  });

  it("strips the wire dateline from the first paragraph", () => {
    expect(article("reuters-mine").paragraphs[0]).toMatch(/^Kyrgyzstan will take full control/);
    expect(article("ap-cotton").paragraphs[0]).toMatch(/^Uzbekistan has ended/);
  });

  it("attributes quotes in every attribution form the fixtures use", () => {
    const speakers = Object.fromEntries(
      corpus.articles.map((a) => [a.id, a.quotes.map((q) => [q.paragraph, q.speaker, q.role])]),
    );
    expect(speakers).toEqual({
      "24kg-buses": [
        [2, "Almaz Kasymov", "the deputy mayor of the capital"],
        [5, "Nurlan Bekov", "ecologist"],
      ],
      "ap-cotton": [
        [2, "Jonathan Hart", "the head of the ILO's monitoring mission"],
        [4, "Umida Niyazova", "director of the Uzbek Forum for Human Rights"],
        [4, "Umida Niyazova", "director of the Uzbek Forum for Human Rights"],
      ],
      "bbc-water": [
        [2, "Yerlan Abenov", "a wheat farmer near Shymkent"],
        [5, "Nurzhan Serikbayev", "The country's water resources minister"],
        [9, "Saule Temirbekova", "a hydrologist at Al-Farabi Kazakh National University"],
        [9, "Saule Temirbekova", "a hydrologist at Al-Farabi Kazakh National University"],
      ],
      "guardian-dam": [
        [0, null, null],
        [2, "Emomali Rahmon", "President"],
        [2, "Emomali Rahmon", "President"],
        [6, "Anna Petrova", "a researcher at the NGO Rivers Without Boundaries"],
        [6, "Anna Petrova", "a researcher at the NGO Rivers Without Boundaries"],
      ],
      "interfax-singleline": [
        [2, "the ministry", null],
        [4, "Rashid Meredov", "Foreign Minister"],
      ],
      "markdown-tajik": [
        [2, "Firuz Rahimov", null],
        [4, "Shirin Amonzoda", "Labour Minister"],
      ],
      "reuters-mine": [
        [2, "Akylbek Japarov", "Prime Minister"],
        [2, "Akylbek Japarov", "Prime Minister"],
        [3, "Centerra", null],
        [6, "Kate Mallinson", "an analyst at Prism Political Risk Management in London"],
      ],
      "wrapped-letter": [
        [2, "Sainbuyan Amarsaikhan", "Deputy Prime Minister"],
        [2, "Sainbuyan Amarsaikhan", "Deputy Prime Minister"],
      ],
    });
  });
});
