import { describe, expect, it } from "vitest";
import { nameContextWord } from "../../src/corpus/capital-runs.js";
import { People } from "../../src/corpus/people.js";
import { tokenize } from "../../src/corpus/words.js";

describe("sentence subjects", () => {
  it("are the people the article names, not one attribution adds later", () => {
    const text = "Quux arrived on Monday. He left early.";
    const people = new People([text], [tokenize(text, nameContextWord)]);
    const after = { para: 0, pos: text.length };
    people.add("Zed Quux", null);
    expect(people.pronoun(after)).toBeUndefined();
    const named = "Zed Quux arrived on Monday. He left early.";
    const known = new People([named], [tokenize(named, nameContextWord)]);
    known.add("Ann Other", null);
    expect(known.pronoun(after)?.name).toBe("Zed Quux");
  });
});
