import { describe, expect, it } from "vitest";
import { floorOf, PostingList } from "../../src/search/posting-list.js";

describe("PostingList", () => {
  it("keeps every posting as it grows, counting them by impact, and starts empty once cleared", () => {
    const list = new PostingList();
    for (let i = 0; i < 3000; i++) list.push(i * 2, 1 + (i % 3), i % 2);

    expect(list.length).toBe(3000);
    expect([list.gids[2999], list.impacts[2999], list.chromes[2999]]).toEqual([5998, 3, 1]);
    expect([list.hist[1], list.hist[2], list.hist[3]]).toEqual([1000, 1000, 1000]);

    list.cleared().push(7, 9, 0);
    expect([list.length, list.gids[0], list.hist[9], list.hist[1]]).toEqual([1, 7, 1, 0]);
  });
});

describe("floorOf", () => {
  it("gives the impact of the limit-th best posting, 0 when there are fewer", () => {
    const hist = new Int32Array(256);
    hist[200] = 2;
    hist[50] = 3;

    expect([floorOf(hist, 1), floorOf(hist, 2), floorOf(hist, 3), floorOf(hist, 5)]).toEqual([
      200, 200, 50, 50,
    ]);
    expect(floorOf(hist, 6)).toBe(0);
  });
});
