import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { answeredByKind, answerKind, sayingAt } from "../../src/search/question.js";
import { article } from "./helpers.js";

describe("questions asking for words", () => {
  it("a noun of saying after what asks for words, even with a when clause after it", () => {
    expect(answerKind("what jokes did biden make when he pardoned the turkeys")).toBe("quote");
    expect(answerKind("when did biden pardon the turkeys")).toBe("time");
  });

  it("a thing that is not said, after what, asks for no words", () => {
    expect(answerKind("what new allergen do food labels need in january")).toBe(null);
    expect(answerKind("what prize did the team win")).toBe(null);
  });

  it("a verb of saying after the subject of what did marks where the speaker ends", () => {
    expect(answerKind("what did the governor promise the families")).toBe("quote");
    expect(sayingAt("what did the governor promise the families")).toBe(22);
    expect(sayingAt("what did Liz Cheney say after she lost")).toBe(20);
  });

  it("a noun of saying as the subject is not the verb", () => {
    expect(sayingAt("what did the report find")).toBe(-1);
    expect(answerKind("what did the report find")).toBe(null);
  });
});

describe("ranking for a question asking for words", () => {
  const index = SearchIndex.build([
    article({
      id: "turkeys",
      outlet: "Daily",
      title: "Biden pardons two turkeys",
      paragraphs: [
        "President Joe Biden pardoned two turkeys on Monday at the White House.",
        "Despite the jokes cracked at the pardon, turkey prices are rising this year.",
        "Biden joked he would keep it short because “nobody likes it when the turkey gets cold.”",
        "The birds will live on a farm in North Carolina.",
      ],
    }),
  ]);

  it("prefers the quoted joke to a paragraph that only names the jokes", () => {
    const answer = index.search("what jokes did biden make when he pardoned the turkeys");
    expect(answer.results[0]?.quote).toBe(
      "Biden joked he would keep it short because “nobody likes it when the turkey gets cold.”",
    );
  });
});

describe("how deep, how far", () => {
  const index = SearchIndex.build([
    article({
      id: "mine",
      outlet: "Daily",
      title: "Explosion at a coal mine",
      paragraphs: [
        "A methane explosion killed 13 miners at the Karabulak coal mine on Tuesday.",
        "The explosion happened at a depth of 480 metres, the company said.",
        "Rescuers searched the tunnels through the night.",
        "Deep snow on the roads slowed the ambulances.",
      ],
    }),
  ]);

  it("a distance in the passage answers the measure word asked about", () => {
    expect(answeredByKind("distance", "deep", "at a depth of 480 metres")).toBe(true);
    expect(answeredByKind("distance", "deep", "at a depth of several hundred")).toBe(false);
    expect(answeredByKind("distance", "explosion", "at a depth of 480 metres")).toBe(false);
  });

  it("answers how deep with the passage giving the depth in metres", () => {
    const answer = index.search("how deep underground did the explosion happen");
    expect(answer.noMatch).toBe(false);
    expect(answer.results[0]?.quote).toBe(
      "The explosion happened at a depth of 480 metres, the company said.",
    );
  });
});
