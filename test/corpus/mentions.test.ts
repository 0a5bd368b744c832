import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalRanges, nameContextWord } from "../../src/corpus/capital-runs.js";
import { orgRuns } from "../../src/corpus/mentions.js";
import { type Token, tokenize } from "../../src/corpus/words.js";
import { nounKinds } from "../../src/text/noun-kinds.js";
import { wordTexts } from "./arbitraries.js";

/** The runs as arrays first, joined by " and " / " & ", then those of two words or more. */
function arrayRuns(text: string, tokens: readonly Token[]): Token[][] {
  const ranges = capitalRanges(text, tokens);
  const runs: Token[][] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const run = tokens.slice(ranges[r], ranges[r + 1]);
    const previous = runs[runs.length - 1];
    const end = previous?.[previous.length - 1];
    const joined =
      previous !== undefined &&
      end !== undefined &&
      /^ (?:and|&) $/.test(text.slice(end.end, (run[0] as Token).start)) &&
      (previous.some((t) => !t.capital) ||
        nounKinds((run[run.length - 1] as Token).lower).has("group"));
    if (joined) previous.push(...run);
    else runs.push(run);
  }
  return runs.filter((r) => r.length >= 2);
}

describe("organisation runs", () => {
  it("join capitalised runs by 'and' when one has a link word or the second ends in a group noun", () => {
    const text =
      "The Centers for Disease Control and Prevention met the Fish and Wildlife Service and Turkmenistan and Afghanistan.";
    const runs = orgRuns(text, tokenize(text, nameContextWord)).map((r) =>
      r.map((t) => t.text).join(" "),
    );
    expect(runs).toEqual(["The Centers for Disease Control Prevention", "Fish Wildlife Service"]);
  });

  it("are the runs joined as arrays would be, from word ranges", () => {
    const words = fc.constantFrom(
      "Fish",
      "Wildlife",
      "Service",
      "of",
      "and",
      "&",
      "the",
      "Bank",
      "said",
      "X",
    );
    const gaps = fc.constantFrom(" ", "  ", ", ", ". ", " and ", " & ");
    fc.assert(
      fc.property(wordTexts(words, gaps, 25), fc.boolean(), (text, kept) => {
        const tokens = kept ? tokenize(text, nameContextWord) : tokenize(text);
        expect(orgRuns(text, tokens)).toEqual(arrayRuns(text, tokens));
      }),
    );
  });
});
