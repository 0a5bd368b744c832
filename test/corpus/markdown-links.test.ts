import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripMarkdownLinks } from "../../src/corpus/markdown-links.js";

/** The regular expressions the scanner replaces; quadratic, so only fed short strings here. */
function byRegex(text: string): string {
  return text.replace(/!\[([^\]]*)\]\([^)]*\)/g, "").replace(/\[([^\]]+)\]\((?:[^)]*)\)/g, "$1");
}

describe("stripMarkdownLinks", () => {
  it("keeps a link's label and drops images", () => {
    expect(stripMarkdownLinks("See [the report](http://x/a) and ![a map](m.png) here")).toBe(
      "See the report and  here",
    );
  });

  it("leaves brackets that open no link as they are", () => {
    expect(stripMarkdownLinks("[](x) [a] (b) [c](d")).toBe("[](x) [a] (b) [c](d");
  });

  it("agrees with the regular expressions it replaces on any mix of brackets", () => {
    const text = fc
      .array(fc.constantFrom("[", "]", "(", ")", "!", "a", " ", "]("), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(stripMarkdownLinks(t)).toBe(byRegex(t));
      }),
      { numRuns: 2000 },
    );
  });
});
