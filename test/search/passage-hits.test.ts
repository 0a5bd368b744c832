import { beforeEach, describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/search/index.js";
import { addHits, cover, hits, phraseWeight } from "../../src/search/passage-hits.js";
import { article } from "./helpers.js";

const index = SearchIndex.build([
  article({ id: "a", outlet: "AP", paragraphs: ["The mayor resigned on Monday."] }),
]);
const query = index.parse("mayor resigned");
const [mayor, resigned] = query.groups.map((g) => g.weight) as [number, number];
const none = new Float64Array(2);

beforeEach(() => {
  hits.length = 0;
});

describe("the question's words found in a paragraph", () => {
  it("a group counts its weight times its best factor within the range", () => {
    addHits([[0, 1, 1]], 4, 9, 2, "mayor");
    addHits([[1, 0.5, 0.5]], 10, 18, 3, "resign");
    expect(cover(query, 0, 30, none)).toBe(mayor + 0.5 * resigned);
    expect(cover(query, 10, 30, none)).toBe(0.5 * resigned);
  });

  it("two different words for one group combine as independent chances, the same word counts once", () => {
    addHits([[1, 0.5, 0.5]], 0, 4, 1, "quit");
    addHits([[1, 0.5, 0.5]], 5, 9, 2, "quit");
    expect(cover(query, 0, 30, none)).toBe(0.5 * resigned);
    addHits([[1, 0.5, 0.5]], 10, 14, 3, "step");
    expect(cover(query, 0, 30, none)).toBe(0.75 * resigned);
  });

  it("with a credit, a weaker match counts as its factor to that power, and the floor is the least", () => {
    addHits([[1, 0.25, 0.25]], 0, 4, 1, "quit");
    expect(cover(query, 0, 30, new Float64Array([0.3, 0]), 0.5)).toBe(0.3 * mayor + 0.5 * resigned);
  });

  it("consecutive question words within three words of each other weigh as a phrase", () => {
    addHits([[0, 1, 1]], 4, 9, 2, "mayor");
    addHits([[1, 1, 1]], 10, 18, 3, "resign");
    expect(phraseWeight(query, 0, 30)).toBe((mayor + resigned) / 2);
    hits.position[1] = 6;
    expect(phraseWeight(query, 0, 30)).toBe(0);
  });
});
