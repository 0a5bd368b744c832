import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FoldedToken, foldTokens } from "../../src/text/fold.js";
import {
  CAPITALIZED,
  JOINED,
  NUMERIC,
  type TokenColumns,
  tokenColumns,
} from "../../src/text/token-columns.js";

/** The columns read back as token objects. */
function rows(tokens: TokenColumns): FoldedToken[] {
  return Array.from({ length: tokens.length }, (_, i) => {
    const flags = tokens.flags[i] as number;
    return {
      word: tokens.word[i] as string,
      start: tokens.start[i] as number,
      end: tokens.end[i] as number,
      capitalized: (flags & CAPITALIZED) !== 0,
      numeric: (flags & NUMERIC) !== 0,
      joined: (flags & JOINED) !== 0,
    };
  });
}

// Letters, figures, the marks that join or end words, accents and hyphens of other scripts.
const text = fc
  .array(fc.constantFrom(..."aZé1 .,'-\u2019\u2010Ös9q".split(""), "U.S.", "Jalal-Abad", "1,500"), {
    maxLength: 40,
  })
  .map((parts) => parts.join(""));

describe("tokenColumns", () => {
  it("holds the tokens foldTokens gives, in order", () => {
    expect(rows(tokenColumns("Jalal-Abad's 1,500 U.S. troops"))).toEqual(
      foldTokens("Jalal-Abad's 1,500 U.S. troops"),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(rows(tokenColumns(t))).toEqual(foldTokens(t));
      }),
    );
  });

  it("leaves out only the joined forms of hyphenated words when made plain", () => {
    expect(tokenColumns("Jalal-Abad police").plain().word).toEqual(["jalal", "abad", "police"]);
    fc.assert(
      fc.property(text, (t) => {
        expect(rows(tokenColumns(t).plain())).toEqual(foldTokens(t).filter((x) => !x.joined));
      }),
    );
  });
});
