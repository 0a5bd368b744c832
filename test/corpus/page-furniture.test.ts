import { describe, expect, it } from "vitest";
import { mastheadName } from "../../src/corpus/outlet.js";
import { parseArticle } from "../../src/corpus/parse.js";
import type { Article } from "../../src/corpus/types.js";

const enc = new TextEncoder();

function parsed(file: string, text: string): Article {
  const result = parseArticle(file, enc.encode(text));
  if (!result.ok) throw new Error(result.error.message);
  return result.article;
}

const REUTERS_GALLERY = `Skip to main content
Exclusive news, data and analytics for financial market professionals
Reuters home
World
Business
Markets
My View
Asia Pacific

Floods cut road link between Kyrgyz capital and south
By Reuters
April 8, 2025 6:02 AM GMT Updated 3 hours ago

Item 1 of 2 A truck crosses a flooded section of the Bishkek-Osh road, Kyrgyzstan, April 7, 2025. REUTERS/Vladimir Pirogov
[1/2] A truck crosses a flooded section of the Bishkek-Osh road, Kyrgyzstan, April 7, 2025. REUTERS/Vladimir Pirogov Purchase Licensing Rights, opens new tab

BISHKEK, April 8 (Reuters) - Floods and mudslides have cut the only road between Kyrgyzstan's capital and its southern regions, the transport ministry said on Tuesday.

"Traffic will resume once the mudflow is cleared, which may take three days," the ministry quoted deputy minister Almaz Tokonov as saying.

(Reporting by Olga Dzyubenko; Editing by Mark Potter)

Our Standards: The Thomson Reuters Trust Principles., opens new tab

Read Next
Asia Pacific
Japan's exports rise for a fourth month
2 hours ago

Get a look at the day ahead in Asia with our newsletter. Sign up here.
`;

const AP_PAGE = `AP News
Menu
World
U.S.
Politics

Heavy snow strands hundreds of trucks on Kazakh border
By DARIA LITVINOVA
Updated 3:15 PM GMT, January 9, 2025
Share
Link copied

Trucks wait at the Khorgos crossing, Kazakhstan, Thursday, Jan. 9, 2025. (Kazakhstan Border Service via AP)

ALMATY, Kazakhstan (AP) — Heavy snow stranded hundreds of trucks at Kazakhstan's border with China on Thursday, officials said.

Copyright 2025 The Associated Press. All rights reserved.
`;

const GUARDIAN_PAGE = `Skip to main content
The Guardian - Back to homepage
News
Opinion

We value your privacy
We and our partners use cookies and similar technologies to store and access personal data such as browsing data on your device.
Manage or reject cookies

Uzbekistan
Aral Sea towns brace for dust storms as spring winds arrive
Residents of Muynak say the storms get worse every year as the dry seabed grows

Nodira Karimova in Nukus
Mon 14 Apr 2025 08.30 BST

Residents of Muynak say salt dust from the dry seabed now reaches the town several times a month.

© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved.
`;

describe("page furniture around pasted articles", () => {
  it("when gallery captions sit above a wire dateline, the story loads with the agency as outlet", () => {
    const a = parsed("floods.txt", REUTERS_GALLERY);
    expect([a.outlet, a.title, a.place, a.published, a.paragraphs]).toEqual([
      "Reuters",
      "Floods cut road link between Kyrgyz capital and south",
      "Bishkek",
      "2025-04-08",
      [
        "Floods and mudslides have cut the only road between Kyrgyzstan's capital and its southern regions, the transport ministry said on Tuesday.",
        '"Traffic will resume once the mudflow is cleared, which may take three days," the ministry quoted deputy minister Almaz Tokonov as saying.',
      ],
    ]);
  });

  it("drops menu items, '(… via AP)' captions and the dateline, and names AP by its masthead", () => {
    const a = parsed("snow.txt", AP_PAGE);
    expect([a.outlet, a.title, a.place, a.paragraphs]).toEqual([
      "The Associated Press",
      "Heavy snow strands hundreds of trucks on Kazakh border",
      "Almaty",
      [
        "Heavy snow stranded hundreds of trucks at Kazakhstan's border with China on Thursday, officials said.",
      ],
    ]);
  });

  it("takes the headline above the byline, keeps the standfirst and cookie banner out of the text", () => {
    const a = parsed("aral.txt", GUARDIAN_PAGE);
    expect([a.outlet, a.title, a.byline, a.paragraphs]).toEqual([
      "The Guardian",
      "Aral Sea towns brace for dust storms as spring winds arrive",
      "Nodira Karimova in Nukus",
      [
        "Residents of Muynak say salt dust from the dry seabed now reaches the town several times a month.",
      ],
    ]);
  });

  it("drops a pull quote that repeats a nearby paragraph, with a warning", () => {
    const a = parsed(
      "pull.md",
      `---\noutlet: Example News\n---\nFarmers say the canal has been dry since May. "We have nothing left to sell this year," said Aziz Karimov, a farmer.\n\n> "We have nothing left to sell this year."\n\nThe ministry promised repairs.\n`,
    );
    expect([a.paragraphs, a.warnings]).toEqual([
      [
        'Farmers say the canal has been dry since May. "We have nothing left to sell this year," said Aziz Karimov, a farmer.',
        "The ministry promised repairs.",
      ],
      [
        'paragraph 2 repeats text of paragraph 1; dropped: ""We have nothing left to sell this year."…"',
      ],
    ]);
  });
});

const SECTIONED = `Home
News
Weather

Valley Herald

Dam spillway opened as river rises

The river rose two metres overnight, flooding the lower town and cutting the only road to the valley.

Engineers opened the dam's spillway at dawn to ease the pressure on the embankments downstream.

Road closures

The council said the road would stay closed until the water falls below the mark set by engineers.

The road will reopen in stages:
Monday -- Elm Street bridge
Tuesday -- the mountain pass
Most read
Celebrity chef opens new place
Local team wins cup`;

describe("sections of a pasted article", () => {
  it("notes a subhead apart from the text and keeps a list under a lead-in in it", () => {
    const a = parsed("dam.txt", `---\noutlet: Valley Herald\n---\n${SECTIONED}`);
    expect([a.title, a.subheads, a.paragraphs]).toEqual([
      "Dam spillway opened as river rises",
      [{ text: "Road closures", paragraph: 2 }],
      [
        "The river rose two metres overnight, flooding the lower town and cutting the only road to the valley.",
        "Engineers opened the dam's spillway at dawn to ease the pressure on the embankments downstream.",
        "The council said the road would stay closed until the water falls below the mark set by engineers.",
        "The road will reopen in stages:",
        "Monday -- Elm Street bridge",
        "Tuesday -- the mountain pass",
      ],
    ]);
  });
});

describe("subheads of a pasted article", () => {
  const [one, two, three] = [
    "The river rose two metres overnight, flooding the lower town and cutting the only road to the valley.",
    "Engineers opened the dam's spillway at dawn to ease the pressure on the embankments downstream.",
    "The council said the road would stay closed until the water falls below the mark set by engineers.",
  ];

  it("moves a subhead over a repeated paragraph to the next one kept, and drops one closing the text", () => {
    const a = parsed(
      "dam.txt",
      `---\noutlet: Valley Herald\n---\n${one}\n\nRoad closures\n\n${one}\n\n${two}\n\n${three}\n\nMore Stories\n`,
    );
    expect([a.paragraphs, a.subheads]).toEqual([
      [one, two, three],
      [{ text: "Road closures", paragraph: 1 }],
    ]);
  });

  it("keeps no subhead above the text's first paragraph or after its last", () => {
    const a = parsed(
      "dam.txt",
      `---\noutlet: Valley Herald\n---\n${one}\n\n${two}\n\nRoad Closures\n\n${three}\n\nRelated Stories\n\nCelebrity chef opens new place in town\n`,
    );
    expect([a.paragraphs, a.subheads]).toEqual([
      [one, two, three],
      [{ text: "Road Closures", paragraph: 2 }],
    ]);
  });
});

describe("attribution forms", () => {
  function speakers(body: string): Array<[string, string | null]> {
    return parsed("q.md", `---\noutlet: Example News\n---\n${body}`).quotes.map((q) => [
      q.text,
      q.speaker,
    ]);
  }

  it("when a source 'quoted X as saying' after the quote, X is the speaker", () => {
    expect(
      speakers(
        '"The road will reopen within three days," the ministry quoted deputy minister Almaz Tokonov as saying.\n',
      ),
    ).toEqual([["The road will reopen within three days", "Almaz Tokonov"]]);
  });

  it("'he said' after a paragraph ending with a surname-only speaker goes to that person's full name", () => {
    expect(
      speakers(
        'The deal was brokered by the regional governor, Marat Seitkali.\n\nEach family will receive a flat, Seitkali told the crowd.\n\n"I gave my word and I will keep it," he said.\n',
      ),
    ).toEqual([["I gave my word and I will keep it", "Marat Seitkali"]]);
  });

  it("a clause between the subject and 'said' does not hide the speaker", () => {
    expect(
      speakers(
        'The Interior Ministry spokesman, asked whether anyone had been detained, said: "That question is for the prosecutors."\n',
      ),
    ).toEqual([["That question is for the prosecutors.", "the Interior Ministry spokesman"]]);
  });
});

describe("mastheadName", () => {
  it("maps short forms and copyright holders to the masthead and leaves other names alone", () => {
    expect(
      [
        "AP",
        "Associated Press",
        "The Associated Press",
        "Guardian News & Media",
        "Guardian News and Media",
        "Thomson Reuters",
        "Reuters",
        "24.kg",
        "  RFE/RL. ",
      ].map(mastheadName),
    ).toEqual([
      "The Associated Press",
      "The Associated Press",
      "The Associated Press",
      "The Guardian",
      "The Guardian",
      "Reuters",
      "Reuters",
      "24.kg",
      "RFE/RL",
    ]);
  });
});
