import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { picker } from "../../src/search/perturb.js";
import { keyNeighbours, slipTyped } from "../../src/search/typing-slips.js";
import { editDistance } from "../../src/search/vocabulary.js";

const any = () => true;
/** A pick that always answers `k` (or the last choice when there are fewer). */
const always =
  (k: number) =>
  (n: number): number =>
    Math.min(k, n - 1);

describe("keyNeighbours", () => {
  it("gives the keys beside, above and below on a QWERTY keyboard", () => {
    expect(["f", "a", "p", "m", "Q", "1"].map(keyNeighbours)).toEqual([
      "dgrtcv",
      "sqwz",
      "ol",
      "njk",
      "wa",
      "",
    ]);
  });
});

describe("slipTyped", () => {
  it("makes a slip of the kinds people make, the choices taken from the seed", () => {
    // The apostrophe left out, a vowel for a vowel, two letters swapped (the first letter
    // once), a neighbouring key.
    expect(
      ["ru-003", "a", "b", "c", "d", "e", "f", "g"].map((id) =>
        slipTyped("when is rihanna's super bowl show", picker(id), any),
      ),
    ).toEqual([
      "when is rihannas super bowl show",
      "when is ruhanna's super bowl show",
      "when is rihanna's usper bowl show",
      "whne is rihanna's super bowl show",
      "when is rihanja's super bowl show",
      "whwn is rihanna's super bowl show",
      "whem is rihanna's super bowl show",
      "when is rhianna's super bowl show",
    ]);
  });

  it("chooses a word by its letters, so every keystroke is as likely to slip", () => {
    // The roll 4 falls in the second word's letters ("tea" holds rolls 0-2, "cups" 3-6); every
    // other choice 0: the first letter, left out.
    const rolls = (roll: number) => (n: number, salt: number) => (salt === 1 ? roll % n : 0);
    expect(slipTyped("tea cups", rolls(4), any)).toBe("tea ups");
    expect(slipTyped("tea cups", rolls(2), any)).toBe("ea cups");
  });

  it("leaves words of under three letters and words not eligible alone", () => {
    expect(slipTyped("is it on", always(0), any)).toBeNull();
    expect(slipTyped("what is new", always(0), (w) => w !== "what")).toBe("what is ew");
  });

  it("always makes exactly one edit, the same for the same seed", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z]{1,9}(?:'[a-z]{1,2})?$/), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.string(),
        (words, seed) => {
          const question = words.join(" ");
          const typed = slipTyped(question, picker(seed), any);
          if (typed === null) {
            expect(words.every((w) => w.replace("'", "").length < 3)).toBe(true);
            return;
          }
          expect(typed).toBe(slipTyped(question, picker(seed), any));
          expect(editDistance(typed, question, 0, question.length, 3)).toBe(1);
          const changed = typed.split(" ").filter((w, i) => w !== words[i]);
          expect(changed.length).toBe(1);
        },
      ),
      { numRuns: 500 },
    );
  });
});
