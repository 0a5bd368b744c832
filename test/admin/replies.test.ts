import { describe, expect, it } from "vitest";
import { renderList } from "../../src/admin/replies.js";
import type { Article } from "../../src/corpus/types.js";

const article = (i: number): Article =>
  ({ id: `a${i}`, outlet: "Wire", title: null, paragraphs: ["p"], quotes: [] }) as never;
const articles = Array.from({ length: 25 }, (_, i) => article(i));

describe("renderList", () => {
  it("shows the first page for a page number that is not a whole number", () => {
    for (const page of [Number.NaN, 1.5, Number.POSITIVE_INFINITY]) {
      const view = renderList(articles, page, 10, (p) => `list:${p}`);
      expect(view.content?.split("\n")[0]).toBe("**Articles** 1–10 of 25 (page 1 of 3)");
    }
  });

  it("shows the last page for a page past the end", () => {
    const view = renderList(articles, 7, 10, (p) => `list:${p}`);
    expect(view.content?.split("\n")[0]).toBe("**Articles** 21–25 of 25 (page 3 of 3)");
  });
});
