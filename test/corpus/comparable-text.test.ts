import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparable } from "../../src/corpus/comparable-text.js";

describe("a paragraph's comparable form", () => {
  it("is its ASCII words in lower case, one space apart, whatever the marks between them", () => {
    const unit = fc.constantFrom("a", "Z", "0", " ", " ", ",", ".", "'", "\u007f", "\u0001", "-");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(40), (text, cut) => {
        // A slice of a longer text, as a paragraph of an article is.
        const at = cut % (text.length + 1);
        const t = `${text}${text}`.slice(at, at + text.length);
        expect(comparable(t)).toBe(
          t
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, " ")
            .trim(),
        );
      }),
    );
    expect(comparable("Ölçü, Bakiyev's \u201cword\u201d")).toBe("ölçü bakiyev s word");
  });
});
