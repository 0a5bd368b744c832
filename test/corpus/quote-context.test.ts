import { describe, expect, it } from "vitest";
import {
  firstSentence,
  isSpeechVerb,
  saysAfter,
  sentenceBefore,
} from "../../src/corpus/quote-context.js";
import { tokenize } from "../../src/corpus/words.js";

describe("verbs of saying", () => {
  it("a lower-case verb of saying, 'according to' and 'quoted' report speech", () => {
    const tokens = tokenize("said Said according to quoted according");
    expect(tokens.map((_, i) => isSpeechVerb(tokens, i))).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it("the words after a quote say who spoke only with such a verb", () => {
    expect(saysAfter(" a news release from the city said.")).toBe(true);
    expect(saysAfter(" and then the rain came.")).toBe(false);
  });
});

describe("the words around a quote", () => {
  it("after it: to the end of the sentence, or to the next quote mark", () => {
    expect(firstSentence('x," she said. Then more.', 3)).toEqual({ text: " she said.", at: 3 });
    expect(firstSentence('x," she said "more".', 3)).toEqual({ text: " she said", at: 3 });
  });

  it("before it: from the start of its sentence, not past an earlier quote", () => {
    expect(sentenceBefore("It rained. Then Jo said: “", 25)).toEqual({
      text: "Then Jo said: ",
      at: 11,
    });
    expect(sentenceBefore("“A,” he said, adding “", 21)).toEqual({
      text: " he said, adding ",
      at: 4,
    });
  });
});
