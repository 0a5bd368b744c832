import { describe, expect, it } from "vitest";
import { pageOf, pagerRows } from "../../src/bot/render.js";

const items = ["a", "b", "c", "d", "e"];
const ids = { previous: "x:prev", next: "x:next" };

describe("pageOf", () => {
  it("shows the page asked for, with its position in the whole list", () => {
    expect(pageOf(items, 1, 2)).toEqual({ page: 1, pages: 3, first: 2, shown: ["c", "d"] });
  });

  it("clamps a page before the first or after the last", () => {
    expect(pageOf(items, -4, 2)).toEqual({ page: 0, pages: 3, first: 0, shown: ["a", "b"] });
    expect(pageOf(items, 9, 2)).toEqual({ page: 2, pages: 3, first: 4, shown: ["e"] });
  });

  it("gives an empty list one empty page", () => {
    expect(pageOf([], 3, 2)).toEqual({ page: 0, pages: 1, first: 0, shown: [] });
  });
});

describe("pagerRows", () => {
  const labels = (page: number, pages: number) =>
    pagerRows({ page, pages }, ids).map((r) =>
      r.components.map((c) => ("label" in c ? `${c.label}${c.disabled ? " (off)" : ""}` : "")),
    );

  it("adds no row when everything fits on one page", () => {
    expect(pagerRows({ page: 0, pages: 1 }, ids)).toEqual([]);
  });

  it("disables Previous on the first page and Next on the last", () => {
    expect(labels(0, 3)).toEqual([["◀ Previous (off)", "Next ▶"]]);
    expect(labels(1, 3)).toEqual([["◀ Previous", "Next ▶"]]);
    expect(labels(2, 3)).toEqual([["◀ Previous", "Next ▶ (off)"]]);
  });

  it("gives each button the custom id it was handed", () => {
    const [row] = pagerRows({ page: 1, pages: 3 }, ids);
    expect(row?.components.map((c) => ("custom_id" in c ? c.custom_id : null))).toEqual([
      "x:prev",
      "x:next",
    ]);
  });
});
