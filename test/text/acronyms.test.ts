import { describe, expect, it } from "vitest";
import { acronymPhrasesIn, couldBeAcronym } from "../../src/text/acronyms.js";
import { tokenColumns } from "../../src/text/token-columns.js";

const acronymPhrases = (word: string, text: string) =>
  acronymPhrasesIn(word, tokenColumns(text).plain());

describe("acronymPhrasesIn", () => {
  it("finds the capitalised words whose initials spell the word", () => {
    expect(acronymPhrases("nyc", "New York City Mayor Eric Adams named a rat czar.")).toEqual([
      ["new", "york", "city"],
    ]);
  });

  it("finds every run that spells it, and none across a comma or in lower case", () => {
    expect(acronymPhrases("ea", "Eric Adams met Ella Anders; Eric, Adams; every apple.")).toEqual([
      ["eric", "adams"],
      ["ella", "anders"],
    ]);
  });

  it("does not read a long word, a figure or one letter as initials", () => {
    expect(couldBeAcronym("nwsl")).toBe(true);
    expect(couldBeAcronym("yellowstone")).toBe(false);
    expect(couldBeAcronym("g7")).toBe(false);
    expect(couldBeAcronym("n")).toBe(false);
    expect(acronymPhrases("yellowstone", "Yellow Stone")).toEqual([]);
  });
});
