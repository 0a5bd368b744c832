import { describe, expect, it } from "vitest";
import { compareFiles, inCorpusOrder } from "../../src/search/corpus-order.js";
import { article } from "./helpers.js";

describe("compareFiles", () => {
  it("orders paths as the loader lists them, directory by directory", () => {
    const files = ["a-b.md", "a/b.md", "a.md", "a/a/c.md", "b.md", "a!.md"];
    expect([...files].sort(compareFiles)).toEqual([
      "a/a/c.md",
      "a/b.md",
      "a!.md",
      "a-b.md",
      "a.md",
      "b.md",
    ]);
  });
});

describe("inCorpusOrder", () => {
  it("sorts articles by file in corpus order, keeping the given order of one file's articles", () => {
    const articles = [
      article({ id: "b2", file: "b.md", outlet: "AP", paragraphs: ["Two."] }),
      article({ id: "a", file: "a-b.md", outlet: "AP", paragraphs: ["A."] }),
      article({ id: "b1", file: "b.md", outlet: "AP", paragraphs: ["One."] }),
      article({ id: "n", file: "a/z.md", outlet: "AP", paragraphs: ["N."] }),
    ];
    expect(inCorpusOrder(articles).map((a) => a.id)).toEqual(["n", "a", "b2", "b1"]);
    expect(articles.map((a) => a.id)).toEqual(["b2", "a", "b1", "n"]);
  });
});
