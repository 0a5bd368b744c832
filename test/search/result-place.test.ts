import { describe, expect, it } from "vitest";
import { resultPlace } from "../../src/search/result-place.js";
import { article } from "./helpers.js";

describe("resultPlace", () => {
  it("names the paragraph's outlet, article and place as a result does", () => {
    const a = article({
      id: "001-rferl",
      outlet: "RFE/RL",
      title: "Bakiyev Resigns",
      url: "https://www.rferl.org/a/2015345.html",
      published: "2010-04-16",
      paragraphs: ["One.", "Two.", "Three.", "Four."],
    });
    expect(resultPlace(a, 3)).toEqual({
      outlet: "RFE/RL",
      title: "Bakiyev Resigns",
      url: "https://www.rferl.org/a/2015345.html",
      published: "2010-04-16",
      article: "001-rferl",
      paragraphIndex: 3,
    });
  });
});
