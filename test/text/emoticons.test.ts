import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withoutEmoticons } from "../../src/text/emoticons.js";

describe("withoutEmoticons", () => {
  it("leaves out emoticons typed as words of their own", () => {
    expect(withoutEmoticons("who won the jackpot :P")).toBe("who won the jackpot");
    expect(withoutEmoticons(":D who won <3 the jackpot")).toBe("who won the jackpot");
    expect(withoutEmoticons("who won the jackpot :p ;)")).toBe("who won the jackpot");
  });

  it("keeps those that are words or figures too: xD, a BMW x3, the end of (at least 8)", () => {
    expect(withoutEmoticons("who drives the x3 xD")).toBe("who drives the x3 xD");
    expect(withoutEmoticons("how many died (at least 8)")).toBe("how many died (at least 8)");
  });

  it("keeps punctuation that is part of a word, and faces the list does not hold", () => {
    expect(withoutEmoticons("who won? (the jackpot)")).toBe("who won? (the jackpot)");
    expect(withoutEmoticons("who won o_O")).toBe("who won o_O");
  });

  it("keeps every word of letters and digits, in order (property)", () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), (words) => {
        return withoutEmoticons(words.join(" ")) === words.join(" ");
      }),
    );
  });
});
