import { describe, expect, it } from "vitest";
import { articleSpan, commentsStart } from "../../src/corpus/article-span.js";

const body = [
  "The river rose two metres overnight, flooding the lower town and cutting the only road to the valley.",
  "Engineers opened the dam's spillway at dawn to ease the pressure on the embankments downstream of it.",
  "He declined to comment.",
];

describe("the article's span in a pasted page", () => {
  it("drops menus and teasers at either end and keeps short sentences inside and at the end", () => {
    const page = [
      "Home",
      "News",
      "Sport",
      "Weather",
      ...body,
      "Most read",
      "Celebrity chef opens new place",
    ];
    expect(articleSpan(page)).toEqual(body);
  });

  it("stops at a comment section: its heading or repeated commenter lines", () => {
    expect(commentsStart([...body, "3 Comments", "Great story."])).toBe(3);
    expect(commentsStart([...body, "margoadams says:", "Nice.", "bob says:", "Agreed."])).toBe(3);
    expect(commentsStart([...body, "The minister says:"])).toBe(4);
    expect(
      articleSpan([...body, "margoadams says:", body[0] as string, "bob says:", body[1] as string]),
    ).toEqual(body);
  });

  const more = [
    "Residents of the lower town were moved to the school on the hill, where the council set up beds.",
    "The council said the road to the valley would stay closed until the water level falls again.",
    "Forecasters expect more rain on Thursday, but less than the storm brought over the weekend.",
  ];
  const teasers = [
    "A second story about something else entirely ran on the same page under its own headline today.",
    "A third story, about a football match in another town, was listed under the second one there.",
  ];

  it("ends the article at a run of dropped lines followed by teasers with a headline between each", () => {
    // One caption inside the text; a block of four related links; a headline line before each teaser.
    expect(articleSpan([...body, ...teasers], [0, 1, 0, 4, 1])).toEqual(body);
    // Without the block of links the teasers are read as text.
    expect(articleSpan([...body, ...teasers], [0, 1, 0, 1, 1])).toEqual([...body, ...teasers]);
  });

  it("keeps running text after a run of dropped lines (an embedded video inside the article)", () => {
    expect(articleSpan([...body, ...more], [0, 0, 0, 5, 0, 1])).toEqual([...body, ...more]);
  });

  it("does not count a long line without a sentence's end (a tag cloud, a menu run together)", () => {
    const tags = Array.from({ length: 30 }, (_, i) => `topic${i}`).join(" ");
    expect(articleSpan([tags, ...body])).toEqual(body);
    expect(articleSpan([`${tags}. And more.`, ...body])).toEqual([`${tags}. And more.`, ...body]);
    // Inside the text it costs nothing: a paragraph whose end was lost in copying stays.
    expect(articleSpan([body[0] as string, tags, body[1] as string])).toEqual([
      body[0],
      tags,
      body[1],
    ]);
  });

  it("keeps short sentences just before the text (a story's highlights over its dateline)", () => {
    const highlights = ["The town's only road is closed.", "Residents were moved to the school."];
    expect(articleSpan(["Home", "By Jane Doe", ...highlights, ...more])).toEqual([
      ...highlights,
      ...more,
    ]);
    // Not across a block of dropped lines, nor a line that is no sentence.
    expect(articleSpan([...highlights, ...more], [0, 0, 4])).toEqual(more);
    expect(articleSpan(["Road closed", ...more])).toEqual(more);
  });

  it("keeps the running text before the section of most weight (a live page's opening)", () => {
    const long = Array.from({ length: 6 }, () => more).flat();
    expect(articleSpan([...more, ...long], [0, 0, 0, 6])).toEqual([...more, ...long]);
    expect(articleSpan([body[0] as string, ...long], [0, 6])).toEqual(long);
  });

  it("reads a sentence opening with a number or an ellipsis as text", () => {
    const numbered = [
      "6A: Wichita North's Miguel Bernal took home first in diving for the Redskins.",
      "... Penn State quarterback Sean Clifford said he received threats after the loss.",
    ];
    // Each is worth its words; a line that is not a sentence would cost 2 a word and 8 more.
    expect(articleSpan([...numbered, ...body])).toEqual([...numbered, ...body]);
    expect(
      articleSpan([
        "wichita north's miguel bernal took home first in diving for the redskins.",
        ...body,
      ]),
    ).toEqual(body);
  });

  it("stops at a comment section headed 'N thoughts on \u201cTitle\u201d'", () => {
    expect(
      commentsStart([
        ...body,
        "10 thoughts on \u201cBusiness Focus: Why It Matters\u201d",
        "Great.",
      ]),
    ).toBe(3);
    expect(commentsStart([...body, "34 responses to \u201c Anthony Lynn\u201d"])).toBe(3);
    expect(commentsStart([...body, "10 thoughts on the council's plan for the valley road."])).toBe(
      4,
    );
  });

  it("keeps everything when nothing reads as article text", () => {
    expect(articleSpan(["Home", "News"])).toEqual(["Home", "News"]);
  });

  it("cuts an author's note closing the article, with the name and label lines above it", () => {
    const note = "Jane Doe is a reporter for the Valley Herald.";
    expect(articleSpan([...more, "About the Author", "Jane Doe", note])).toEqual(more);
    expect(
      articleSpan([...more, "Zac covers the council and writes the weekly notes column."]),
    ).toEqual(more);
    // Far from the end, or without a trade, it is text.
    expect(articleSpan([...more.slice(0, 1), note, ...more])).toEqual([
      ...more.slice(0, 1),
      note,
      ...more,
    ]);
    const visit = "Jane Doe is a nurse who stayed at the school all night.";
    expect(articleSpan([...more, visit])).toEqual([...more, visit]);
  });

  it("counts a list under a lead-in neither for nor against the article", () => {
    const list = ["The road will reopen in stages:", "Monday -- the bridge", "Tuesday -- the pass"];
    const page = [...more, ...list];
    expect(articleSpan(page, [], [false, false, false, true, true, true])).toEqual(page);
    // Read as menu lines, they cost, and the span ends before them.
    expect(articleSpan(page)).toEqual(more);
  });

  it("reads a sentence ending in an ellipsis as a sentence", () => {
    const trailing =
      "The mayor said the town had seen nothing like it since the great flood of 1953 …";
    expect(articleSpan(["Home", "News", trailing, ...more])).toEqual([trailing, ...more]);
  });
});
