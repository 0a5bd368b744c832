import { describe, expect, it } from "vitest";
import { givenNamePronoun, isGivenName } from "../../src/text/given-names.js";

describe("isGivenName", () => {
  it("knows common given names of either list, folded to lower case", () => {
    const names = ["thomas", "frances", "gustavo", "nancy", "carlos"];
    expect(names.filter(isGivenName)).toEqual(names);
  });

  it("is false for words opening other capitalised pairs, and for a name as typed", () => {
    expect(["patriot", "white", "new", "u", "Thomas"].filter(isGivenName)).toEqual([]);
  });
});

describe("givenNamePronoun", () => {
  it("is the pronoun of the one list that holds the name, null for both or neither", () => {
    expect(["thomas", "mary", "frances", "jordan", "patriot"].map(givenNamePronoun)).toEqual([
      "he",
      "she",
      "she",
      null,
      null,
    ]);
  });
});
