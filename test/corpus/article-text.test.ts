import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withSubheads } from "../../src/corpus/article-text.js";

describe("an article's text with its subheads", () => {
  it("puts each subhead on its own line above its paragraph", () => {
    expect(
      withSubheads(
        ["One.", "Two.", "Three."],
        [
          { text: "A", paragraph: 1 },
          { text: "B", paragraph: 1 },
          { text: "C", paragraph: 2 },
        ],
      ),
    ).toEqual(["One.", "A", "B", "Two.", "C", "Three."]);
    expect(withSubheads(["One."], [])).toEqual(["One."]);
  });

  it("keeps every paragraph and subhead, in order, whatever the input", () => {
    const input = fc.array(fc.string(), { minLength: 1, maxLength: 20 }).chain((paragraphs) =>
      fc.tuple(
        fc.constant(paragraphs),
        fc
          .array(fc.tuple(fc.string(), fc.nat({ max: paragraphs.length - 1 })), { maxLength: 10 })
          .map((heads) =>
            heads
              .map(([text, paragraph]) => ({ text, paragraph }))
              .sort((a, b) => a.paragraph - b.paragraph),
          ),
      ),
    );
    fc.assert(
      fc.property(input, ([paragraphs, subheads]) => {
        // The same text by another route: each paragraph with the subheads placed above it.
        expect(withSubheads(paragraphs, subheads)).toEqual(
          paragraphs.flatMap((p, i) => [
            ...subheads.filter((s) => s.paragraph === i).map((s) => s.text),
            p,
          ]),
        );
      }),
    );
  });
});
