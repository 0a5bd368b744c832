import { describe, expect, it } from "vitest";
import { findNames } from "../../src/corpus/find-names.js";

describe("names in a text", () => {
  it("a capitalised word alone is a name only with an appositive that describes a person", () => {
    const text =
      "Officials met. Kinzinger, the other Republican on the panel, spoke. Protesters, the police said, left.";
    expect(findNames(text).map((n) => n.name)).toEqual(["Kinzinger"]);
  });

  it("an initial with its period stands inside a name, first or in the middle, never last", () => {
    const text =
      "Ferran G. Vilaró, a chief executive, spoke. J. Alex Navarro agreed. Zed Q. and Ann Y. left.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Ferran G. Vilaró", "a chief executive"],
      ["J. Alex Navarro", null],
    ]);
  });

  it("a title's of-phrase before a given name and a surname is the title's, not the name's", () => {
    const text =
      "Secretary of State Maria Quell spoke. Director of National Intelligence Avril Dunne agreed.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Maria Quell", "Secretary of State"],
      ["Avril Dunne", "Director of National Intelligence"],
    ]);
  });

  it("common nouns or a place before a given name and a surname are no part of the name", () => {
    const text =
      "The envoy to Ukraine Kurt Dalby spoke. Chief Data Strategist Robert Fenn agreed. Minister for the Environment and Water Tanya Orr left.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Kurt Dalby", null],
      ["Robert Fenn", "Chief Data Strategist"],
      ["Tanya Orr", null],
    ]);
  });

  it("a kind of person before a given name is a title even when the surname is a common noun", () => {
    const text =
      "Archbishop Peter Cork spoke. National Highway Traffic Safety Administration staff left.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([["Peter Cork", "Archbishop"]]);
  });

  it("a compound title's last part, in the plural too, makes it a title", () => {
    const text = "Singer-guitarists Tom Ander and Pat Quell played.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Tom Ander", "Singer-guitarists"],
      ["Pat Quell", null],
    ]);
  });

  it("a run that fills a quotation by itself is a title, not a person", () => {
    const text = "After a performance of “Desert Rose,” Tom Ander thanked “Mary Jane.”";
    expect(findNames(text).map((n) => n.name)).toEqual(["Tom Ander"]);
  });

  it("a video box's label in capitals before a name is no part of it", () => {
    const text = "Replay ... MUST WATCH Odile Varga on winning 02:10. WATCH NOW Ben Arlo";
    expect(findNames(text).map((n) => n.name)).toEqual(["Odile Varga", "Ben Arlo"]);
  });

  it("an initialism in capitals is no label: it stays in the title before the name", () => {
    const text = "WHO Director-General Amara Tolu spoke. NASA Administrator Jon Perla agreed.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Amara Tolu", "Director-General"],
      ["Jon Perla", "NASA Administrator"],
    ]);
  });

  it("a hyphen between title words joins one title, not two names", () => {
    const text =
      "Ex-President Dana Vole spoke, as did WHO Director-General Tedros Adhanom Ghebreyesus.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Dana Vole", "Ex-President"],
      ["Tedros Adhanom Ghebreyesus", "Director-General"],
    ]);
  });

  it("a word WordNet knows as a kind of person is a title before a first name and surname", () => {
    const text =
      "Dune County Sheriff Ramon Quillet spoke. Hunter Quillet left. The National Tide Survey Administration met.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Ramon Quillet", "Dune County Sheriff"],
      ["Hunter Quillet", null],
    ]);
  });

  it("an untitled name stops at of before a place; a common noun before of names no one", () => {
    const text = "They beat Ivo Marken of Norway. The Federal Bureau of Investigation said so.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([["Ivo Marken", null]]);
  });

  it("a title or an honorific alone names no one; with a name after it, the name is found", () => {
    const text = "President, aides said. Gov. Tate Reeves and Mr Bakiyev's aide spoke.";
    expect(findNames(text).map((n) => [n.name, n.role])).toEqual([
      ["Tate Reeves", "Gov."],
      ["Bakiyev", null],
    ]);
  });
});
