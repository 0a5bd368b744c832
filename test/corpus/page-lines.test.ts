import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyLine } from "../../src/corpus/page-lines.js";

const kind = (line: string) => {
  const k = classifyLine(line);
  return k.kind === "text" ? "text" : `${k.kind}: ${k.reason}`;
};

describe("lines around a pasted article", () => {
  it("takes a caption ending in a photo credit for a caption", () => {
    expect(
      [
        "A cyclist rides past the plant on the edge of the city, November 19, 2019. © Reuters / Jane Doe",
        "The minister speaks at the Capitol on July 25, 2019. Jane Doe / AP file",
        "The two founders pose for a photo at a private residence in June. (Photo by Jane Doe/Getty Images)",
        "The border crossing near the port of entry in the south of the state. (AP)",
      ].map(kind),
    ).toEqual(["chrome: caption", "chrome: caption", "chrome: caption", "chrome: caption"]);
  });

  it("takes calls to follow the site elsewhere for sign-up text", () => {
    expect(
      [
        "Subscribe to the Valley Herald YouTube channel for all of the latest videos.",
        "Follow me on Twitter or LinkedIn. Check out my website.",
        "Get breaking news alerts and special reports.",
        "Like this story? Share it with a friend!",
      ].map(kind),
    ).toEqual(["chrome: newsletter", "chrome: newsletter", "chrome: newsletter", "chrome: share"]);
  });

  it("takes gallery counters, credit notes, new-window links and reuse notices for chrome", () => {
    expect(
      [
        "Image 3 of 5",
        "Photo 12 of 40 The bridge at dawn",
        "(Image credit: Sierra Nevada Corp.)",
        "Click to share on Facebook (Opens in new window)",
        "Join our newsletter",
        "This document is subject to copyright. Apart from any fair dealing, no part may be reproduced without permission.",
        "Related articles",
        "Don\u2019t miss",
        "Recommended for you",
      ].map(kind),
    ).toEqual([
      "chrome: caption",
      "chrome: caption",
      "chrome: caption",
      "chrome: caption",
      "chrome: newsletter",
      "meta: copyright",
      "links: link list",
      "links: link list",
      "links: link list",
    ]);
  });

  it("keeps sentences that read like those notes", () => {
    expect(
      [
        "The image of 3 officers on the bridge was shared widely.",
        "Protesters were told they could join the march or read the council's newsletter.",
        "The law says no part of the river may be fenced off.",
        "Related articles in the report were withdrawn by the journal on Monday.",
      ].map(kind),
    ).toEqual(["text", "text", "text", "text"]);
  });

  it("keeps sentences that only mention agencies, credits or social networks", () => {
    expect(
      [
        "The agency said the photo was taken by a reporter for AP on the day of the vote.",
        "Residents who follow the council on Facebook learned of the closure first.",
        "The company joined Twitter in 2009 and has posted daily since.",
        "The minister thanked AP, AFP and Reuters for their reporting (AP)-style.",
      ].map(kind),
    ).toEqual(["text", "text", "text", "text"]);
  });

  it("classifies any line without throwing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (line) => {
        expect(["text", "chrome", "links", "meta"]).toContain(classifyLine(line).kind);
      }),
    );
  });
});
