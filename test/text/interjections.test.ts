import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interjectionsAtEdges } from "../../src/text/interjections.js";

describe("interjectionsAtEdges", () => {
  it("finds chat filler at the start and the end of a question", () => {
    expect(interjectionsAtEdges("pls who mediated the departure lol")).toEqual(["pls", "lol"]);
    expect(interjectionsAtEdges("did tiafoe beat alcaraz or nah")).toEqual(["nah"]);
    expect(interjectionsAtEdges("omg lol")).toEqual(["omg", "lol"]);
  });

  it("reads a word by its place in the question: ok opening a question is filler, ok in it is not", () => {
    expect(interjectionsAtEdges("ok so who mediated the departure")).toEqual(["ok"]);
    expect(interjectionsAtEdges("is the deal ok with russia")).toEqual([]);
  });

  it("reads a first word its lexicon lacks by the tagger's rules (hmm, umm)", () => {
    expect(interjectionsAtEdges("hmm who mediated the departure")).toEqual(["hmm"]);
    expect(interjectionsAtEdges("umm so who won")).toEqual(["umm"]);
  });

  it("leaves a word inside the question, where it is no filler (a farewell speech)", () => {
    expect(
      interjectionsAtEdges("In his farewell speech outside Downing Street, what did he say"),
    ).toEqual([]);
  });

  it("reads a long pasted message at its two edges", () => {
    const body = "officials said the park would stay closed for weeks. ".repeat(20);
    expect(interjectionsAtEdges(`ok so ${body} lol`)).toEqual(["ok", "lol"]);
    expect(interjectionsAtEdges(`${body} lol`)).toEqual(["lol"]);
    expect(interjectionsAtEdges(body)).toEqual([]);
  });

  it("finds nothing in a plain question", () => {
    expect(interjectionsAtEdges("who mediated the departure")).toEqual([]);
    expect(interjectionsAtEdges("")).toEqual([]);
  });

  it("returns only words of the question, in lower case, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (typed) => {
        const lower = typed.toLowerCase();
        return interjectionsAtEdges(typed).every((w) => w === w.toLowerCase() && lower.includes(w));
      }),
    );
  });
});
