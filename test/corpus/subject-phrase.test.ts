import { describe, expect, it } from "vitest";
import {
  cutRelative,
  describedPhrase,
  isNounPhrase,
  isProperName,
  lowerDeterminer,
  modifiesNoun,
  namedIn,
  trimPhrase,
} from "../../src/corpus/subject-phrase.js";
import { tokenize } from "../../src/corpus/words.js";

describe("the phrase written as who spoke", () => {
  it("loses conjunctions and adverbs at either end", () => {
    expect(trimPhrase("and He also")).toBe("He");
    expect(trimPhrase("also then")).toBe("");
  });

  it("a name after a possessive pronoun, or a place before a noun, modifies it and is no speaker", () => {
    const run = (phrase: string, name: string) => {
      const start = phrase.indexOf(name);
      return { name, start, end: start + name.length };
    };
    const cases: Array<[string, string]> = [
      ["at his Florida property", "Florida"],
      ["in charge of its Covid response", "Covid"],
      ["the US news site", "US"],
      ["the ISNA news agency", "ISNA"],
      ["the Quillbank news site", "Quillbank"],
    ];
    expect(cases.map(([phrase, name]) => modifiesNoun(phrase, run(phrase, name)))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("ends before a relative clause", () => {
    expect(cutRelative("a spokesman for the government that swept to power")).toBe(
      "a spokesman for the government",
    );
  });

  it("drops a day written after a role", () => {
    expect(cutRelative("a senior administration official on Thursday")).toBe(
      "a senior administration official",
    );
    expect(cutRelative("the agency early Tuesday morning")).toBe("the agency");
    expect(cutRelative("the Sunday Times")).toBe("the Sunday Times");
  });

  it("keeps its opening determiner in lower case", () => {
    expect(lowerDeterminer("The spokesman")).toBe("the spokesman");
  });

  it("is one noun phrase when commas part its modifiers", () => {
    expect(describedPhrase(["The 40-year-old", "23-time Grand Slam champion"])).toBe(
      "The 40-year-old 23-time Grand Slam champion",
    );
    expect(describedPhrase(["The coach", "Jane Doe"])).toBe("Jane Doe");
  });

  it("is a name or a noun phrase, not a clause's fragment", () => {
    expect(isNounPhrase(tokenize("the spokesman"))).toBe(true);
    expect(isNounPhrase(tokenize("though the company"))).toBe(false);
    expect(isNounPhrase(tokenize("a"))).toBe(false);
    expect(isNounPhrase(tokenize("WHO"))).toBe(true);
  });

  it("capitalised words joined by 'and' are one proper name", () => {
    expect(isProperName(tokenize("the Centers for Disease Control and Prevention"))).toBe(true);
    expect(isProperName(tokenize("the police and Fire Service"))).toBe(false);
  });

  it("names a person when it has their surname, capitalised", () => {
    expect(namedIn("told police that Ramsey", "Jo Ramsey")).toBe(true);
    expect(namedIn("told police that ramsey", "Jo Ramsey")).toBe(false);
  });
});
